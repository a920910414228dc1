export function sharedCalendar(): string {
  return 'shared-calendar';
}
