// A Field is a span with a semantic role. Inside <mixed-citation> a role that
// names a JATS citation element becomes that element (`source`, `year` …);
// `person-group:editor` also sets the element's type attribute; a Field's
// language (a transliterated title) becomes xml:lang where the element has one.
// Elsewhere, and for unknown roles, only the children are rendered.
import type { Field } from '../../../model/types.js';
import { escapeXml } from '../../xml-escape.js';
import { stripFormatting } from '../citation-markup.js';
import { groupPersonNames } from '../person-names.js';
import type { JatsState } from '../state.js';

/**
 * Elements of the JATS 1.3 %references.class that a reference Field may name
 * (those that take text directly; <name>, <date>, <annotation> need structure).
 */
const citationElements = new Set([
  'article-title', 'chapter-title', 'collab', 'comment', 'conf-acronym', 'conf-date', 'conf-loc',
  'conf-name', 'conf-sponsor', 'data-title', 'date-in-citation', 'day', 'edition', 'elocation-id', 'etal',
  'fpage', 'gov', 'institution', 'isbn', 'issn', 'issue', 'issue-id', 'issue-part', 'issue-title', 'lpage', 'month',
  'object-id', 'page-range', 'part-title', 'patent', 'person-group', 'pub-id', 'publisher-loc',
  'publisher-name', 'role', 'season', 'series', 'size', 'source', 'std', 'string-date', 'string-name',
  'supplement', 'trans-source', 'trans-title', 'uri', 'version', 'volume', 'volume-id', 'volume-series', 'year',
  // Inside <string-name> (JATS 1.3 %string-name-elements).
  'surname', 'given-names', 'prefix', 'suffix',
]);

/** Of those, the ones with an xml:lang attribute in the 1.3 DTD. */
const withLanguage = new Set([
  'article-title', 'chapter-title', 'collab', 'comment', 'conf-loc', 'conf-name', 'conf-sponsor', 'data-title', 'edition',
  'institution', 'part-title', 'person-group', 'publisher-loc', 'publisher-name', 'series', 'source', 'string-name',
  'trans-source', 'trans-title',
]);

/** Of those, the ones whose content model has no <italic>/<bold> (checked against the 1.3 DTD). */
const textOnly = new Set([
  'conf-acronym', 'conf-date', 'conf-loc', 'conf-name', 'conf-sponsor', 'date-in-citation', 'day', 'edition',
  'elocation-id', 'etal', 'fpage', 'institution', 'isbn', 'issn', 'issue', 'issue-id', 'issue-part', 'issue-title',
  'lpage', 'month', 'object-id', 'page-range', 'patent', 'person-group', 'pub-id', 'publisher-loc', 'publisher-name',
  'season', 'size', 'string-date', 'string-name', 'uri', 'version', 'volume', 'volume-id', 'volume-series', 'year',
  'surname', 'given-names', 'prefix', 'suffix',
]);

/** The attribute a `role:value` suffix sets, per element. */
const suffixAttribute: Record<string, string> = {
  'person-group': 'person-group-type',
  'pub-id': 'pub-id-type',
  'collab': 'collab-type',
  'date-in-citation': 'content-type',
  'size': 'units',
  'name': 'name-style',
};

/** `size` requires its `units`; the others take no default. */
const requiredAttributes: Record<string, Record<string, string>> = {
  size: { units: 'pages' },
};

export function renderField(node: Field, state: JatsState): string {
  const [element, value] = splitRole(node.role);
  if (!state.inCitation || !citationElements.has(element)) return state.inlines(node.children, state);
  // The printed italics of a GOST author are presentation JATS has no room for there.
  const plain = textOnly.has(element) ? stripFormatting(node.children) : node.children;
  const children = state.inlines(element === 'person-group' ? groupPersonNames(plain) : plain, state);
  const attrs: Record<string, string> = { ...requiredAttributes[element] };
  const attribute = suffixAttribute[element];
  if (value && attribute) attrs[attribute] = value;
  if (node.lang && withLanguage.has(element)) attrs['xml:lang'] = node.lang;
  const text = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${element}${text}>${children}</${element}>`;
}

function splitRole(role: string): [string, string | undefined] {
  const colon = role.indexOf(':');
  return colon < 0 ? [role, undefined] : [role.slice(0, colon), role.slice(colon + 1)];
}
