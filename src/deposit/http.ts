// One HTTP exchange with Crossref, tried again with exponential backoff and
// jitter on a temporary failure: 5xx, 429 (honouring Retry-After), 408, a
// time-out or a dropped connection. Sleep and randomness are injected so tests
// run without waiting and get the same delays every time. Redirects are never
// followed: a 3xx is the last reply, so the body (and the password in it) is
// sent to the configured URL only.

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
  /** No reply, but the request may have reached the server (a time-out, a dropped connection). */
  mayHaveArrived?: boolean;
  /** Where a 3xx reply pointed (not followed). */
  redirectTo?: string;
}

export interface Exchange {
  /** The last reply, if any attempt got one. */
  reply?: { status: number; body: string; location?: string };
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

/** Failures that happen before anything is sent: the server cannot have the request. */
const neverSent = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}

function describeError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no reply within ${Math.round(timeoutMs / 1000) || timeoutMs / 1000} s`;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}

/**
 * POST (or any request) built fresh for every attempt — a multipart body is a
 * stream and cannot be sent twice; the builder also sees the attempt before
 * (a deposit renames its file after one that may have arrived). Stops at the
 * first non-temporary reply.
 */
export async function exchangeWithRetry(
  url: string,
  request: (attempt: number, previous: Attempt | undefined) => RequestInit | Promise<RequestInit>,
  policy: RetryPolicy,
): Promise<Exchange> {
  const attempts: Attempt[] = [];
  let reply: Exchange['reply'];
  for (let number = 1; number <= policy.retries + 1; number++) {
    const attempt: Attempt = { number };
    attempts.push(attempt);
    let retryAfter: number | undefined;
    // Outside the try: a failure to build the request is not a network failure.
    const init = await request(number, attempts[attempts.length - 2]);
    try {
      const response = await policy.fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(policy.timeoutMs) });
      const body = await response.text();
      reply = { status: response.status, body };
      attempt.status = response.status;
      if (response.status >= 300 && response.status < 400) {
        reply.location = attempt.redirectTo = response.headers.get('location') ?? undefined;
        break;
      }
      if (!retryableStatus(response.status)) break;
      retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
    } catch (error) {
      attempt.error = describeError(error, policy.timeoutMs);
      attempt.mayHaveArrived = !neverSent.has(errorCode(error) ?? '');
      reply = undefined;
    }
    if (number > policy.retries) break;
    const wait = retryAfter !== undefined ? Math.min(retryAfter, policy.maxRetryAfterMs) : backoffMs(number, policy);
    attempt.retryInMs = wait;
    await policy.sleep(wait);
  }
  return { reply, attempts };
}
