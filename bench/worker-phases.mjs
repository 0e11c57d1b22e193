// Worker CPU per phase (process CPU while the main thread only waits), for a Galley lib folder.
// usage: node bench/worker-phases.mjs <repo> [budget]   (budget: raise the wasm tier-up budget first, as bin/galley.mjs now does)
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { readFileSync } from 'node:fs';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
if (isMainThread) {
  const [repo, budget] = process.argv.slice(2);
  if (budget) setFlagsFromString('--wasm-tiering-budget=100000000');
  const c0 = cpu();
  const w = new Worker(new URL(import.meta.url), { workerData: { repo, c0 } });
  w.on('message', (m) => console.log(JSON.stringify({ spawnToScript: m.start - c0, ...m.phases, total: cpu() - c0 })));
} else {
  const { repo } = workerData;
  const phases = {};
  const start = cpu();
  let last = start;
  const mark = (name) => { const c = cpu(); phases[name] = Math.round(c - last); last = c; };
  await import('libxml2-wasm'); mark('libxml2');
  const x = await import(`${repo}/lib/checks/xml-schema.js`); mark('modules');
  const crossref = `${repo}/vendor/crossref-5.4.0`;
  const xsd = { xsdFile: `${crossref}/crossref5.4.0.xsd`, catalogFile: `${crossref}/catalog.xml` };
  x.preloadSchemas({ jats: { version: '1.3' } }); mark('dtd');
  x.preloadSchemas({ xsd }); mark('xsd');
  const jats = readFileSync(`${repo}/test/golden/jats/harris-2017.jats.xml`, 'utf8');
  const dep = readFileSync(`${repo}/test/golden/crossref/harris-2017.crossref.xml`, 'utf8');
  if (x.validateJats(jats, { version: '1.3', fileName: 'a.jats.xml' }).length) throw new Error('jats');
  mark('validateJats');
  if (x.validateXsd(dep, { ...xsd, fileName: 'a.xml' }).length) throw new Error('xsd');
  mark('validateXsd');
  parentPort.postMessage({ start: Math.round(start), phases });
}
