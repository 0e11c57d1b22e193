// The profile writes URLs as patterns (`https://site/articles/{doi}/{id}.pdf`);
// one function fills them so every galley and the Crossref deposit agree.

export interface UrlPatternValues {
  doi?: string;
  id?: string;
  year?: number | string;
  volume?: number | string;
  issue?: number | string;
  seq?: number | string;
}

export class UrlPatternError extends Error {
  constructor(readonly pattern: string, readonly placeholder: string) {
    super(`Unexpected placeholder {${placeholder}} without a value in URL pattern ${pattern}, expected one of doi, id, year, volume, issue, seq with a value`);
  }
}

/**
 * Replace `{name}` placeholders. The DOI keeps its `/` (it is a path there, as
 * doi.org writes it); other characters that are not safe in a path are
 * percent-encoded. A placeholder without a value is an error, never an empty string.
 */
export function fillUrlPattern(pattern: string, values: UrlPatternValues): string {
  return pattern.replace(/\{([a-z]+)\}/g, (_, name: string) => {
    const value = (values as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') throw new UrlPatternError(pattern, name);
    const text = String(value);
    return name === 'doi' ? text.split('/').map(encodePathSegment).join('/') : encodePathSegment(text);
  });
}

// encodeURIComponent leaves a few characters that are fine in a path segment
// but also escapes ones that are harmless; keep DOIs readable (`j.2017.3.245`).
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%3A/gi, ':').replace(/%40/g, '@');
}
