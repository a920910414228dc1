import {
  addDaysToLocalDate,
  civilToEpochMillis,
  isLocalDate,
  isoWeekdayOfLocalDate,
  parseLocalDate,
} from './local-date';

describe('local dates', () => {
  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => parseLocalDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-4-1')).toThrow(RangeError);
    expect(parseLocalDate('2024-02-29')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(isLocalDate('2100-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDaysToLocalDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToLocalDate('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysToLocalDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToLocalDate('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDaysToLocalDate('2026-03-10', 30)).toBe('2026-04-09');
  });

  it('knows the ISO weekday (1 = Monday, 7 = Sunday)', () => {
    expect(isoWeekdayOfLocalDate('2026-03-29')).toBe(7);
    expect(isoWeekdayOfLocalDate('2026-04-24')).toBe(5);
    expect(isoWeekdayOfLocalDate('2026-01-01')).toBe(4);
    expect(isoWeekdayOfLocalDate('1970-01-01')).toBe(4);
    expect(isoWeekdayOfLocalDate('1969-12-29')).toBe(1);
  });

  it('does not map two-digit years to the 1900s', () => {
    expect(new Date(civilToEpochMillis(50, 1, 1)).getUTCFullYear()).toBe(50);
  });
});
