// One option table per command. The parser reads only these tables and the
// help is printed from them, so every option the code parses is documented
// (test/cli/help.test.ts also checks each verb's code against its table).
import { formatOption, profileOption, withHelp, type CommandSpec, type OptionSpec } from './args.js';

const dist: OptionSpec = { name: 'dist', short: 'o', value: 'DIR', default: 'dist', description: 'where the galleys are written' };
const galleyList = 'jats, html, pdf, crossref';
const articles = 'Articles: a folder of articles (article/), an article folder (article/<id>) or its article.md; none names every article of the journal.';
const retry: OptionSpec[] = [
  { name: 'timeout', value: 'SECONDS', default: 'crossref-deposit.timeout-seconds (60)', description: 'time allowed per HTTP attempt' },
  { name: 'retries', value: 'N', default: 'crossref-deposit.retries (4)', description: 'extra attempts after a 5xx, 429 or time-out' },
];

export const commands = {
  init: {
    name: 'init',
    args: '[folder]',
    summary: 'start a new journal: journal.yaml, article/, issues/, deposits/, record/, .gitignore',
    details: ['Writes a commented journal profile to fill in, in the folder given (default: here). Refuses to overwrite an existing journal.yaml unless --force.'],
    options: withHelp([
      { name: 'id', value: 'ID', default: 'the folder name', description: 'short journal id (lower-case letters and digits), used in the DOI pattern and log names' },
      { name: 'title', value: 'TEXT', default: 'the id', description: 'the journal title (in every language until you translate it)' },
      { name: 'languages', value: 'LIST', default: 'en', description: 'the journal languages, comma-separated (en,ru)' },
      { name: 'doi-prefix', value: 'PREFIX', default: '10.5555 (Crossref test prefix)', description: 'the journal DOI prefix' },
      { name: 'force', description: 'overwrite the files init writes' },
      formatOption,
    ]),
    examples: ['galley init my-journal --id mj --title "My Journal" --languages en,ru'],
  },
  new: {
    name: 'new',
    args: '<id>',
    summary: 'start a new article in article/<id>/ and reserve its DOI (next running number) in the record',
    details: [
      'Writes a commented front matter in the journal languages, references.yaml, a footnote and a placeholder figure, then reserves the next free running number (seq) and its DOI through the record, as `galley doi reserve` does.',
    ],
    options: withHelp([
      { name: 'year', value: 'YYYY', default: 'the current year', description: 'year of publication (goes into the DOI pattern)' },
      { name: 'volume', value: 'N', default: '1', description: 'volume' },
      { name: 'issue', value: 'N', default: '1', description: 'issue number' },
      { name: 'lang', value: 'CODE', default: 'first journal language', description: 'language of the article' },
      { name: 'no-reserve', description: 'write the files only, reserve no DOI' },
      profileOption,
      formatOption,
    ]),
    examples: ['galley new smith-2026-archives', 'galley new ivanova-2026 --lang ru --volume 12 --issue 2'],
  },
  build: {
    name: 'build',
    args: '[article…]',
    summary: 'build every galley of the articles into dist/<id>/',
    details: [articles, 'An article with errors writes nothing: its previous output stays as it was.'],
    options: withHelp([
      { name: 'only', value: 'GALLEYS', multiple: true, choices: ['jats', 'html', 'pdf', 'crossref'], default: 'all', description: `build only these galleys (${galleyList})` },
      { name: 'skip', value: 'GALLEYS', multiple: true, choices: ['jats', 'html', 'pdf', 'crossref'], default: 'none', description: 'build all galleys but these' },
      { name: 'proof', description: 'also write <id>.proof.pdf for the author: line numbers, a proof mark, the diagnostics on a last page (never deposited)' },
      dist,
      profileOption,
      formatOption,
    ]),
    examples: ['galley build', 'galley build article/harris-2017 --only pdf', 'galley build article/harris-2017 --proof', 'galley build --format github'],
  },
  check: {
    name: 'check',
    args: '[article…]',
    summary: 'run every check (print layout included) without writing anything',
    details: [articles, 'Exit 0 clean, 1 errors found, 2 usage.'],
    options: withHelp([
      { name: 'skip', value: 'GALLEYS', multiple: true, choices: ['jats', 'html', 'pdf', 'crossref'], default: 'none', description: 'leave out the checks of these galleys (--skip pdf is fast)' },
      profileOption,
      formatOption,
    ]),
    examples: ['galley check --skip pdf', 'galley check article/harris-2017/article.md --format sarif > galley.sarif'],
  },
  preview: {
    name: 'preview',
    args: '[article]',
    summary: 'live preview on 127.0.0.1: the HTML beside the paged print view, rebuilt on save',
    details: ['Without an argument the journal must hold exactly one article.'],
    options: withHelp([{ name: 'port', value: 'N', default: '4173', description: 'port to listen on (0: any free port)' }, profileOption]),
  },
  deposit: {
    name: 'deposit',
    args: '<article…> | --issue FILE | --file FILE',
    summary: 'deposit with Crossref (the test system unless --production)',
    details: [
      'Nothing is deposited by default: name the articles, an issue or a batch file. Credentials come from GALLEY_CROSSREF_LOGIN and GALLEY_CROSSREF_PASSWORD. `galley deposit status` reports earlier deposits.',
    ],
    options: withHelp([
      { name: 'issue', value: 'FILE', description: 'the final articles of a built issue, as one batch' },
      { name: 'file', value: 'FILE', description: 'send this batch file as it is' },
      { name: 'production', description: "Crossref's production system (asks, or wants --yes off a terminal)" },
      { name: 'yes', short: 'y', description: 'confirm a production deposit without asking' },
      { name: 'endpoint', value: 'URL', default: 'crossref.endpoints.test', description: 'deposit to this URL instead' },
      { name: 'dry-run', short: 'n', description: 'validate and print the batch, send nothing (needs no credentials)' },
      { name: 'resources', description: 'references and full-text links only, for DOIs already registered' },
      ...retry,
      profileOption,
      formatOption,
    ]),
    examples: ['galley deposit article/harris-2017 --dry-run', 'galley deposit --issue issues/2017-5-3.yaml --production --yes'],
  },
  'deposit status': {
    name: 'deposit status',
    args: '',
    summary: "per-DOI results of earlier deposits, refreshed from Crossref",
    options: withHelp([
      { name: 'batch', value: 'ID', multiple: true, default: 'the newest batch of every DOI and every batch still waiting', description: 'only these batch ids' },
      { name: 'doi', value: 'DOI', multiple: true, description: 'only deposits of these DOIs' },
      { name: 'all', short: 'a', description: 'every batch in the log, older ones too' },
      ...retry,
      profileOption,
      formatOption,
    ]),
  },
  'import docx': {
    name: 'import docx',
    args: '<file.docx|folder…>',
    summary: 'turn authors\' Word manuscripts into article folders: article.md, references.yaml, figures/, import-report.json',
    details: [
      'One folder per manuscript under --into, named after the file. Everything not carried over and every guess is listed in import-report.json and import-report.txt beside it (docs/import-docx.md).',
      'Pending tracked changes and comments stop the import of that file with a list of them (author, date, text) until --accept-changes or --reject-changes says what to do. Exit 0 all written, 1 a file stopped or failed, 2 usage.',
    ],
    options: withHelp([
      { name: 'into', value: 'DIR', default: 'article', description: 'the folder the article folders go into' },
      { name: 'force', description: 'replace an existing article folder' },
      { name: 'accept-changes', description: 'accept pending tracked changes (and drop the comments, listed in the report)' },
      { name: 'reject-changes', description: 'reject pending tracked changes (and drop the comments, listed in the report)' },
      { name: 'profile', short: 'p', value: 'FILE', default: 'journal.yaml beside --into', description: 'the journal the manuscripts go into: its template labels (import.docx) and list titles are what the import recognises' },
      formatOption,
    ]),
    examples: ['galley import docx manuscripts/ivanova.docx', 'galley import docx *.docx --into article --accept-changes'],
  },
  'issue build': {
    name: 'issue build',
    args: '<issue-file>',
    summary: 'build a whole issue into dist/issues/<issue>/ and write its decisions into record/',
    details: ['Announces its plan, prints each article when its final folios are known (changed, moved or reused), and ends with a table of the articles and their times.'],
    options: withHelp([
      { name: 'force', description: 're-render every article, changed or not' },
      dist,
      { name: 'deposits', value: 'DIR', default: 'deposits', description: 'the deposit log the DOI assignment reads' },
      profileOption,
      formatOption,
    ]),
    examples: ['galley issue build issues/2017-5-3.yaml'],
  },
  'import jats': {
    name: 'import jats',
    args: '<file.xml|folder…>',
    summary: 'turn JATS files (a folder of them too) into article folders: front matter, body, references, an import report each',
    details: [
      'One folder per file under --into (its name is the file name without .xml), holding article.md, references.yaml, the files found beside the XML and import-report.json/.txt (what was not kept, with its XPath, and why). An existing folder is kept unless --force. Without --profile, a journal.yaml beside --into is used; when there is none, one is written from the first file\'s journal-meta. Exit 1 when a file could not be imported.',
    ],
    options: withHelp([
      { name: 'into', value: 'DIR', default: 'article', description: 'the folder the article folders go into' },
      { name: 'force', description: 'replace article folders that exist' },
      { name: 'profile', short: 'p', value: 'FILE', default: 'journal.yaml beside --into (written from journal-meta when missing)', description: 'the journal the articles are imported into; what it requires and an article lacks is reported' },
      formatOption,
    ]),
    examples: ['galley import jats archive/*.xml', 'galley import jats archive/ --into article --force', 'galley import jats old.xml --profile journal.yaml --format json'],
  },
  'doi reserve': {
    name: 'doi reserve',
    args: '<article…>',
    summary: 'give articles their DOIs (the next running numbers) before their issue, in the record',
    options: withHelp([profileOption, formatOption]),
  },
  correct: {
    name: 'correct',
    args: '<article>',
    summary: 'note a correction of a published article in the record',
    options: withHelp([
      { name: 'note', value: 'TEXT', description: 'what changed (required)' },
      { name: 'date', value: 'YYYY-MM-DD', default: 'today', description: 'the day of the correction' },
      profileOption,
      formatOption,
    ]),
  },
  explain: {
    name: 'explain',
    args: '<rule-id>',
    summary: "a rule's description, default severity, how to change it, and an example",
    options: withHelp([formatOption]),
    examples: ['galley explain udc-syntax'],
  },
  rules: {
    name: 'rules',
    args: '',
    summary: 'list every rule id with its default severity',
    options: withHelp([profileOption, formatOption]),
  },
  help: {
    name: 'help',
    args: '[verb]',
    summary: 'this overview, or the help of one verb',
    options: withHelp([]),
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;

/** The commands whose first word is this verb (`issue` → `issue build`). */
export function commandsOf(verb: string): CommandSpec[] {
  return Object.values(commands).filter((c) => c.name === verb || c.name.startsWith(`${verb} `));
}
