import { createTransport, type SendMailOptions, type SMTPSentMessageInfo, type Transporter } from 'nodemailer';

import type { OutboxMessageEntity } from './outbox-message.entity';

/**
 * Bounded waits, so one stuck server cannot hold a claimed batch for nodemailer's defaults
 * (2 min to connect, 10 min idle socket). They also bound how long one send can outlive its lease.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export type SmtpTransport = Transporter<SMTPSentMessageInfo>;

/** One connection per message (no pool): nothing stays open between batches or at shutdown. */
export function createSmtpTransport(smtpUrl: string): SmtpTransport {
  return createTransport({
    url: smtpUrl,
    ...SMTP_TIMEOUTS,
    // Bodies come from staff and citizens: never let them point nodemailer at files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

export function toSendMailOptions(message: OutboxMessageEntity, from: string): SendMailOptions {
  return {
    from,
    to: message.toAddress,
    cc: message.cc.length > 0 ? message.cc : undefined,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    messageId: message.messageId,
    inReplyTo: message.inReplyTo ?? undefined,
    references: message.references.length > 0 ? message.references : undefined,
  };
}
