// Values written into the print CSS (running heads, font names). CSS has its
// own escaping: inside <style> the HTML parser decodes nothing, so `</style>`
// must never appear and quotes/backslashes/newlines are CSS-escaped.
import { stripIllegalXmlChars } from '../xml-escape.js';

/** A double-quoted CSS string literal holding `text` exactly. */
export function cssString(text: string): string {
  const escaped = stripIllegalXmlChars(text).replace(/[\\"<>\n\r\f]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
