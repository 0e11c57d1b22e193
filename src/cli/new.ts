// `galley new <id>`: a new article in article/<id>/ — commented front matter in
// the journal's languages, references.yaml, a footnote and a placeholder figure —
// and its DOI reserved (the next free running number) through the journal's record.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { applySeverities } from '../checks/diagnostic.js';
import { journalRecordFor, prepareSource } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { reserveDois } from '../record/reserve.js';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { initTemplates, pathToGalley, renderInitTemplate, writeNew } from './scaffold.js';

const whole = (value: unknown, option: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${option} must be a whole number of at least ${min}, got ${String(value)}`);
  return n;
};

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'new', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.new);
  if (positional.length !== 1) throw new UsageError('name the new article: `galley new <id>`, e.g. `galley new smith-2026-archives`');
  const id = positional[0];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(`unexpected article id ${JSON.stringify(id)}, expected lower-case letters, digits and hyphens (it names the folder and the outputs)`);
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  if (!loaded.profile) {
    out.diagnostics(loaded.diagnostics.items);
    return 1;
  }
  const profile = loaded.profile;
  const lang = typeof options.lang === 'string' ? options.lang : profile.languages[0];
  if (!profile.languages.includes(lang)) throw new UsageError(`--lang ${lang} is not a language of the journal (${profile.languages.join(', ')})`);
  // The one wall-clock read: the day the article is started (written into its source, not an output).
  const today = new Date().toISOString().slice(0, 10);
  const dir = join(profile.root, 'article', id);
  if (existsSync(dir)) throw new UsageError(`${relative(io.cwd, dir)} exists already: choose another id`);
  const values = {
    id,
    dir: relative(io.cwd, dir) || '.',
    lang,
    languages: profile.languages,
    year: whole(options.year, 'year', Number(today.slice(0, 4)), 1000),
    volume: whole(options.volume, 'volume', 1, 1),
    issue: whole(options.issue, 'issue', 1, 1),
    received: today,
    // The journal's profile has a `udc:` section: its articles carry a UDC notation.
    udc: 'udc' in profile.raw,
    schemaDir: pathToGalley(dir, 'schemas'),
  };
  const files: [string, string][] = [
    ['article.md', renderInitTemplate('article/article.md.hbs', values)],
    ['references.yaml', renderInitTemplate('article/references.yaml.hbs', values)],
    ['figures/example.placeholder.svg', readFileSync(join(initTemplates, 'article/figures/example.placeholder.svg'), 'utf8')],
  ];
  for (const [name, text] of files) {
    writeNew(join(dir, name), text);
    out.output(join(dir, name), id);
  }
  out.line(`started article ${id} in ${values.dir}: article.md, references.yaml, figures/example.placeholder.svg`);
  out.result({ article: id, dir: values.dir });
  if (options['no-reserve']) return 0;

  // The reservation is `galley doi reserve`'s: the same record, the same running numbers.
  const journal = journalRecordFor(profile, [dir]);
  const prepared = prepareSource(dir, profile);
  const diagnostics = applySeverities([...journal.diagnostics, ...prepared.diagnostics], profile.rules);
  if (!prepared.article || diagnostics.some((d) => d.severity === 'error')) {
    out.diagnostics(diagnostics);
    out.line(`no DOI reserved: fix the errors above, then \`galley doi reserve ${values.dir}\``);
    return 1;
  }
  const reserved = reserveDois([prepared.article], profile, journal);
  const all = applySeverities([...diagnostics, ...reserved.diagnostics], profile.rules);
  out.diagnostics(all);
  for (const r of reserved.reservations) {
    if (r.file) out.output(r.file, id);
    out.line(`reserved ${r.doi} (running number ${journal.articles.get(id)?.seq ?? '?'}) for ${id} in ${relative(io.cwd, r.file ?? '') || r.file}`);
    out.result({ doi: r.doi, seq: journal.articles.get(id)?.seq ?? null });
  }
  return all.some((d) => d.severity === 'error') ? 1 : 0;
};
