/** First retry after 30 s, then doubling: 1 min, 2 min, ... */
export const RETRY_BASE_MS = 30_000;
/** A message waiting longer than this between attempts would rather be looked at by a person. */
export const RETRY_MAX_MS = 60 * 60 * 1000;

/** Wait before the next attempt, after `attemptsMade` attempts (1 or more) have failed. */
export function retryDelayMs(attemptsMade: number): number {
  const exponent = Math.max(0, attemptsMade - 1);
  // Capped before multiplying too: 2^exponent overflows to Infinity long before attempts run out.
  return exponent >= 20 ? RETRY_MAX_MS : Math.min(RETRY_BASE_MS * 2 ** exponent, RETRY_MAX_MS);
}

export interface SendFailure {
  /** The server refused this message for good: retrying would get the same answer. */
  permanent: boolean;
  /** What operators read in the outbox: the SMTP reply when there is one. */
  reason: string;
}

const REASON_MAX_LENGTH = 1000;

/**
 * Sorts a nodemailer error into retry-later or give-up. 5xx replies are permanent (RFC 5321),
 * except 503 (bad command sequence: a session problem, not a verdict on the message) and
 * authentication failures, which are a configuration problem: every message would fail alike,
 * and they should go out once an administrator fixes the credentials. Anything without an SMTP
 * reply (refused connection, timeout, DNS) is transient.
 */
export function classifySmtpError(error: unknown): SendFailure {
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    responseCode?: unknown;
    code?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : null;
  const code = typeof details.code === 'string' ? details.code : null;
  const isAuthProblem = code === 'EAUTH' || code === 'ENOAUTH';
  const permanent =
    responseCode !== null && responseCode >= 500 && responseCode < 600 && responseCode !== 503 && !isAuthProblem;
  const text =
    typeof details.response === 'string' && details.response.length > 0
      ? details.response
      : typeof details.message === 'string'
        ? details.message
        : String(error);
  const prefix = [code, responseCode].filter((part) => part !== null).join(' ');
  const reason = (prefix ? `${prefix}: ${text}` : text).replace(/\s+/g, ' ').trim();
  return { permanent, reason: reason.slice(0, REASON_MAX_LENGTH) };
}

export type RetryDecision = { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date };

/** What to do with a message whose attempt number `attemptsMade` just failed. */
export function decideAfterFailure(
  failure: SendFailure,
  attemptsMade: number,
  maxAttempts: number,
  now: Date,
): RetryDecision {
  if (failure.permanent || attemptsMade >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attemptsMade)) };
}
