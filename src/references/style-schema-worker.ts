// Worker side of style-schema-on-worker.ts.
import { parentPort } from 'node:worker_threads';
import { serveRequests } from '../util/worker-client.js';
import { validateStyleXml } from './style-schema.js';

export interface StyleCheckRequest {
  xml: string;
  file: string;
}

serveRequests(parentPort, (request: StyleCheckRequest) => validateStyleXml(request.xml, request.file));
