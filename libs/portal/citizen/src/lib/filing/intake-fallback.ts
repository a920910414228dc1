import { DEFAULT_ATTACHMENT_TYPES, TICKET_LIMITS, type IntakeSettings } from '@urp/shared/contracts';

/** Used only if GET /api/public/intake-settings fails: the contract's defaults. The API decides anyway. */
export const FALLBACK_INTAKE_SETTINGS: IntakeSettings = {
  attachmentMaxBytes: TICKET_LIMITS.attachmentMaxBytes,
  attachmentMaxCount: TICKET_LIMITS.attachmentMaxCount,
  attachmentTypes: [...DEFAULT_ATTACHMENT_TYPES],
  kinds: ['inquiry', 'complaint', 'report', 'spid_support', 'directory_correction'],
};
