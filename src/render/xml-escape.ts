// Escaping lives here and only here, so every output escapes the same way.

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF).
const illegalXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(illegalXmlChars, '');
}

// Anything escapeXml changes: most text nodes have none of it, and are returned as they are.
const changedByEscape = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escape text for element content and attribute values (XML and HTML alike). */
export function escapeXml(text: string): string {
  if (!changedByEscape.test(text)) return text;
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (c) => entities[c]);
}

/** HTML flavour: `&apos;` is not an HTML 4 entity, use the numeric form. */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}
