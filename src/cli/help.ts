// Help text, printed from the option tables (src/cli/commands.ts).
import type { CommandSpec, OptionSpec } from './args.js';
import { commands } from './commands.js';
import { galleyVersion } from './version.js';

function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

function optionLine(o: OptionSpec, width: number): string {
  const extra = [o.multiple ? 'repeatable or comma-separated' : '', o.default !== undefined ? `default: ${o.default}` : ''].filter(Boolean).join('; ');
  return `  ${optionLabel(o).padEnd(width)}  ${o.description}${extra ? ` (${extra})` : ''}\n`;
}

export function commandHelp(command: CommandSpec): string {
  const width = Math.max(...command.options.map((o) => optionLabel(o).length));
  const details = (command.details ?? []).map((p) => `\n${p}\n`).join('');
  const examples = command.examples?.length ? `\nExamples:\n${command.examples.map((e) => `  ${e}\n`).join('')}` : '';
  return (
    `usage: galley ${command.name}${command.args ? ` ${command.args}` : ''} [options]\n\n${command.summary}\n${details}` +
    `\nOptions:\n${command.options.map((o) => optionLine(o, width)).join('')}${examples}`
  );
}

export function overview(): string {
  const list = Object.values(commands) as CommandSpec[];
  const label = (c: CommandSpec) => `${c.name}${c.args ? ` ${c.args}` : ''}`;
  const width = Math.min(34, Math.max(...list.map((c) => label(c).length)));
  return (
    `galley ${galleyVersion}: build, check and deposit a journal's articles and issues\n\n` +
    `usage: galley <verb> [options]\n\n` +
    list.map((c) => `  ${label(c).padEnd(width)}  ${c.summary}\n`).join('') +
    `\n\`galley help <verb>\` or \`galley <verb> --help\` lists a verb's options; \`galley --version\` prints the version.\n` +
    `Every verb writes diagnostics on stderr and results on stdout; --format json|github|sarif for tools (docs/cli.md).\n`
  );
}
