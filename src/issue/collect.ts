// Gather an issue's articles: each prepared (loaded, resolved, checked), given
// the issue's volume/number and a DOI, in print order.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { splitFrontMatter } from '../source/front-matter.js';
import { readSourceText } from '../source/read-source.js';
import { parseYamlDoc } from '../util/yaml-doc.js';
import { prepareArticle, withPages } from '../pipeline/prepare.js';
import { assignDois, seqPattern } from './doi-assign.js';
import type { IssueManifest } from './manifest.js';
import { registeredDois } from './registered.js';
import type { IssueSpec } from './types.js';

export interface CollectedIssue {
  /** In print order. */
  articles: Article[];
  /** Ids of the articles whose DOI the issue build gave (not written in their source). */
  assignedDoi: Set<string>;
  diagnostics: Diagnostic[];
}

export function collectIssueArticles(issue: IssueSpec, profile: Profile, previous: IssueManifest | undefined, depositsDir: string): CollectedIssue {
  const diagnostics: Diagnostic[] = [];
  const listed = issue.sections.flatMap((s) => s.articles);
  const prepared = new Map<string, Article>();
  for (const { id, position } of listed) {
    const dir = join(issue.articlesDir, id);
    if (!existsSync(join(dir, 'article.md'))) {
      diagnostics.push(diagnostic('issue-article-missing', `Unexpected missing article ${id}, expected ${join(dir, 'article.md')}`, position));
      continue;
    }
    const result = prepareArticle(dir, profile);
    diagnostics.push(...result.diagnostics);
    if (!result.article || result.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(diagnostic('issue-article-failed', `Unexpected errors in ${id}, expected an article that passes its checks (see above)`, position));
      continue;
    }
    prepared.set(id, result.article);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { articles: [], assignedDoi: new Set(), diagnostics };

  const registered = registeredDois(depositsDir);
  diagnostics.push(...registered.diagnostics);
  const assignment = assignDois(
    listed.map(({ id, position }) => ({
      id,
      position,
      sourceDoi: prepared.get(id)!.meta.doi,
      previousDoi: previous?.articles.find((a) => a.id === id && a.doiAssigned)?.doi,
    })),
    {
      prefix: profile.doi.prefix,
      suffixPattern: profile.doi.suffixPattern,
      year: issue.year,
      volume: issue.volume,
      issue: issue.number,
      taken: takenDois(issue, listed.map((a) => a.id), registered.taken),
    },
  );
  diagnostics.push(...assignment.diagnostics);

  const pattern = seqPattern(profile.doi);
  const articles = listed.map(({ id }) => {
    const article = prepared.get(id)!;
    const doi = assignment.dois.get(id)!.doi;
    const seq = Number(pattern.exec(doi)?.groups?.seq ?? article.meta.seq ?? 0) || undefined;
    const meta = {
      ...article.meta,
      doi,
      seq,
      volume: issue.volume,
      issue: issue.number,
      year: issue.year,
      history: { ...article.meta.history, published: article.meta.history.published ?? issue.published },
    };
    return withPages({ ...article, meta }, profile, article.meta.pages);
  });
  const assignedDoi = new Set(listed.filter(({ id }) => assignment.dois.get(id)?.assigned).map(({ id }) => id));
  return { articles, assignedDoi, diagnostics };
}

/** DOIs owned by articles outside this issue, and those the deposit log shows. */
function takenDois(issue: IssueSpec, inIssue: string[], registered: Map<string, string | undefined>): Map<string, string | undefined> {
  const taken = new Map(registered);
  if (!existsSync(issue.articlesDir)) return taken;
  for (const entry of readdirSync(issue.articlesDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || inIssue.includes(entry.name)) continue;
    const dir = join(issue.articlesDir, entry.name);
    if (!existsSync(join(dir, 'article.md'))) continue;
    const doi = sourceDoi(join(dir, 'article.md'));
    if (doi) taken.set(doi.toLowerCase(), entry.name);
  }
  return taken;
}

/** The DOI an article's front matter names: only the front matter is read, not the whole article. */
function sourceDoi(file: string): string | undefined {
  const read = readSourceText(file, file);
  if (!read.text) return undefined;
  const { split } = splitFrontMatter(read.text, file);
  if (!split) return undefined;
  const doi = (parseYamlDoc(split.yaml, file).value as Record<string, unknown> | undefined)?.doi;
  return typeof doi === 'string' && doi.trim() ? doi.trim() : undefined;
}
