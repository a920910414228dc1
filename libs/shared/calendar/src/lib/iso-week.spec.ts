import { isoWeek, isoWeekDays, isoWeeksInYear, isoWeekStart } from './iso-week';

describe('ISO weeks', () => {
  it('counts 53 weeks in 2020 and 2026, 52 in 2021 and 2025', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
    // Leap year starting on Wednesday.
    expect(isoWeeksInYear(1992)).toBe(53);
    // Common year starting on Wednesday.
    expect(isoWeeksInYear(2025)).toBe(52);
  });

  it('puts early-January days in the previous ISO year', () => {
    expect(isoWeek('2021-01-03')).toEqual({ isoYear: 2020, week: 53 });
    expect(isoWeek('2021-01-04')).toEqual({ isoYear: 2021, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ isoYear: 2026, week: 53 });
  });

  it('puts late-December days in the next ISO year when their Thursday is there', () => {
    expect(isoWeek('2024-12-30')).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeek('2019-12-30')).toEqual({ isoYear: 2020, week: 1 });
    expect(isoWeek('2026-12-31')).toEqual({ isoYear: 2026, week: 53 });
    expect(isoWeek('2025-12-31')).toEqual({ isoYear: 2026, week: 1 });
  });

  it('lists Monday to Sunday of a week, across year ends', () => {
    expect(isoWeekDays(2020, 53)).toEqual([
      '2020-12-28',
      '2020-12-29',
      '2020-12-30',
      '2020-12-31',
      '2021-01-01',
      '2021-01-02',
      '2021-01-03',
    ]);
    expect(isoWeekDays(2020, 1)[0]).toBe('2019-12-30');
    expect(isoWeekStart(2026, 1)).toBe('2025-12-29');
    // Easter Sunday closes week 14, Easter Monday opens week 15.
    expect(isoWeekDays(2026, 14)[6]).toBe('2026-04-05');
    expect(isoWeekDays(2026, 15)[0]).toBe('2026-04-06');
  });

  it('round-trips every day of several years through isoWeek and isoWeekDays', () => {
    for (const isoYear of [2019, 2020, 2021, 2024, 2026]) {
      const days = Array.from({ length: isoWeeksInYear(isoYear) }, (_, i) =>
        isoWeekDays(isoYear, i + 1),
      ).flat();
      expect(days).toHaveLength(isoWeeksInYear(isoYear) * 7);
      expect(new Set(days).size).toBe(days.length);
      days.forEach((day, index) => {
        expect(isoWeek(day)).toEqual({
          isoYear,
          week: Math.floor(index / 7) + 1,
        });
      });
    }
  });

  it('rejects weeks the year does not have', () => {
    expect(() => isoWeekDays(2021, 53)).toThrow(RangeError);
    expect(() => isoWeekDays(2020, 0)).toThrow(RangeError);
  });
});
