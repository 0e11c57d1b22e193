// Everything the journal has decided, read once per command: the records of
// articles and issues, the DOIs the deposit log shows as sent (and to whom),
// and the DOIs written by hand in article sources. Running numbers and DOI
// ownership are answered from here and nowhere else.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import { diagnostic } from '../checks/diagnostic.js';
import { DepositLogError, readDepositLog } from '../deposit/log.js';
import type { Profile } from '../profile/types.js';
import { splitFrontMatter } from '../source/front-matter.js';
import { readSourceText } from '../source/read-source.js';
import { parseYamlDoc } from '../util/yaml-doc.js';
import { articleRecordFile, issueRecordFile } from './paths.js';
import { readArticleRecord, readIssueRecord, recordFiles } from './read.js';
import type { ArticleRecord, IssueRecord } from './types.js';

export interface JournalRecord {
  /** The record folder (record/). */
  dir: string;
  articles: Map<string, ArticleRecord>;
  issues: Map<string, IssueRecord>;
  /** DOI (lower case) → article id, or undefined when the log line predates article ids. */
  deposited: Map<string, string | undefined>;
  /** DOI (lower case) → article id, for DOIs written in article sources (read on first use). */
  readonly sourceDois: Map<string, string>;
  /** Articles whose source says `deposit: false`: never sent to Crossref (read on first use). */
  readonly neverDeposit: Set<string>;
  diagnostics: Diagnostic[];
}

export interface JournalRecordOptions {
  /** Folder of the article sources (article/). */
  articlesDir: string;
  /** Folder of the deposit log (deposits/). */
  depositsDir: string;
}

export function loadJournalRecord(profile: Profile, options: JournalRecordOptions): JournalRecord {
  const dir = profile.record;
  const diagnostics: Diagnostic[] = [];
  const articles = new Map<string, ArticleRecord>();
  for (const file of recordFiles(join(dir, 'articles'))) {
    const record = readArticleRecord(file, diagnostics);
    if (record) articles.set(record.id, record);
  }
  const issues = new Map<string, IssueRecord>();
  for (const file of recordFiles(join(dir, 'issues'))) {
    const record = readIssueRecord(file, diagnostics);
    if (record) issues.set(record.id, record);
  }
  const deposited = depositedDois(options.depositsDir, diagnostics);
  // Only DOI reservation, assignment and deposits ask what the sources say: a
  // build does not read (and parse) every other article's front matter.
  let scanned: ReturnType<typeof scanSources> | undefined;
  const sources = () => (scanned ??= scanSources(options.articlesDir));
  return {
    dir,
    articles,
    issues,
    deposited,
    get sourceDois() {
      return sources().sourceDois;
    },
    get neverDeposit() {
      return sources().neverDeposit;
    },
    diagnostics,
  };
}

export const articleRecordPath = (journal: JournalRecord, id: string) => journal.articles.get(id)?.file ?? articleRecordFile(journal.dir, id);
export const issueRecordPath = (journal: JournalRecord, id: string) => journal.issues.get(id)?.file ?? issueRecordFile(journal.dir, id);

/** Sent to Crossref (whatever came of it: a refused deposit may be sent again). */
export const isDeposited = (journal: JournalRecord, doi: string | undefined) => doi !== undefined && journal.deposited.has(doi.toLowerCase());

/** Who holds a DOI outside `except`: another article's record or source, or the deposit log. */
export function doiHolder(journal: JournalRecord, doi: string, except: string): string | undefined {
  const key = doi.toLowerCase();
  for (const record of journal.articles.values()) if (record.id !== except && record.doi?.toLowerCase() === key) return record.id;
  const bySource = journal.sourceDois.get(key);
  if (bySource !== undefined && bySource !== except) return bySource;
  if (journal.deposited.has(key)) {
    const owner = journal.deposited.get(key);
    if (owner !== except && owner !== undefined) return owner;
    // A logged DOI of unknown owner is free only for the article whose record holds it.
    if (owner === undefined && journal.articles.get(except)?.doi?.toLowerCase() !== key) return 'a deposit in the log';
  }
  return undefined;
}

/** The highest running number anyone has used: records, sources and the deposit log. */
export function highestSeq(journal: JournalRecord, seqOf: (doi: string) => number | undefined): number {
  let max = 0;
  const note = (n: number | undefined) => {
    if (n !== undefined && n > max) max = n;
  };
  for (const record of journal.articles.values()) {
    note(record.seq);
    if (record.doi) note(seqOf(record.doi));
  }
  for (const doi of journal.sourceDois.keys()) note(seqOf(doi));
  for (const doi of journal.deposited.keys()) note(seqOf(doi));
  return max;
}

function depositedDois(depositsDir: string, diagnostics: Diagnostic[]): Map<string, string | undefined> {
  const deposited = new Map<string, string | undefined>();
  if (!existsSync(depositsDir)) return deposited;
  for (const name of readdirSync(depositsDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const file = join(depositsDir, name);
    try {
      for (const entry of readDepositLog(file))
        for (const doi of entry.dois) {
          const key = doi.toLowerCase();
          const owner = entry.articles?.[doi] ?? entry.articles?.[key];
          if (owner !== undefined || !deposited.has(key)) deposited.set(key, owner ?? deposited.get(key));
        }
    } catch (error) {
      if (!(error instanceof DepositLogError)) throw error;
      diagnostics.push(diagnostic('deposit-log-invalid', error.message, { file, line: 1, column: 1 }));
    }
  }
  return deposited;
}

/** What article front matter says of DOIs and deposits: only the front matter is read, not whole articles. */
function scanSources(articlesDir: string): { sourceDois: Map<string, string>; neverDeposit: Set<string> } {
  const dois = new Map<string, string>();
  const neverDeposit = new Set<string>();
  if (!existsSync(articlesDir)) return { sourceDois: dois, neverDeposit };
  for (const entry of readdirSync(articlesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(articlesDir, entry.name, 'article.md');
    if (!existsSync(file)) continue;
    const read = readSourceText(file, file);
    if (!read.text) continue;
    const { split } = splitFrontMatter(read.text, file);
    if (!split) continue;
    const front = parseYamlDoc(split.yaml, file).value as Record<string, unknown> | undefined;
    if (typeof front?.doi === 'string' && front.doi.trim()) dois.set(front.doi.trim().toLowerCase(), entry.name);
    if (front?.deposit === false) neverDeposit.add(entry.name);
  }
  return { sourceDois: dois, neverDeposit };
}

/** The article a DOI belongs to, as far as the record, the sources and the deposit log know. */
export function doiOwner(journal: JournalRecord, doi: string): string | undefined {
  const key = doi.toLowerCase();
  for (const record of journal.articles.values()) if (record.doi?.toLowerCase() === key) return record.id;
  return journal.sourceDois.get(key) ?? journal.deposited.get(key);
}

