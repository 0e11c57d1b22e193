// The article's bibliography: CSL items kept as written (including `custom`),
// each with its position; duplicate ids, missing files and bad items reported.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CslItem, Position } from '../model/types.js';
import type { RuleId } from '../checks/catalogue/index.js';
import { parseBibliographyText } from './bibliography-formats.js';
import { cleanDeep, findHygieneProblems } from './hygiene.js';
import { readSourceText } from './read-source.js';
import { resolveInArticle, sandboxReason } from './sandbox.js';

export interface Bibliography {
  items: CslItem[];
  /** False when the file was missing or did not parse: citation keys cannot be checked then. */
  loaded: boolean;
  file?: string;
  positions: Record<string, Position>;
}

type Report = (rule: RuleId, message: string, position?: Position) => void;

/** Tried in order when the front matter names no `bibliography:`. */
/** A bibliography of several hundred works is a fraction of this; its parsers are slower than the Markdown one. */
export const maxBibliographyBytes = 512 * 1024;

export const defaultBibliographyNames = ['references.yaml', 'references.yml', 'references.json', 'references.bib', 'references.ris'];

/**
 * @param named the front matter's `bibliography:` (relative to the article folder), if any
 * @param needed whether the text cites anything (a missing default file is then an error)
 */
export function loadBibliography(dir: string, named: string | undefined, needed: boolean, report: Report, namedAt?: Position): Bibliography {
  const empty: Bibliography = { items: [], loaded: false, positions: {} };
  const name = named ?? defaultBibliographyNames.find((n) => existsSync(join(dir, n)));
  if (!name) {
    if (needed)
      report('bibliography-missing', `Unexpected missing bibliography, expected one of ${defaultBibliographyNames.join(', ')} in the article folder (the text cites works)`, namedAt);
    return empty;
  }
  const shown = join(dir, name);
  const found = resolveInArticle(dir, name);
  if (found.problem === 'missing') {
    report('bibliography-missing', `Unexpected missing bibliography file ${name}, expected it in the article folder`, namedAt);
    return empty;
  }
  if (found.problem) {
    // Never opened: the name alone is reported, so nothing outside leaks into a message.
    const rule = found.problem === 'not-a-file' ? 'bibliography-missing' : 'source-outside-folder';
    report(rule, `Unexpected bibliography ${sandboxReason(found.problem, name)}, expected a file inside the article folder such as references.yaml`, namedAt ?? { file: shown, line: 1, column: 1 });
    return empty;
  }
  // Positions name the file as the source does; the bytes come from the checked real path.
  const file = shown;
  const read = readSourceText(found.file, file, maxBibliographyBytes);
  if (read.problem) {
    report(read.problem.rule, read.problem.message, read.problem.position);
    return { ...empty, file };
  }
  for (const p of findHygieneProblems(read.text, file)) report(p.rule, p.message, p.position);
  const parsed = parseBibliographyText(read.text, file);
  for (const e of parsed.errors) report('bibliography-missing', e.complete ? e.message : `${e.message} in ${basename(file)}, expected ${formatName(file)}`, e.position);

  for (const p of parsed.escapes ?? []) report(p.rule, p.message, p.position);
  const items: CslItem[] = [];
  const positions: Record<string, Position> = {};
  for (const { value, position } of parsed.items) {
    const checked = checkItem(value, position, report);
    if (!checked) continue;
    // Ids are compared and positioned as the model holds them: cleaned.
    const item = cleanDeep(checked);
    if (positions[item.id]) {
      const first = positions[item.id];
      report('bibliography-duplicate-id', `Unexpected second item with id \`${item.id}\` (first at line ${first.line}), expected unique ids`, position);
      continue;
    }
    positions[item.id] = position;
    items.push(item);
  }
  return { items, loaded: parsed.errors.length === 0, file, positions };
}

const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function checkItem(value: unknown, position: Position, report: Report): CslItem | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report('bibliography-item', 'Unexpected item that is not a map, expected a CSL item with id and type', position);
    return undefined;
  }
  const item = value as Record<string, unknown>;
  const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id).trim() : '';
  if (!id) {
    report('bibliography-item', 'Unexpected item without `id`, expected the citation key as `id`', position);
    return undefined;
  }
  if (typeof item.type !== 'string' || !item.type) report('bibliography-item', `Unexpected item \`${id}\` without \`type\`, expected a CSL type such as book or article-journal`, position);
  // The code becomes an xml:lang attribute: anything but a BCP 47 shape would make the JATS invalid (found by the fuzz).
  if (item.language !== undefined && (typeof item.language !== 'string' || !languageTag.test(item.language.trim())))
    report('bibliography-item', `Unexpected \`language\` \`${String(item.language)}\` of \`${id}\`, expected a language code such as ru or en`, position);
  return { ...item, id, type: String(item.type ?? '') } as CslItem;
}

function formatName(file: string): string {
  if (/\.bib(tex)?$/i.test(file)) return 'BibTeX';
  if (/\.ris$/i.test(file)) return 'RIS';
  if (/\.json$/i.test(file)) return 'CSL-JSON';
  return 'CSL-YAML';
}
