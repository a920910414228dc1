import {
  problemField,
  type ApiProblem,
  type ErrorSummary,
  type ErrorSummaryItem,
  type TranslationKey,
  type TranslationParams,
} from '@urp/portal/core';

import { describeTypes, type AttachmentProblem } from './attachment-check';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;
type FormatSize = (bytes: number) => string;

/** Form fields, as the API names them, with their ids on the page and their labels. */
export const FILING_FIELDS = {
  kind: { id: 'filing-kind-0', label: 'filing.kind' },
  subject: { id: 'filing-subject', label: 'filing.subject' },
  body: { id: 'filing-body', label: 'filing.body' },
  name: { id: 'filing-name', label: 'filing.name' },
  email: { id: 'filing-email', label: 'filing.email' },
  phone: { id: 'filing-phone', label: 'filing.phone' },
  attachments: { id: 'filing-attachments', label: 'filing.attachments' },
  privacyConsent: { id: 'filing-privacy', label: 'filing.privacyShort' },
} as const satisfies Record<string, { id: string; label: TranslationKey }>;

export type FilingField = keyof typeof FILING_FIELDS;
const FIELD_NAMES = Object.keys(FILING_FIELDS) as FilingField[];

/** One line per attachment problem, in the page's language. */
export function attachmentProblemText(problem: AttachmentProblem, t: Translate, size: FormatSize): string {
  switch (problem.kind) {
    case 'tooMany':
      return t('filing.attachmentTooMany', { max: problem.max });
    case 'tooLarge':
      return t('filing.attachmentTooLarge', { file: problem.file, max: size(problem.maxBytes) });
    case 'badType':
      return t('filing.attachmentBadType', { file: problem.file, types: describeTypes(problem.types) });
    case 'empty':
      return t('filing.attachmentEmpty', { file: problem.file });
  }
}

/** What to show when POST /api/public/tickets fails. */
export function filingProblemSummary(
  problem: ApiProblem,
  limits: { maxBytes: number; types: readonly string[] },
  t: Translate,
  size: FormatSize,
): ErrorSummary {
  const attachments = FILING_FIELDS.attachments;
  switch (problem.status) {
    case 400:
      return {
        heading: t('filing.error.invalid'),
        items: problem.messages.map((detail): ErrorSummaryItem => {
          const field = problemField(detail, FIELD_NAMES) ?? (/attachment/i.test(detail) ? 'attachments' : null);
          return field
            ? { text: t(FILING_FIELDS[field].label), detail, fieldId: FILING_FIELDS[field].id }
            : { text: t('apiError.reason'), detail };
        }),
      };
    case 413:
      return {
        heading: t('filing.error.notSent'),
        items: [{ text: t('filing.error.tooLarge', { max: size(limits.maxBytes) }), fieldId: attachments.id }],
      };
    case 415:
      return {
        heading: t('filing.error.notSent'),
        items: [{ text: t('filing.error.badType', { types: describeTypes(limits.types) }), fieldId: attachments.id }],
      };
    case 429:
      return { heading: t('filing.error.notSent'), items: [{ text: t('filing.error.rateLimited') }] };
    default:
      return { heading: t('filing.error.notSent'), items: [{ text: t('apiError.unavailable') }] };
  }
}
