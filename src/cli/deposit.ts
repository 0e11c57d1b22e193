// `galley deposit <article…> | --issue <issue-file> | --file <batch.xml>`, `galley deposit status` (options: commands.ts)
// Credentials come from GALLEY_CROSSREF_LOGIN / GALLEY_CROSSREF_PASSWORD only.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { registeredDois } from '../deposit/batch-file.js';
import { loadIssueFile } from '../issue/issue-file.js';
import { credentialsFromEnv, MissingCredentialsError } from '../deposit/credentials.js';
import { depositXml, type DepositTarget } from '../deposit/deposit.js';
import { defaultRetryPolicy, type RetryPolicy } from '../deposit/http.js';
import { DepositLogError } from '../deposit/log.js';
import { redactor, type Redactor } from '../deposit/redact.js';
import { formatDepositResult, formatStatus, hasFailures } from '../deposit/report.js';
import { resourcesBatch, validateResourcesXml } from '../deposit/resources.js';
import { refreshDepositStatus } from '../deposit/status.js';
import type { Article } from '../model/types.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import { fixedClock } from '../render/context.js';
import { buildHead, renderCrossref } from '../render/crossref/index.js';
import { crossrefDepositOptions, DepositOptionsError } from '../render/crossref/options.js';
import { validateCrossrefXml } from '../render/crossref/validate.js';
import { parseArgs, UsageError } from './args.js';
import { commands } from './commands.js';
import { nearest } from '../util/suggest.js';
import { createOutput, type Output } from './output.js';
import { articleDirs } from './article-dirs.js';
import type { CliIO, CliVerb } from './io.js';

