import { InjectionToken } from '@angular/core';

/** The current time; tests provide a fixed one. */
export const NOW = new InjectionToken<() => Date>('NOW', { providedIn: 'root', factory: () => () => new Date() });
