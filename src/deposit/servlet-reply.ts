// What the deposit servlet said. It answers HTTP 200 with an HTML page for
// success and for many failures alike, so the body decides, not the status.

export type DepositReplyOutcome =
  /** Crossref queued the file; its result comes later (`galley deposit status`). */
  | 'accepted'
  /** Crossref refused the file; sending it again will not help. */
  | 'rejected'
  /** The login or password was not accepted. */
  | 'unauthorized'
  /** A temporary condition (5xx, 408): worth another attempt; the file may have arrived. */
  | 'retry'
  /** Turned away unread (429, "queue full"): Crossref does not have the file; send it again later. */
  | 'refused'
  /** A 3xx: the servlet pointed elsewhere; the file was not sent there. */
  | 'redirected';

export interface DepositReply {
  outcome: DepositReplyOutcome;
  /** Crossref's own words, as plain text. */
  message: string;
}

/** Visible text of an HTML fragment, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const shorten = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Crossref's words for a full submission queue (its servlet and its load balancer). */
const queueFull = /\bqueue (?:is )?full\b|\btoo many (?:requests|submissions|pending)\b/i;

/**
 * The verdict comes from the reply as the servlet wrote it; the message shown
 * is redacted (in the raw body and in its text, before it is cut short).
 */
export function parseDepositReply(status: number, body: string, location?: string, redact: (text: string) => string = (t) => t): DepositReply {
  const raw = htmlText(body);
  const text = redact(htmlText(redact(body)));
  const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/i.exec(body)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1] ?? '';
  const verdict = htmlText(heading).toUpperCase();
  const message = shorten(text || `HTTP ${status} with an empty body`);
  if (status >= 300 && status < 400)
    return {
      outcome: 'redirected',
      message: `Unexpected redirect (HTTP ${status}) to ${location ?? 'no location'}, expected Crossref's reply from the endpoint itself; the file was not sent there (check the endpoint)`,
    };
  if (status === 401 || status === 403) return { outcome: 'unauthorized', message };
  if (status === 429 || queueFull.test(raw)) return { outcome: 'refused', message: `Crossref refused the file unread (HTTP ${status}): ${message}` };
  if (status === 408 || status >= 500) return { outcome: 'retry', message };
  if (status !== 200) return { outcome: 'rejected', message: `HTTP ${status}: ${message}` };
  if (verdict.includes('FAILURE') || /\bFAILURE\b/.test(raw)) {
    // The servlet reports a bad login as a 200 FAILURE page.
    const unauthorized = /(login|password|authori[sz]|authenticat|credential)/i.test(raw);
    return { outcome: unauthorized ? 'unauthorized' : 'rejected', message };
  }
  if (verdict.includes('SUCCESS') || /\bSUCCESS\b/.test(raw)) return { outcome: 'accepted', message };
  return { outcome: 'rejected', message: `Unexpected reply without SUCCESS or FAILURE, expected Crossref's deposit page: ${message}` };
}