/** What the verb takes from the world besides CliIO (tests replace them). */
export interface DepositDeps {
  now: () => Date;
  sleep: RetryPolicy['sleep'];
  random: RetryPolicy['random'];
  fetch: RetryPolicy['fetch'];
  /** Ask a yes/no question on the terminal. */
  confirm: (question: string) => Promise<boolean>;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

const defaultDeps: DepositDeps = { now: () => new Date(), sleep: defaultRetryPolicy.sleep, random: defaultRetryPolicy.random, fetch: defaultRetryPolicy.fetch, confirm: askOnTerminal };

const hasErrors = (list: Diagnostic[]) => list.some((d) => d.severity === 'error');

function profileFrom(file: unknown, io: CliIO, report: (list: Diagnostic[]) => void): Profile | undefined {
  const loaded = loadProfile(resolve(io.cwd, typeof file === 'string' ? file : 'journal.yaml'));
  if (!loaded.profile) report(loaded.diagnostics.items);
  return loaded.profile;
}

/** Diagnostics go out with every secret redacted from their text. */
function redactedReporter(sink: Output, redact: () => Redactor): (list: Diagnostic[]) => void {
  return (list) => sink.diagnostics(list.map((d) => ({ ...d, message: redact()(d.message), ...(d.detail && { detail: redact()(d.detail) }) })));
}

function policyFor(profile: Profile, options: Record<string, unknown>, deps: DepositDeps): RetryPolicy {
  const settings = crossrefDepositOptions(profile);
  const number = (name: string, fallback: number, min: number) => {
    const value = options[name];
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number of at least ${min}`);
    return n;
  };
  return {
    ...defaultRetryPolicy,
    retries: Math.floor(number('retries', settings.retries, 0)),
    timeoutMs: number('timeout', settings.timeoutSeconds, 0.001) * 1000,
    sleep: deps.sleep,
    random: deps.random,
    fetch: deps.fetch,
  };
}

function logPaths(profile: Profile): { logFile: string; archiveDir: string } {
  const dir = resolve(profile.root, crossrefDepositOptions(profile).logDir);
  return { logFile: join(dir, `${profile.id}.jsonl`), archiveDir: join(dir, profile.id) };
}

interface Batch {
  xml?: string;
  diagnostics: Diagnostic[];
  /** DOI → article id, for the log. */
  articles: Record<string, string>;
}

/**
 * The batch to send: the final articles of the folders named, of an issue
 * (`--issue`), or a file given with --file. Articles marked `deposit: false`
 * are refused whichever way they come.
 */
async function batchXml(positional: string[], options: Record<string, unknown>, profile: Profile, io: CliIO, now: Date): Promise<Batch> {
  const given = [positional.length > 0, typeof options.file === 'string', typeof options.issue === 'string'].filter(Boolean).length;
  if (given === 0) throw new UsageError('give the article folders to deposit, --issue <issue-file> or --file <batch.xml>: nothing is deposited by default');
  if (given > 1) throw new UsageError('give either article folders, --issue or --file, not two of them');
  // Loaded only here: `status` needs none of the source pipeline.
  const { journalRecordFor, prepareArticle } = await import('../pipeline/prepare.js');
  const { doiOwner } = await import('../record/journal-record.js');
  const diagnostics: Diagnostic[] = [];
  if (typeof options.file === 'string') {
    const file = resolve(io.cwd, options.file);
    const xml = readFileSync(file, 'utf8');
    const journal = journalRecordFor(profile, []);
    diagnostics.push(...journal.diagnostics);
    const articles: Record<string, string> = {};
    for (const doi of registeredDois(xml)) {
      const owner = doiOwner(journal, doi);
      if (owner === undefined) continue;
      articles[doi] = owner;
      if (journal.neverDeposit.has(owner))
        diagnostics.push(diagnostic('deposit-excluded', `Unexpected ${doi} of ${owner} in the file, expected no article marked \`deposit: false\` in its source`, { file, line: 1, column: 1 }));
    }
    return { xml, diagnostics, articles };
  }
  const dirs = typeof options.issue === 'string' ? issueArticleDirs(resolve(io.cwd, options.issue), profile, diagnostics) : articleDirs(positional, io.cwd);
  if (!dirs.length) return { diagnostics, articles: {} };
  const journal = journalRecordFor(profile, dirs);
  diagnostics.push(...journal.diagnostics);
  const articles: Article[] = [];
  for (const dir of dirs) {
    const prepared = prepareArticle(dir, profile, journal);
    diagnostics.push(...prepared.diagnostics);
    const article = prepared.article;
    if (!article) continue;
    if (article.meta.deposit === false)
      diagnostics.push(diagnostic('deposit-excluded', `Unexpected deposit of ${article.id}, expected no article marked \`deposit: false\` (remove the mark to deposit it)`, article.meta.positions.deposit ?? { file: article.file, line: 1, column: 1 }));
    if (!article.meta.doi)
      diagnostics.push(diagnostic('doi-missing', `Unexpected ${article.id} without a DOI, expected one in its source or the record (\`galley issue build\`, \`galley doi reserve\`)`, { file: article.file, line: 1, column: 1 }));
    if (typeof options.issue === 'string' && journal.articles.get(article.id)?.issue !== basename(options.issue, extname(options.issue)))
      diagnostics.push(diagnostic('record-missing', `Unexpected ${article.id} without this issue in its record, expected the issue built first (\`galley issue build ${options.issue}\`)`, { file: article.file, line: 1, column: 1 }));
    articles.push(article);
  }
  // Only a refusal to deposit still renders: a dry run shows what the articles would send.
  if (hasErrors(diagnostics.filter((d) => d.rule !== 'deposit-excluded')) || !articles.length) return { diagnostics, articles: {} };
  const clock = fixedClock(now);
  // The head is provisional: the deposit client stamps the real one under the log lock.
  const head = buildHead(articles, clock);
  const xml = renderCrossref(articles, { profile, clock }, head);
  const owners = Object.fromEntries(articles.map((a) => [a.meta.doi!, a.id]));
  if (!options.resources) return { xml, diagnostics, articles: owners };
  // References and full-text links of the same record, for DOIs already registered.
  const resources = resourcesBatch(xml, head.batchId);
  if (!resources) diagnostics.push(diagnostic('deposit-resources-empty', 'Unexpected articles without references or full-text links, expected something to add with --resources'));
  return { xml: resources, diagnostics, articles: owners };
}

/** The article folders an issue file lists, in print order. */
function issueArticleDirs(file: string, profile: Profile, diagnostics: Diagnostic[]): string[] {
  const loaded = loadIssueFile(file, profile.languages);
  diagnostics.push(...loaded.diagnostics.items);
  if (!loaded.issue) return [];
  const issue = loaded.issue;
  return issue.sections.flatMap((s) => s.articles.map((a) => join(issue.articlesDir, a.id)));
}

/** Production deposits are deliberate: say what goes, and ask (or want --yes off a terminal). */
async function confirmProduction(xml: string, target: DepositTarget, options: Record<string, unknown>, io: CliIO, deps: DepositDeps): Promise<boolean> {
  const dois = registeredDois(xml);
  io.stderr(`About to deposit ${dois.length} DOI${dois.length === 1 ? '' : 's'} with Crossref's PRODUCTION system (${target.endpoint}):\n${dois.map((d) => `  ${d}\n`).join('')}`);
  if (options.yes) return true;
  if (!io.isTTY) {
    io.stderr('galley deposit: not sent: --production needs --yes when not run on a terminal\n');
    return false;
  }
  const yes = await deps.confirm('Send them now? [y/N] ');
  if (!yes) io.stderr('galley deposit: not sent\n');
  return yes;
}

