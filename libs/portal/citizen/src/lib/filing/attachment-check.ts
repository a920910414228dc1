import type { IntakeSettings } from '@urp/shared/contracts';

export type AttachmentProblem =
  | { kind: 'tooMany'; max: number }
  | { kind: 'tooLarge'; file: string; maxBytes: number }
  | { kind: 'badType'; file: string; types: readonly string[] }
  | { kind: 'empty'; file: string };

/** MIME types the browser may report for an extension, when it reports none (`file.type === ''`). */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function typeOf(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? '';
}

/**
 * Checks the chosen files against the limits of GET /api/public/intake-settings, to tell the
 * citizen before sending. The API checks again (and looks at the content, not just the type).
 */
export function checkAttachments(
  files: ReadonlyArray<Pick<File, 'name' | 'size' | 'type'>>,
  settings: Pick<IntakeSettings, 'attachmentMaxBytes' | 'attachmentMaxCount' | 'attachmentTypes'>,
): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > settings.attachmentMaxCount) problems.push({ kind: 'tooMany', max: settings.attachmentMaxCount });
  for (const file of files) {
    if (file.size === 0) problems.push({ kind: 'empty', file: file.name });
    else if (file.size > settings.attachmentMaxBytes) {
      problems.push({ kind: 'tooLarge', file: file.name, maxBytes: settings.attachmentMaxBytes });
    }
    if (!settings.attachmentTypes.includes(typeOf(file))) {
      problems.push({ kind: 'badType', file: file.name, types: settings.attachmentTypes });
    }
  }
  return problems;
}

const SHORT_TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** "PDF, JPEG, PNG" for the hint and the messages. */
export function describeTypes(types: readonly string[]): string {
  return types.map((type) => SHORT_TYPE_NAMES[type] ?? type).join(', ');
}
