// `galley <verb> …`: dispatch, and turn usage errors into one line and exit 2.
import { UsageError } from './args.js';
import { processIO, type CliIO, type CliVerb } from './io.js';

const verbs: Record<string, () => Promise<{ run: CliVerb }>> = {
  build: () => import('./build.js'),
  check: () => import('./check.js'),
  issue: () => import('./issue.js'),
  preview: () => import('./preview.js'),
  deposit: () => import('./deposit.js'),
  doi: () => import('./doi.js'),
  correct: () => import('./correct.js'),
};

const usage = `usage: galley <verb> [options]
  build [article-dir…]   build galleys into dist/<id>/ (--only/--skip jats,html,pdf,crossref; --format json)
  check [article-dir…]   check sources and outputs (print layout included) without writing (--skip pdf; --format json)
  preview [article-dir]  live preview on 127.0.0.1 (--port)
  deposit <article-dir…> deposit with Crossref (--issue <file>, --file <xml>; --production needs --yes off a terminal); deposit status
  issue build <file>     build a whole issue into dist/issues/<issue>/ and write its record (--force)
  doi reserve <dir…>     give articles their DOIs before their issue, in the record
  correct <dir> --note … note a correction of a published article in the record (--date)
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(usage);
    return verb ? 0 : 2;
  }
  const load = verbs[verb];
  if (!load) {
    io.stderr(`galley: unknown verb '${verb}'\n${usage}`);
    return 2;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`galley ${verb}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`galley ${verb}: ${(error as Error).message}\n`);
    return 1;
  }
}
