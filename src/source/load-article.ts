// article/<id>/ → ArticleSource: read defensively, split the front matter,
// convert the body, validate the metadata, load and cross-check the bibliography.
// Problems are diagnostics with positions; nothing here throws at the user.
import { basename, join, resolve } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../checks/diagnostic.js';
import type { RuleId } from '../checks/catalogue/index.js';
import { validateMeta } from '../model/meta/validate.js';
import type { ArticleSource, Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { parseYamlDoc, yamlErrorMessage } from '../util/yaml-doc.js';
import { frontMatterYamlLimits } from '../util/yaml-limits.js';
import { loadBibliography } from './bibliography.js';
import { findOversizedText } from './body-limits.js';
import { collectCitations, crossCheckCitations } from './cross-check.js';
import { splitFrontMatter } from './front-matter.js';
import { cleanDeep, findEscapedYamlProblems, findHygieneProblems } from './hygiene.js';
import { createMarkdownConverter } from './markdown/convert.js';
import { locatorLabelsFor } from '../references/locator-terms.js';
import { readSourceText } from './read-source.js';
import { resolveInArticle, sandboxReason } from './sandbox.js';
import { originOfYamlScalar } from './yaml-origin.js';

export const sourceFileName = 'article.md';
/** A broken file can repeat one problem thousands of times: list this many, then count the rest. */
export const maxReportsPerRule = 100;

export function loadArticleSource(dir: string, profile: Profile): { source?: ArticleSource; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag(profile.rules);
  const counts = new Map<RuleId, number>();
  const report: Report = (rule, message, position) => {
    const n = (counts.get(rule) ?? 0) + 1;
    counts.set(rule, n);
    if (n <= maxReportsPerRule) bag.report(rule, message, position);
  };
  const summarise = () => {
    for (const [rule, n] of counts)
      if (n > maxReportsPerRule)
        bag.report(rule, `Unexpected ${n - maxReportsPerRule} more problems of this kind (not listed), expected none`, { file: join(dir, sourceFileName), line: 1, column: 1 });
  };
  try {
    const source = load(dir, profile, report);
    summarise();
    return { source, diagnostics: bag.items };
  } catch (error) {
    // A bug of ours must still come out as a diagnostic (its message, never a stack).
    bag.report('source-unreadable', `Unexpected internal error while reading the source, expected none (please report it): ${(error as Error)?.message ?? error}`, {
      file: join(dir, sourceFileName), line: 1, column: 1,
    });
    return { diagnostics: bag.items };
  }
}

type Report = (rule: RuleId, message: string, position?: Position) => void;

function load(dir: string, profile: Profile, report: Report): ArticleSource | undefined {
  const file = join(dir, sourceFileName);
  // The source itself obeys the sandbox: a link to a file elsewhere is not read (its text would reach messages).
  const found = resolveInArticle(dir, sourceFileName);
  if (found.problem === 'symlink-outside')
    return void report('source-outside-folder', `Unexpected ${sandboxReason(found.problem, sourceFileName)}, expected the article source inside its folder`, { file, line: 1, column: 1 });
  const read = readSourceText(found.file ?? file, file);
  if (read.problem) return void report(read.problem.rule, read.problem.message, read.problem.position);
  const text = read.text;
  for (const p of findHygieneProblems(text, file)) report(p.rule, p.message, p.position);

  const split = splitFrontMatter(text, file);
  if (split.problem) return void report('front-matter-missing', split.problem.message, split.problem.position);
  const { yaml, yamlLineOffset, body, bodyLineOffset } = split.split;
  const doc = parseYamlDoc(yaml, file, yamlLineOffset, frontMatterYamlLimits);
  for (const e of doc.errors) report('front-matter-yaml', yamlErrorMessage(e), e.position);
  if (doc.errors.length) return undefined;
  for (const p of findEscapedYamlProblems(doc.escapedScalars())) report(p.rule, p.message, p.position);

  const oversized = findOversizedText(body, file, bodyLineOffset);
  if (oversized) return void report('source-unreadable', oversized.message, oversized.position);

  const absDir = resolve(dir);
  // Locator labels in the article's and the journal's languages ("S." in German, "cap." in Portuguese).
  const articleLang = (doc.value as Record<string, unknown> | null | undefined)?.lang;
  const langs = [...new Set([...(typeof articleLang === 'string' ? [articleLang] : []), ...profile.languages])];
  const markdown = createMarkdownConverter({ dir: absDir, report, locatorLabels: locatorLabelsFor(langs, profile.templates) });
  // The body first: citation and figure ids follow reading order.
  const converted = markdown.body(body, { file, lineOffset: bodyLineOffset, columnOffset: 0 });
  const fileLines = text.split('\n');
  const meta = validateMeta({
    value: cleanDeep(doc.value),
    doc,
    profile,
    report,
    start: { file, line: 1, column: 1 },
    dir: absDir,
    markdown: {
      inlines: (t, path) => markdown.inlines(t, originOfYamlScalar(doc.positionOf(path), fileLines)),
      blocks: (t, path) => markdown.blocks(t, originOfYamlScalar(doc.positionOf(path), fileLines)),
    },
  });

  const citations = collectCitations(converted.blocks, converted.footnotes, meta.abstract);
  const rawBibliography = (doc.value as Record<string, unknown> | null | undefined)?.bibliography;
  const named = typeof rawBibliography === 'string' && rawBibliography.trim() ? rawBibliography.trim() : undefined;
  const bibliography = loadBibliography(absDir, named, citations.length > 0, report, meta.positions.bibliography ?? citations[0]?.position);
  crossCheckCitations(citations, bibliography, report);

  return {
    id: basename(absDir),
    dir: absDir,
    file,
    meta,
    body: converted.blocks,
    footnotes: converted.footnotes,
    bibliography: bibliography.items,
    ...(bibliography.file && { bibliographyFile: bibliography.file }),
    bibliographyPositions: bibliography.positions,
  };
}
