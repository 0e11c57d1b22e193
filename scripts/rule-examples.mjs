#!/usr/bin/env node
// Collects one real example per rule for `galley explain` from the golden
// diagnostics of the bad-input fixtures (test/fixtures/bad/*/messages.json):
// the source line and the message Galley gives for it. Run after changing a
// fixture: node scripts/rule-examples.mjs (test/cli/explain.test.ts checks it is current).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/bad');

export function ruleExamples() {
  const examples = {};
  for (const name of readdirSync(fixtures).sort()) {
    const golden = join(fixtures, name, 'messages.json');
    if (!existsSync(golden)) continue;
    for (const m of JSON.parse(readFileSync(golden, 'utf8'))) {
      if (examples[m.rule] || !m.file || !m.line) continue;
      const file = join(fixtures, name, m.file);
      let source;
      try {
        source = readFileSync(file, 'utf8').split(/\r?\n/)[m.line - 1];
      } catch {
        continue;
      }
      // Binary, huge or invisible lines make no example.
      if (source === undefined || !source.trim() || source.length > 200 || /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(source)) continue;
      examples[m.rule] = { fixture: name, file: m.file, line: m.line, column: m.column, source, message: m.message };
    }
  }
  return Object.fromEntries(Object.entries(examples).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'docs/rule-examples.json'), JSON.stringify(ruleExamples(), null, 2) + '\n');
}
