import type { TicketDetail } from '@urp/shared/contracts';

import type { TicketActionType } from '../services/operator-api.service';

/** The action forms to offer for the ticket's state; the API still has the last word (409). */
export function availableActions(ticket: Pick<TicketDetail, 'status' | 'kind' | 'paused'>): TicketActionType[] {
  if (ticket.status === 'closed') return ['reopen', 'note'];
  return [
    ...(ticket.kind === 'complaint' ? (['feedback'] as const) : []),
    'reply',
    'note',
    'forward',
    'assign',
    'priority',
    ticket.paused ? 'resume' : 'pause',
    'close',
  ];
}
