import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as api from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('public API', () => {
  it('exports the calendar building blocks', () => {
    expect(Object.keys(api).sort()).toEqual(
      expect.arrayContaining([
        'BusinessCalendar',
        'addCalendarDaysLocal',
        'easterSunday',
        'italianHolidays',
        'isoWeek',
        'isoWeekDays',
        'isoWeeksInYear',
        'utcToZoned',
        'zonedToUtc',
      ]),
    );
  });

  it('imports nothing but its own files, so browser and server can share it', () => {
    for (const file of sourceFiles(__dirname)) {
      const specifiers = [
        ...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g),
      ].map((m) => m[1]);
      expect(
        specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../')),
      ).toEqual([]);
    }
  });
});
