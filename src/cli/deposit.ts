// `galley deposit [article-dir…] [--file batch.xml] [--resources] [--production | --endpoint URL] [--dry-run]`
// `galley deposit status [--batch ID…] [--doi DOI…] [--all]`
// Credentials come from GALLEY_CROSSREF_LOGIN / GALLEY_CROSSREF_PASSWORD only.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
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
import { articleDirs } from './article-dirs.js';
import type { CliIO, CliVerb } from './io.js';
import { formatHuman } from './report.js';

/** What the verb takes from the world besides CliIO (tests replace them). */
export interface DepositDeps {
  now: () => Date;
  sleep: RetryPolicy['sleep'];
  random: RetryPolicy['random'];
  fetch: RetryPolicy['fetch'];
}

const defaultDeps: DepositDeps = { now: () => new Date(), sleep: defaultRetryPolicy.sleep, random: defaultRetryPolicy.random, fetch: defaultRetryPolicy.fetch };

const hasErrors = (list: Diagnostic[]) => list.some((d) => d.severity === 'error');

function profileFrom(file: unknown, io: CliIO, out: Redactor): Profile | undefined {
  const loaded = loadProfile(resolve(io.cwd, typeof file === 'string' ? file : 'journal.yaml'));
  if (!loaded.profile) io.stderr(out(formatHuman(loaded.diagnostics.items, io.cwd)));
  return loaded.profile;
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

/** The batch to send: a file given with --file, or the articles rendered into one batch. */
async function batchXml(positional: string[], options: Record<string, unknown>, profile: Profile, io: CliIO, now: Date): Promise<{ xml?: string; diagnostics: Diagnostic[] }> {
  if (typeof options.file === 'string') {
    if (positional.length) throw new UsageError('give either article folders or --file, not both');
    return { xml: readFileSync(resolve(io.cwd, options.file), 'utf8'), diagnostics: [] };
  }
  // Loaded only here: `--file` and `status` need none of the source pipeline.
  const { prepareArticle } = await import('../pipeline/prepare.js');
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of articleDirs(positional, io.cwd)) {
    const prepared = prepareArticle(dir, profile);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.article) articles.push(prepared.article);
  }
  if (hasErrors(diagnostics) || !articles.length) return { diagnostics };
  const clock = fixedClock(now);
  // The head is provisional: the deposit client stamps the real one under the log lock.
  const head = buildHead(articles, clock);
  const xml = renderCrossref(articles, { profile, clock }, head);
  if (!options.resources) return { xml, diagnostics };
  // References and full-text links of the same record, for DOIs already registered.
  const resources = resourcesBatch(xml, head.batchId);
  if (!resources) diagnostics.push(diagnostic('deposit-resources-empty', 'Unexpected articles without references or full-text links, expected something to add with --resources'));
  return { xml: resources, diagnostics };
}

async function runDeposit(args: string[], io: CliIO, deps: DepositDeps): Promise<number> {
  const { positional, options } = parseArgs(args, {
    production: {},
    endpoint: { value: true },
    profile: { value: true },
    file: { value: true },
    'dry-run': {},
    resources: {},
    timeout: { value: true },
    retries: { value: true },
  });
  if (options.production && options.endpoint) throw new UsageError('use either --production or --endpoint, not both');
  let out: Redactor = (t) => t;
  const profile = profileFrom(options.profile, io, out);
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
  if (batch.diagnostics.length) io.stderr(out(formatHuman(batch.diagnostics, io.cwd)));
  if (!batch.xml) return 1;

  if (!credentials) {
    const diagnostics = (options.resources ? validateResourcesXml : validateCrossrefXml)(batch.xml, profile, 'deposit.xml');
    io.stderr(formatHuman(diagnostics, io.cwd));
    io.stdout(batch.xml);
    return hasErrors(diagnostics) ? 1 : 0;
  }
  const { logFile, archiveDir } = logPaths(profile);
  const result = await depositXml(batch.xml, { profile, credentials, target, logFile, archiveDir, now: deps.now, policy }, options.resources ? 'resources' : 'metadata');
  if (result.diagnostics.length) io.stderr(out(formatHuman(result.diagnostics, io.cwd)));
  io.stdout(out(formatDepositResult(result, result.entry && join(archiveDir, result.entry.file), io.cwd)));
  return result.entry?.status === 'submitted' ? 0 : 1;
}

async function runStatus(args: string[], io: CliIO, deps: DepositDeps): Promise<number> {
  const { positional, options } = parseArgs(args, {
    profile: { value: true },
    batch: { value: true, multiple: true },
    doi: { value: true, multiple: true },
    all: {},
    timeout: { value: true },
    retries: { value: true },
  });
  if (positional.length) throw new UsageError(`unexpected ${positional[0]}: deposit status takes --batch, --doi or --all`);
  const profile = profileFrom(options.profile, io, (t) => t);
  if (!profile) return 1;
  const credentials = credentialsFromEnv(io.env);
  const out = redactor([credentials.revealPassword()]);
  const report = await refreshDepositStatus(
    { profile, credentials, ...logPaths(profile), cwd: io.cwd, lostAfterHours: crossrefDepositOptions(profile).lostAfterHours, now: deps.now, policy: policyFor(profile, options, deps) },
    { batchIds: options.batch as string[] | undefined, dois: options.doi as string[] | undefined, all: !!options.all },
  );
  io.stdout(out(formatStatus(report)));
  return hasFailures(report) || report.some((r) => r.error) ? 1 : 0;
}

export function depositVerb(overrides: Partial<DepositDeps> = {}): CliVerb {
  const deps = { ...defaultDeps, ...overrides };
  return async (args, io) => {
    const secret = io.env.GALLEY_CROSSREF_PASSWORD;
    const redact = redactor(secret ? [secret] : []);
    try {
      return args[0] === 'status' ? await runStatus(args.slice(1), io, deps) : await runDeposit(args, io, deps);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const known = error instanceof MissingCredentialsError || error instanceof DepositLogError || error instanceof DepositOptionsError;
      // Whatever went wrong, its message is redacted before anyone sees it.
      io.stderr(`galley deposit: ${redact(known ? (error as Error).message : `Unexpected failure: ${(error as Error).message}`)}\n`);
      return 1;
    }
  };
}

export const run: CliVerb = depositVerb();
