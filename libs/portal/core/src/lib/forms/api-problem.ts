import { HttpErrorResponse } from '@angular/common/http';

import type { TranslationKey } from '../i18n/it.dictionary';
import type { TranslationParams } from '../i18n/translation.service';
import type { ErrorSummary, ErrorSummaryItem } from './error-summary.component';

/** What went wrong with an API call: the HTTP status (0: no answer) and the API's messages. */
export interface ApiProblem {
  status: number;
  messages: string[];
}

/** Reads the `{ message: string | string[] }` body every 4xx/5xx answer of the API has. */
export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) return { status: 0, messages: [] };
  const body: unknown = error.error;
  const message = body && typeof body === 'object' && 'message' in body ? body.message : null;
  const messages = Array.isArray(message)
    ? message.filter((m): m is string => typeof m === 'string')
    : typeof message === 'string'
      ? [message]
      : [];
  return { status: error.status, messages };
}

/**
 * The form field an API validation message is about: class-validator messages start with the
 * property name ("email must be a valid e-mail address").
 */
export function problemField<F extends string>(message: string, fields: readonly F[]): F | null {
  const first = message.split(/[\s.:,]/, 1)[0] ?? '';
  return fields.find((field) => field === first) ?? null;
}

const HEADINGS: Readonly<Record<number, TranslationKey>> = {
  400: 'apiError.invalid',
  403: 'apiError.forbidden',
  404: 'apiError.notFound',
  409: 'apiError.conflict',
  413: 'apiError.tooLarge',
  415: 'apiError.unsupportedType',
  429: 'apiError.rateLimited',
};

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/**
 * A generic summary for an action that failed: a heading by status, and the API's messages
 * for 400 and 409 (they say which rule was broken).
 */
export function problemSummary(problem: ApiProblem, t: Translate): ErrorSummary {
  const heading = t(HEADINGS[problem.status] ?? 'apiError.unavailable');
  const items: ErrorSummaryItem[] =
    problem.status === 400 || problem.status === 409
      ? problem.messages.map((detail) => ({ text: t('apiError.reason'), detail }))
      : [];
  return { heading, items };
}
