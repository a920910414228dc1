import { BadRequestException } from '@nestjs/common';

/** An e-mail as the domain libraries describe it; OutboxService.enqueue stores it for sending. */
export interface OutgoingMail {
  to: string;
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  ticketId?: string | null;
  /** Why the mail exists: 'acknowledgement', 'reply', 'forward', 'reminder', ... */
  kind: string;
  /** Message-ID (with angle brackets) this mail answers. */
  inReplyTo?: string;
  /** Message-IDs of the thread, oldest first. */
  references?: string[];
}

/** Thrown by enqueue; a 400 when it reaches HTTP, and the caller's transaction rolls back. */
export class InvalidOutgoingMailError extends BadRequestException {
  constructor(readonly problems: string[]) {
    super(`Invalid outgoing e-mail: ${problems.join('; ')}`);
  }
}

export const MAX_RECIPIENTS = 50;
const SUBJECT_MAX_LENGTH = 998;
// Bare addresses only: no display names, lists or characters that mean something in a header.
const ADDRESS = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\.]+(\.[^\s@<>()[\],;:"\\.]+)+$/;
const MESSAGE_ID = /^<[^\s<>@]+@[^\s<>@]+>$/;
const KIND = /^[a-z][a-z0-9_-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isMailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && ADDRESS.test(value);
}

/** An OutgoingMail checked and with its optional parts filled in, as stored. */
export interface NormalisedMail {
  to: string;
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  ticketId: string | null;
  kind: string;
  inReplyTo: string | null;
  references: string[];
}

/** The mail as it will be stored, or every problem with it at once. */
export function normaliseOutgoingMail(mail: OutgoingMail): NormalisedMail {
  const problems: string[] = [];
  const to = typeof mail.to === 'string' ? mail.to.trim() : mail.to;
  if (!isMailAddress(to)) problems.push(`to: ${JSON.stringify(mail.to)} is not an e-mail address`);
  const cc = (mail.cc ?? []).map((address) => (typeof address === 'string' ? address.trim() : address));
  cc.forEach((address, i) => {
    if (!isMailAddress(address)) problems.push(`cc[${i}]: ${JSON.stringify(address)} is not an e-mail address`);
  });
  if (cc.length + 1 > MAX_RECIPIENTS) problems.push(`at most ${MAX_RECIPIENTS} recipients (got ${cc.length + 1})`);
  // Line breaks cannot live in a header; folding them to spaces keeps a pasted subject readable.
  const subject = typeof mail.subject === 'string' ? mail.subject.replace(/[\r\n]+/g, ' ').trim() : '';
  if (subject.length === 0) problems.push('subject must not be empty');
  if (subject.length > SUBJECT_MAX_LENGTH) problems.push(`subject is longer than ${SUBJECT_MAX_LENGTH} characters`);
  if (typeof mail.text !== 'string' || mail.text.trim().length === 0) problems.push('text must not be empty');
  if (mail.html !== undefined && typeof mail.html !== 'string') problems.push('html must be a string');
  if (typeof mail.kind !== 'string' || !KIND.test(mail.kind)) {
    problems.push(`kind: ${JSON.stringify(mail.kind)} must be lower-case letters, digits, "-" or "_"`);
  }
  const ticketId = mail.ticketId ?? null;
  if (ticketId !== null && (typeof ticketId !== 'string' || !UUID.test(ticketId))) {
    problems.push(`ticketId: ${JSON.stringify(ticketId)} is not a uuid`);
  }
  if (mail.inReplyTo !== undefined && !MESSAGE_ID.test(mail.inReplyTo)) {
    problems.push(`inReplyTo: ${JSON.stringify(mail.inReplyTo)} is not a Message-ID like <id@domain>`);
  }
  const references = mail.references ?? [];
  references.forEach((id, i) => {
    if (typeof id !== 'string' || !MESSAGE_ID.test(id)) {
      problems.push(`references[${i}]: ${JSON.stringify(id)} is not a Message-ID like <id@domain>`);
    }
  });
  if (problems.length > 0) throw new InvalidOutgoingMailError(problems);
  return {
    to: to as string,
    cc: cc as string[],
    subject,
    text: mail.text,
    html: mail.html ?? null,
    ticketId,
    kind: mail.kind,
    inReplyTo: mail.inReplyTo ?? null,
    references,
  };
}
