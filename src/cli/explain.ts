// `galley explain <rule-id>`: the rule's description, default severity, how to change it, an example.
import { parseArgs, UsageError } from './args.js';
import { commands } from './commands.js';
import { excerptOf } from './excerpt.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { ruleInfo } from './rule-info.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'explain', format: 'human' })) => {
  const { positional } = parseArgs(args, commands.explain);
  if (positional.length !== 1) throw new UsageError('name one rule id, e.g. `galley explain udc-syntax` (`galley rules` lists them)');
  const info = ruleInfo(positional[0]);
  out.result({ ...info });
  const lines = [
    `${out.paint(info.rule, 'bold')}  (${out.paint(info.severity, info.severity)} by default)`,
    '',
    `  ${info.description}`,
    ...(info.url ? ['', `  More: ${info.url}`] : []),
    '',
    'Change its severity, or turn it off, in journal.yaml:',
    '',
    '  rules:',
    `    ${info.rule}: ${info.severity === 'error' ? 'warning' : 'error'}    # error | warning | info | off`,
  ];
  if (info.example) {
    const e = info.example;
    lines.push('', `Example (test/fixtures/bad/${e.fixture}/${e.file}:${e.line}:${e.column}):`, '', excerptOf(e.source, e.column).replace(/^/gm, '    '), '', `  ${info.severity}  ${info.rule}  ${e.message}`);
  }
  out.line(lines.join('\n'));
  return 0;
};
