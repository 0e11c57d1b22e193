/** `default-locale` of a CSL style's root element, when it names one. */
export function styleDefaultLocale(xml: string): string | undefined {
  return /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml)?.[1];
}
