import { formatFileSize, formatRomeTime } from './rome-time';

describe('formatRomeTime', () => {
  it('shows the Rome date and time, not the UTC one', () => {
    // 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Rome (summer time, UTC+2).
    const text = formatRomeTime('2026-03-31T23:30:00Z', 'it');
    expect(text).toContain('1 aprile 2026');
    expect(text).toContain('01:30');
  });

  it('uses winter time before the DST change', () => {
    expect(formatRomeTime('2026-01-15T09:00:00Z', 'it')).toContain('10:00');
  });

  it('can show only the date, in English too', () => {
    expect(formatRomeTime('2026-04-01T10:00:00Z', 'en', 'date')).toBe('1 April 2026');
  });

  it('gives nothing for an invalid date', () => {
    expect(formatRomeTime('not a date', 'it')).toBe('');
  });
});

describe('formatFileSize', () => {
  it.each([
    [512, 'it', '512 B'],
    [5 * 1024 * 1024, 'it', '5 MB'],
    [1536 * 1024, 'en', '1.5 MB'],
    [20 * 1024, 'it', '20 kB'],
  ] as const)('%d bytes in %s is %s', (bytes, language, text) => {
    expect(formatFileSize(bytes, language)).toBe(text);
  });
});
