// `galley doi reserve <article-dir…> [--profile file]`: give articles their
// DOIs ahead of their issue, written into the journal's record.
import { resolve } from 'node:path';
import { applySeverities } from '../checks/diagnostic.js';
import { journalRecordFor, prepareSource } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { reserveDois } from '../record/reserve.js';
import type { Article } from '../model/types.js';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import { didYouMean } from '../util/suggest.js';
import { createOutput } from './output.js';
import { articleDirs } from './article-dirs.js';
import type { CliVerb } from './io.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'doi reserve', format: 'human' })) => {
  const [sub, ...rest] = args;
  if (sub !== 'reserve') throw new UsageError(`expected \`galley doi reserve <article…>\`, got ${sub ? `\`doi ${sub}\`${didYouMean(sub, ['reserve'])}` : 'no sub-command'}`);
  const { positional, options } = parseArgs(rest, commands['doi reserve']);
  if (!positional.length) throw new UsageError('name the article folders to reserve DOIs for');
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  if (!loaded.profile) {
    out.diagnostics(loaded.diagnostics.items);
    return 1;
  }
  const profile = loaded.profile;
  const dirs = articleDirs(positional, io.cwd);
  const journal = journalRecordFor(profile, dirs);
  const diagnostics = [...journal.diagnostics];
  const articles: Article[] = [];
  for (const dir of dirs) {
    const prepared = prepareSource(dir, profile);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.article) articles.push(prepared.article);
  }
  const errors = () => applySeverities(diagnostics, profile.rules).some((d) => d.severity === 'error');
  if (!errors()) {
    const result = reserveDois(articles, profile, journal);
    diagnostics.push(...result.diagnostics);
    for (const r of result.reservations) {
      if (r.file) out.output(r.file, r.id);
      out.line(r.reserved ? `reserved ${r.doi} for ${r.id} (${r.file})` : `${r.id} has its DOI already: ${r.doi}`);
    }
    out.result({ reservations: result.reservations.map(({ id, doi, reserved }) => ({ id, doi, reserved })) });
  }
  out.diagnostics(applySeverities(diagnostics, profile.rules));
  return errors() ? 1 : 0;
};
