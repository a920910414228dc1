import type { CloseReason, TicketChannel, TicketEventType, TicketKind, TicketPriority, TicketStatus } from './ticket';

export type Language = 'it' | 'en';
type Labels<K extends string> = Record<K, Record<Language, string>>;

export const TICKET_KIND_LABELS: Labels<TicketKind> = {
  inquiry: { it: 'Richiesta di informazioni', en: 'Inquiry' },
  complaint: { it: 'Reclamo', en: 'Complaint' },
  report: { it: 'Segnalazione', en: 'Report' },
  spid_support: { it: 'Supporto SPID', en: 'SPID support' },
  directory_correction: { it: 'Correzione dati uffici', en: 'Office directory correction' },
  pec_ordinary_sender: { it: 'PEC da casella ordinaria', en: 'PEC from ordinary sender' },
};

export const TICKET_CHANNEL_LABELS: Labels<TicketChannel> = {
  web: { it: 'Portale', en: 'Web' },
  email: { it: 'E-mail', en: 'E-mail' },
  pec: { it: 'PEC', en: 'PEC' },
  phone: { it: 'Telefono', en: 'Phone' },
  counter: { it: 'Sportello', en: 'Counter' },
  post: { it: 'Posta', en: 'Post' },
};

export const TICKET_STATUS_LABELS: Labels<TicketStatus> = {
  new: { it: 'Nuova', en: 'New' },
  open: { it: 'In lavorazione', en: 'Open' },
  forwarded: { it: "Inoltrata all'ufficio competente", en: 'Forwarded to the competent office' },
  in_charge: { it: "Presa in carico dall'ufficio", en: 'Taken in charge by the office' },
  office_answered: { it: "Risposta dell'ufficio ricevuta", en: 'Office answered' },
  waiting_citizen: { it: 'In attesa di sue informazioni', en: 'Waiting for your information' },
  closed: { it: 'Chiusa', en: 'Closed' },
};

export const TICKET_PRIORITY_LABELS: Labels<TicketPriority> = {
  low: { it: 'Bassa', en: 'Low' },
  normal: { it: 'Normale', en: 'Normal' },
  high: { it: 'Alta', en: 'High' },
  urgent: { it: 'Urgente', en: 'Urgent' },
};

export const CLOSE_REASON_LABELS: Labels<CloseReason> = {
  resolved: { it: 'Risolta', en: 'Resolved' },
  no_reply_needed: { it: 'Nessuna risposta necessaria', en: 'No reply needed' },
  duplicate: { it: 'Duplicata', en: 'Duplicate' },
  withdrawn: { it: 'Ritirata dal cittadino', en: 'Withdrawn' },
  not_processable: { it: 'Non processabile (anonima o offensiva)', en: 'Not processable' },
};

export const TICKET_EVENT_LABELS: Labels<TicketEventType> = {
  received: { it: 'Pratica ricevuta', en: 'Received' },
  acknowledged: { it: 'Conferma di ricezione inviata', en: 'Acknowledgement sent' },
  assigned: { it: 'Assegnata', en: 'Assigned' },
  forwarded: { it: "Inoltrata all'ufficio competente", en: 'Forwarded to the competent office' },
  taken_in_charge: { it: "Presa in carico dall'ufficio", en: 'Taken in charge by the office' },
  office_answered: { it: "L'ufficio ha risposto all'URP", en: 'The office answered the URP' },
  reminder_sent: { it: "Sollecito inviato all'ufficio", en: 'Reminder sent to the office' },
  deadline_warning: { it: 'Avviso di scadenza', en: 'Deadline warning' },
  replied: { it: 'Risposta inviata', en: 'Reply sent' },
  feedback_sent: { it: 'Riscontro inviato', en: 'Feedback sent' },
  paused: { it: 'In attesa di sue informazioni', en: 'Waiting for your information' },
  resumed: { it: 'Lavorazione ripresa', en: 'Work resumed' },
  status_changed: { it: 'Stato modificato', en: 'Status changed' },
  priority_changed: { it: 'Priorità modificata', en: 'Priority changed' },
  closed: { it: 'Pratica chiusa', en: 'Closed' },
  reopened: { it: 'Pratica riaperta', en: 'Reopened' },
  note: { it: 'Nota interna', en: 'Internal note' },
};
