// `galley init [folder]`: a new journal — a commented journal.yaml, article/,
// issues/, deposits/, record/ and .gitignore (options: commands.ts).
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { pathToGalley, renderInitTemplate, writeNew } from './scaffold.js';

const citationFormat = '{{authors-apa}} ({{year}}). {{title}}. *{{journal}}*, {{volume}}({{issue}}), {{pages}}. DOI {{doi}}.';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'init', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.init);
  if (positional.length > 1) throw new UsageError('init takes one folder');
  const root = resolve(io.cwd, positional[0] ?? '.');
  const id = typeof options.id === 'string' ? options.id : basename(root).toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!/^[a-z][a-z0-9]*$/.test(id)) throw new UsageError(`unexpected journal id ${JSON.stringify(id)}, expected lower-case letters and digits (give one with --id)`);
  const languages = typeof options.languages === 'string' ? options.languages.split(',').map((l) => l.trim()).filter(Boolean) : ['en'];
  for (const l of languages) if (!/^[a-z]{2,3}$/.test(l)) throw new UsageError(`unexpected language ${JSON.stringify(l)} in --languages, expected codes such as en,ru`);
  const doiPrefix = typeof options['doi-prefix'] === 'string' ? options['doi-prefix'] : '10.5555';
  if (!/^10\.\d{4,9}$/.test(doiPrefix)) throw new UsageError(`unexpected DOI prefix ${JSON.stringify(doiPrefix)}, expected 10. and 4 to 9 digits`);
  const profileFile = join(root, 'journal.yaml');
  const force = options.force === true;
  if (existsSync(profileFile) && !force) throw new UsageError(`${relative(io.cwd, profileFile) || profileFile} exists already: this is a journal (--force overwrites what init writes)`);

  const values = {
    id,
    title: typeof options.title === 'string' ? options.title : id,
    languages,
    languagesList: languages.join(', '),
    doiPrefix,
    citationFormat,
    schemaDir: pathToGalley(root, 'schemas'),
    crossrefSchemas: `${pathToGalley(root, 'vendor')}/crossref-{version}`,
  };
  const written: string[] = [];
  const write = (file: string, text: string) => {
    if (writeNew(file, text, force)) {
      written.push(file);
      out.output(file);
    } else out.line(`kept ${relative(io.cwd, file)} (exists)`);
  };
  write(profileFile, renderInitTemplate('journal.yaml.hbs', values));
  write(join(root, '.gitignore'), renderInitTemplate('gitignore', values));
  for (const folder of ['article', 'issues', 'deposits', 'record']) {
    mkdirSync(join(root, folder), { recursive: true });
    // Git keeps no empty folder.
    write(join(root, folder, '.gitkeep'), '');
  }
  out.result({ journal: id, root: relative(io.cwd, root) || '.', languages });
  const shown = relative(io.cwd, root) || '.';
  out.line(`started journal ${id} in ${shown}: ${written.map((f) => relative(root, f)).filter((f) => !f.endsWith('.gitkeep')).join(', ')}, article/, issues/, deposits/, record/`);
  out.line(`next: fill in the TODOs of ${relative(io.cwd, profileFile)}, then \`galley new <article-id>\`${shown === '.' ? '' : ` in ${shown}`}`);
  return 0;
};
