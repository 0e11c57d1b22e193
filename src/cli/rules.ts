// `galley rules`: every rule id, its default severity and, with a journal profile here, the journal's own.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadProfile } from '../profile/load.js';
import { parseArgs, UsageError } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { ruleIds, ruleInfo } from './rule-info.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'rules', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.rules);
  if (positional.length) throw new UsageError(`unexpected ${positional[0]}: \`galley rules\` takes no argument (\`galley explain ${positional[0]}\` explains one)`);
  const profileFile = resolve(io.cwd, (options.profile as string) ?? 'journal.yaml');
  const overrides = existsSync(profileFile) ? (loadProfile(profileFile).profile?.rules ?? {}) : {};
  const rows = ruleIds().map((id) => {
    const info = ruleInfo(id);
    return { rule: id, severity: info.severity, journal: overrides[id] ?? null, description: info.description, url: info.url };
  });
  out.result({ rules: rows });
  const width = Math.max(...rows.map((r) => r.rule.length));
  for (const r of rows) {
    const severity = r.journal && r.journal !== r.severity ? `${r.journal} (journal; default ${r.severity})` : r.severity;
    out.line(`${r.rule.padEnd(width)}  ${out.paint(severity.padEnd(7), r.severity)}  ${r.description}`);
  }
  out.line(`\n${rows.length} rules; \`galley explain <rule-id>\` tells more.`);
  return 0;
};
