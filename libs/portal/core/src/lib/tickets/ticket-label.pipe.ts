import { Pipe, PipeTransform, inject } from '@angular/core';
import {
  CLOSE_REASON_LABELS,
  TICKET_CHANNEL_LABELS,
  TICKET_EVENT_LABELS,
  TICKET_KIND_LABELS,
  TICKET_PRIORITY_LABELS,
  TICKET_STATUS_LABELS,
} from '@urp/shared/domain';

import type { Language } from '../i18n/language';
import { TranslationService } from '../i18n/translation.service';

const VOCABULARIES = {
  kind: TICKET_KIND_LABELS,
  channel: TICKET_CHANNEL_LABELS,
  status: TICKET_STATUS_LABELS,
  priority: TICKET_PRIORITY_LABELS,
  closeReason: CLOSE_REASON_LABELS,
  event: TICKET_EVENT_LABELS,
} as const;

export type TicketVocabulary = keyof typeof VOCABULARIES;

/** The label of a ticket vocabulary value in `language`; the raw value if the vocabulary does not know it. */
export function ticketLabel(value: string, vocabulary: TicketVocabulary, language: Language): string {
  const labels = VOCABULARIES[vocabulary] as Readonly<Record<string, Readonly<Record<Language, string>>>>;
  return labels[value]?.[language] ?? value;
}

/** `{{ ticket.kind | ticketLabel: 'kind' }}`: the shared Italian/English labels of @urp/shared/domain. */
@Pipe({ name: 'ticketLabel', pure: false })
export class TicketLabelPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(value: string | null | undefined, vocabulary: TicketVocabulary): string {
    return value ? ticketLabel(value, vocabulary, this.i18n.language()) : '';
  }
}
