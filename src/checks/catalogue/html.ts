import type { RuleSpec } from './types.js';

/** Rules reported while rendering the HTML galley. */
export const htmlRules = {
  'html-unknown-node': { severity: 'error', description: 'Every body node has an HTML handler; an unknown node is reported, never dropped silently.' },
  'html-unsafe-link': { severity: 'error', description: 'Links in the text use http(s), mailto, a relative path or an in-page anchor; script URLs are refused.' },
  'html-citation-target': { severity: 'warning', description: 'Every cited work has an entry in the reference list that in-text citations link to.' },
  'html-url-pattern': { severity: 'error', description: 'The profile\'s URL patterns can be filled from the article (every placeholder has a value).' },
  'html-figure-path': { severity: 'error', description: 'A figure path stays inside the article folder, so the galley can carry the image.' },
} as const satisfies Record<string, RuleSpec>;
