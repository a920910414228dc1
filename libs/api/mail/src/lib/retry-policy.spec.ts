import { classifySmtpError, decideAfterFailure, RETRY_MAX_MS, retryDelayMs } from './retry-policy';

describe('retryDelayMs', () => {
  it('starts at 30 seconds and doubles', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('is capped at one hour, however many attempts', () => {
    expect(retryDelayMs(8)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(100)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(10_000)).toBe(RETRY_MAX_MS);
  });

  it('treats zero attempts like the first', () => {
    expect(retryDelayMs(0)).toBe(30_000);
  });
});

describe('classifySmtpError', () => {
  const smtpError = (responseCode: number, response: string, code = 'EMESSAGE') =>
    Object.assign(new Error(`Message failed: ${response}`), { responseCode, response, code });

  it('gives up on 5xx replies', () => {
    const failure = classifySmtpError(smtpError(550, '550 5.1.1 Mailbox unavailable'));
    expect(failure).toEqual({ permanent: true, reason: 'EMESSAGE 550: 550 5.1.1 Mailbox unavailable' });
  });

  it('retries 4xx replies', () => {
    expect(classifySmtpError(smtpError(451, '451 4.3.0 Try again later')).permanent).toBe(false);
    expect(classifySmtpError(smtpError(421, '421 Service not available')).permanent).toBe(false);
  });

  it('retries 503 and authentication failures: the message itself is not at fault', () => {
    expect(classifySmtpError(smtpError(503, '503 Bad sequence of commands')).permanent).toBe(false);
    expect(classifySmtpError(smtpError(535, '535 Authentication failed', 'EAUTH')).permanent).toBe(false);
  });

  it('retries errors without an SMTP reply', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' });
    expect(classifySmtpError(refused)).toEqual({
      permanent: false,
      reason: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25',
    });
    expect(classifySmtpError('boom')).toEqual({ permanent: false, reason: 'boom' });
    expect(classifySmtpError(undefined).permanent).toBe(false);
  });

  it('keeps the reason on one bounded line', () => {
    const failure = classifySmtpError(smtpError(451, `451 busy\r\n${'x'.repeat(5000)}`));
    expect(failure.reason).not.toMatch(/[\r\n]/);
    expect(failure.reason.length).toBe(1000);
  });
});

describe('decideAfterFailure', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  const transient = { permanent: false, reason: '451' };

  it('schedules a retry with backoff', () => {
    expect(decideAfterFailure(transient, 1, 8, now)).toEqual({
      status: 'pending',
      nextAttemptAt: new Date('2026-03-02T09:00:30Z'),
    });
    expect(decideAfterFailure(transient, 3, 8, now)).toEqual({
      status: 'pending',
      nextAttemptAt: new Date('2026-03-02T09:02:00Z'),
    });
  });

  it('fails after the last allowed attempt', () => {
    expect(decideAfterFailure(transient, 8, 8, now)).toEqual({ status: 'failed' });
  });

  it('fails a permanent rejection at once', () => {
    expect(decideAfterFailure({ permanent: true, reason: '550' }, 1, 8, now)).toEqual({ status: 'failed' });
  });
});
