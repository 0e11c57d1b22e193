// `npm run bench`: speed and memory figures, printed, never asserted in tests.
import { existsSync } from 'node:fs';
import { benchSpine } from './spine.mjs';

if (!existsSync('lib/bundle/main.cjs')) {
  console.error('bench: compile first (npm ci or npm run compile)');
  process.exit(2);
}
const only = process.argv.slice(2);
const want = (name) => !only.length || only.includes(name);
console.log(`Galley bench — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
if (want('spine')) await benchSpine();
if (want('pdf') && existsSync('bench/pdf.mjs')) await (await import('./pdf.mjs')).benchPdf?.();
if (want('issue') && existsSync('bench/issue.mjs')) await (await import('./issue.mjs')).benchIssue();
if (want('import')) (await import('./import.mjs')).benchImport();
