// A Field is a span with a semantic role. Inside <mixed-citation> a role that
// names a JATS citation element becomes that element (`source`, `year` …);
// `person-group:editor` also sets the element's type attribute. Elsewhere,
// and for unknown roles, only the children are rendered.
import type { Field } from '../../../model/types.js';
import { escapeXml } from '../../xml-escape.js';
import type { JatsState } from '../state.js';

/** Elements of the JATS 1.3 %references.class that a reference Field may name. */
const citationElements = new Set([
  'annotation', 'article-title', 'chapter-title', 'collab', 'comment', 'conf-acronym', 'conf-date', 'conf-loc',
  'conf-name', 'conf-sponsor', 'data-title', 'date', 'date-in-citation', 'day', 'edition', 'elocation-id', 'etal',
  'fpage', 'gov', 'institution', 'isbn', 'issn', 'issue', 'issue-id', 'issue-part', 'issue-title', 'lpage', 'month',
  'name', 'object-id', 'page-range', 'part-title', 'patent', 'person-group', 'pub-id', 'publisher-loc',
  'publisher-name', 'role', 'season', 'series', 'size', 'source', 'std', 'string-date', 'string-name',
  'supplement', 'trans-source', 'trans-title', 'uri', 'version', 'volume', 'volume-id', 'volume-series', 'year',
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
  const children = state.inlines(node.children, state);
  if (!state.inCitation) return children;
  const [element, value] = splitRole(node.role);
  if (!citationElements.has(element)) return children;
  const attrs: Record<string, string> = { ...requiredAttributes[element] };
  const attribute = suffixAttribute[element];
  if (value && attribute) attrs[attribute] = value;
  const text = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${element}${text}>${children}</${element}>`;
}

function splitRole(role: string): [string, string | undefined] {
  const colon = role.indexOf(':');
  return colon < 0 ? [role, undefined] : [role.slice(0, colon), role.slice(colon + 1)];
}