async function runDeposit(args: string[], io: CliIO, deps: DepositDeps, sink: Output): Promise<number> {
  const { positional, options } = parseArgs(args, commands.deposit);
  if (options.production && options.endpoint) throw new UsageError('use either --production or --endpoint, not both');
  let out: Redactor = (t) => t;
  const report = redactedReporter(sink, () => out);
  const profile = profileFrom(options.profile, io, report);
  if (!profile) return 1;
  const target: DepositTarget = options.endpoint
    ? { system: 'custom', endpoint: String(options.endpoint) }
    : options.production
      ? { system: 'production', endpoint: profile.crossref.endpoints.production }
      : { system: 'test', endpoint: profile.crossref.endpoints.test };
  const policy = policyFor(profile, options, deps);

  // Credentials are checked before any work, except for a dry run, which needs none.
  const credentials = options['dry-run'] ? undefined : credentialsFromEnv(io.env);
  if (credentials) out = redactor([credentials.revealPassword()]);

  const batch = await batchXml(positional, options, profile, io, deps.now());
  report(batch.diagnostics);
  if (!batch.xml) return 1;

  if (!credentials) {
    const diagnostics = (options.resources ? validateResourcesXml : validateCrossrefXml)(batch.xml, profile, 'deposit.xml');
    report(diagnostics);
    // The batch is the dry run's result: on stdout for people, in the document for tools.
    sink.line(batch.xml);
    sink.result({ dryRun: true, xml: batch.xml, dois: registeredDois(batch.xml) });
    return hasErrors([...batch.diagnostics, ...diagnostics]) ? 1 : 0;
  }
  if (hasErrors(batch.diagnostics)) {
    io.stderr('galley deposit: not sent: the batch has errors (above)\n');
    return 1;
  }
  if (target.system === 'production' && !(await confirmProduction(batch.xml, target, options, io, deps))) return 1;
  const { logFile, archiveDir } = logPaths(profile);
  const result = await depositXml(batch.xml, { profile, credentials, target, logFile, archiveDir, now: deps.now, policy, articles: batch.articles }, options.resources ? 'resources' : 'metadata');
  report(result.diagnostics);
  if (result.entry) sink.output(join(archiveDir, result.entry.file));
  sink.line(out(formatDepositResult(result, result.entry && join(archiveDir, result.entry.file), io.cwd)));
  sink.result({ dryRun: false, system: target.system, status: result.entry?.status ?? null, dois: registeredDois(batch.xml) });
  return result.entry?.status === 'submitted' ? 0 : 1;
}

async function runStatus(args: string[], io: CliIO, deps: DepositDeps, sink: Output): Promise<number> {
  const { positional, options } = parseArgs(args, commands['deposit status']);
  if (positional.length) throw new UsageError(`unexpected ${positional[0]}: deposit status takes --batch, --doi or --all`);
  const profile = profileFrom(options.profile, io, redactedReporter(sink, () => (t) => t));
  if (!profile) return 1;
  const credentials = credentialsFromEnv(io.env);
  const out = redactor([credentials.revealPassword()]);
  const report = await refreshDepositStatus(
    { profile, credentials, ...logPaths(profile), cwd: io.cwd, lostAfterHours: crossrefDepositOptions(profile).lostAfterHours, now: deps.now, policy: policyFor(profile, options, deps) },
    { batchIds: options.batch as string[] | undefined, dois: options.doi as string[] | undefined, all: !!options.all },
  );
  sink.line(out(formatStatus(report)));
  sink.result({ status: JSON.parse(out(JSON.stringify(report))) as unknown });
  return hasFailures(report) || report.some((r) => r.error) ? 1 : 0;
}

export function depositVerb(overrides: Partial<DepositDeps> = {}): CliVerb {
  const deps = { ...defaultDeps, ...overrides };
  return async (args, io, sink = createOutput(io, { verb: args[0] === 'status' ? 'deposit status' : 'deposit', format: 'human' })) => {
    const secret = io.env.GALLEY_CROSSREF_PASSWORD;
    const redact = redactor(secret ? [secret] : []);
    // `deposit statsu` is a mistyped sub-command, not an article folder of that name.
    const first = args[0];
    if (first && first !== 'status' && !first.startsWith('-') && !existsSync(resolve(io.cwd, first)) && nearest(first, ['status']))
      throw new UsageError(`unknown sub-command or article folder '${first}'; did you mean status?`);
    try {
      return args[0] === 'status' ? await runStatus(args.slice(1), io, deps, sink) : await runDeposit(args, io, deps, sink);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const known = error instanceof MissingCredentialsError || error instanceof DepositLogError || error instanceof DepositOptionsError;
      // Whatever went wrong, its message is redacted before anyone sees it.
      const message = redact(known ? (error as Error).message : `Unexpected failure: ${(error as Error).message}`);
      if (sink.format === 'human' || sink.format === 'github') io.stderr(`galley deposit: ${message}\n`);
      sink.finish(1, { kind: 'failed', message });
      return 1;
    }
  };
}

export const run: CliVerb = depositVerb();
