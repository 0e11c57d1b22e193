// One HTTP exchange with Crossref, tried again with exponential backoff and
// jitter on a temporary failure: 5xx, 429 (honouring Retry-After), 408, a
// time-out or a dropped connection. Sleep and randomness are injected so tests
// run without waiting and get the same delays every time.

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** Time limit of one attempt. */
  timeoutMs: number;
  /** First backoff step; doubles with every attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it (Crossref asks for seconds, not hours). */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  fetch: typeof fetch;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 4,
  timeoutMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  fetch: (...args) => fetch(...args),
};

export interface Attempt {
  number: number;
  /** HTTP status, when a reply came. */
  status?: number;
  /** What went wrong without a reply (time-out, connection). */
  error?: string;
  /** Wait before the next attempt, when there is one. */
  retryInMs?: number;
}

export interface Exchange {
  /** The last reply, if any attempt got one. */
  reply?: { status: number; body: string };
  attempts: Attempt[];
}

const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + policy.random() * (step / 2));
}

function describeError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no reply within ${Math.round(timeoutMs / 1000) || timeoutMs / 1000} s`;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}

/**
 * POST (or any request) built fresh for every attempt — a multipart body is a
 * stream and cannot be sent twice. Stops at the first non-temporary reply.
 */
export async function exchangeWithRetry(url: string, request: () => RequestInit, policy: RetryPolicy): Promise<Exchange> {
  const attempts: Attempt[] = [];
  let reply: Exchange['reply'];
  for (let number = 1; number <= policy.retries + 1; number++) {
    const attempt: Attempt = { number };
    attempts.push(attempt);
    let retryAfter: number | undefined;
    try {
      const response = await policy.fetch(url, { ...request(), signal: AbortSignal.timeout(policy.timeoutMs) });
      const body = await response.text();
      reply = { status: response.status, body };
      attempt.status = response.status;
      if (!retryableStatus(response.status)) break;
      retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
    } catch (error) {
      attempt.error = describeError(error, policy.timeoutMs);
      reply = undefined;
    }
    if (number > policy.retries) break;
    const wait = retryAfter !== undefined ? Math.min(retryAfter, policy.maxRetryAfterMs) : backoffMs(number, policy);
    attempt.retryInMs = wait;
    await policy.sleep(wait);
  }
  return { reply, attempts };
}
