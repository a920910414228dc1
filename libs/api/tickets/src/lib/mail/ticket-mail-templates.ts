import { utcToZoned } from '@urp/shared/calendar';
import { TICKET_KIND_LABELS, type TicketKind } from '@urp/shared/domain';

import type { TicketEntity } from '../entities/ticket.entity';

export interface MailText {
  subject: string;
  text: string;
}

export interface MailContext {
  municipalityName: string;
  urpName: string;
  /** Absolute URL of the portal's tracking page (the code is appended as ?code=). */
  trackingUrl: string;
}

/** "la sua segnalazione ... è stata registrata": article and agreement follow the kind's gender. */
const KIND_PHRASES: Record<TicketKind, { noun: string; registered: string }> = {
  inquiry: { noun: 'la sua richiesta di informazioni', registered: 'è stata registrata' },
  complaint: { noun: 'il suo reclamo', registered: 'è stato registrato' },
  report: { noun: 'la sua segnalazione', registered: 'è stata registrata' },
  spid_support: { noun: 'la sua richiesta di supporto SPID', registered: 'è stata registrata' },
  directory_correction: { noun: 'la sua segnalazione sui dati degli uffici', registered: 'è stata registrata' },
  pec_ordinary_sender: { noun: 'il suo messaggio', registered: 'è stato registrato' },
};

const two = (n: number) => String(n).padStart(2, '0');

/** "10/03/2026 alle 09:00", in Europe/Rome. */
function romeTime(date: Date): string {
  const p = utcToZoned(date);
  return `${two(p.day)}/${two(p.month)}/${p.year} alle ${two(p.hour)}:${two(p.minute)}`;
}

function signature(ctx: MailContext): string {
  return `\n\n${ctx.urpName}\n${ctx.municipalityName}`;
}

function trackingLine(ticket: TicketEntity, ctx: MailContext): string {
  const link = `${ctx.trackingUrl}?code=${encodeURIComponent(ticket.code)}`;
  return `Può seguire la pratica su ${link} con il codice ${ticket.code} e questo indirizzo e-mail.`;
}

export function acknowledgementMail(ticket: TicketEntity, dueAt: Date | null, ctx: MailContext): MailText {
  const { noun, registered } = KIND_PHRASES[ticket.kind];
  const due = dueAt ? `\nRiceverà una risposta entro il ${romeTime(dueAt)}.` : '';
  return {
    subject: `[${ticket.code}] Abbiamo ricevuto ${noun}`,
    text:
      `Gentile ${ticket.citizenName ?? 'cittadina, cittadino'},\n\n` +
      `${noun} "${ticket.subject}" ${registered} il ${romeTime(ticket.receivedAt)} con il codice ${ticket.code}.${due}\n` +
      `${trackingLine(ticket, ctx)}\n\n` +
      `We have received your request; its tracking code is ${ticket.code}.` +
      signature(ctx),
  };
}

export function replyMail(ticket: TicketEntity, body: string, ctx: MailContext): MailText {
  return {
    subject: `[${ticket.code}] Risposta alla sua richiesta: ${ticket.subject}`,
    text: `${body}\n\n${trackingLine(ticket, ctx)}${signature(ctx)}`,
  };
}

export function feedbackMail(ticket: TicketEntity, body: string, ctx: MailContext): MailText {
  return {
    subject: `[${ticket.code}] Esito del suo reclamo: ${ticket.subject}`,
    text: `${body}\n\n${trackingLine(ticket, ctx)}${signature(ctx)}`,
  };
}

export function pauseMail(ticket: TicketEntity, reason: string, ctx: MailContext): MailText {
  return {
    subject: `[${ticket.code}] Ci servono alcune informazioni`,
    text:
      `Per proseguire con la pratica ${ticket.code} abbiamo bisogno di: ${reason}\n\n` +
      `Può rispondere a questo messaggio. Nel frattempo il termine di risposta è sospeso.${signature(ctx)}`,
  };
}

export function forwardMail(ticket: TicketEntity, officeName: string, note: string | null, ctx: MailContext): MailText {
  const kind = TICKET_KIND_LABELS[ticket.kind].it;
  return {
    subject: `[${ticket.code}] ${kind} inoltrato dall'URP: ${ticket.subject}`,
    text:
      `Alla c.a. di ${officeName},\n\n` +
      `l'URP vi inoltra per competenza la pratica ${ticket.code} (${kind}, ricevuta il ${romeTime(ticket.receivedAt)}).\n` +
      (note ? `\nNota dell'URP: ${note}\n` : '') +
      `\nOggetto: ${ticket.subject}\n\n${ticket.body}\n\n` +
      `Vi chiediamo di prenderla in carico e di rispondere dall'area ufficio del portale.${signature(ctx)}`,
  };
}

export function reminderMail(ticket: TicketEntity, officeName: string, level: 1 | 2, ctx: MailContext): MailText {
  const what = level === 1 ? 'la presa in carico' : 'la risposta';
  return {
    subject: `[${ticket.code}] Sollecito ${level === 2 ? '(secondo) ' : ''}- ${ticket.subject}`,
    text:
      `Alla c.a. di ${officeName},\n\n` +
      `la pratica ${ticket.code}, inoltrata il ${romeTime(ticket.forwardedAt ?? ticket.receivedAt)}, attende ${what} da parte del vostro ufficio.\n` +
      `Il riscontro al cittadino è dovuto entro il ${ticket.dueAt ? romeTime(ticket.dueAt) : 'termine previsto dalla Carta dei servizi'}.` +
      (level === 2 ? `\n\nQuesto secondo sollecito è inviato per conoscenza anche al responsabile dell'ufficio.` : '') +
      signature(ctx),
  };
}

export function deadlineWarningMail(ticket: TicketEntity, ctx: MailContext): MailText {
  return {
    subject: `[${ticket.code}] Scadenza vicina del riscontro al cittadino`,
    text:
      `Il riscontro per il reclamo ${ticket.code} "${ticket.subject}" scade il ` +
      `${ticket.dueAt ? romeTime(ticket.dueAt) : '?'} e non è ancora stato inviato.${signature(ctx)}`,
  };
}
