import {
  problemField,
  type ApiProblem,
  type ErrorSummary,
  type TranslationKey,
  type TranslationParams,
} from '@urp/portal/core';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

export const TRACKING_FIELDS = {
  code: { id: 'tracking-code', label: 'tracking.code' },
  email: { id: 'tracking-email', label: 'tracking.email' },
  pin: { id: 'tracking-pin', label: 'tracking.pin' },
} as const satisfies Record<string, { id: string; label: TranslationKey }>;

type TrackingField = keyof typeof TRACKING_FIELDS;
const FIELD_NAMES = Object.keys(TRACKING_FIELDS) as TrackingField[];

/** What to show when POST /api/public/tracking fails. 404 says the same for an unknown code and a wrong e-mail or PIN. */
export function trackingProblemSummary(problem: ApiProblem, t: Translate): ErrorSummary {
  switch (problem.status) {
    case 404:
      return { heading: t('tracking.notFound'), items: [] };
    case 400:
      return {
        heading: t('form.checkHeading'),
        items: problem.messages.map((detail) => {
          const field = problemField(detail, FIELD_NAMES);
          return field
            ? { text: t(TRACKING_FIELDS[field].label), detail, fieldId: TRACKING_FIELDS[field].id }
            : { text: t('apiError.reason'), detail };
        }),
      };
    case 429:
      return { heading: t('tracking.rateLimited'), items: [] };
    default:
      return { heading: t('apiError.unavailable'), items: [] };
  }
}
