import type { Language } from '../i18n/language';

/** Business rules and every date shown to people are in the municipality's time zone. */
export const ROME_TIME_ZONE = 'Europe/Rome';

const LOCALES: Readonly<Record<Language, string>> = { it: 'it-IT', en: 'en-GB' };

export type RomeTimeStyle = 'dateTime' | 'date';

/** "15 marzo 2026, 10:30" in Rome time, whatever the visitor's own time zone. Empty for an invalid date. */
export function formatRomeTime(value: string | Date, language: Language, style: RomeTimeStyle = 'dateTime'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: ROME_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: style === 'dateTime' ? 'short' : undefined,
  }).format(date);
}

/** "1,5 MB", "320 kB": sizes of attachments and limits. */
export function formatFileSize(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}
