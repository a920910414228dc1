import { ConflictException, Injectable } from '@nestjs/common';

import type { OfficeAnswerRequest, TakeInChargeRequest } from '@urp/shared/contracts';

import type { TicketEntity } from '../entities/ticket.entity';
import { assertIsReferentOf, type StaffLike } from './ticket-access';
import { appendTicketEvent } from './ticket-events';
import { type TicketChange, TicketWorkspace } from './ticket-workspace.service';

/** The competent office's side of a forwarded ticket: presa in carico, then its answer to the URP. */
@Injectable()
export class OfficeWorkflowService {
  constructor(private readonly workspace: TicketWorkspace) {}

  takeInCharge(id: string, staff: StaffLike, input: TakeInChargeRequest): Promise<void> {
    return this.asReferent(id, staff, async (change) => {
      if (change.ticket.status !== 'forwarded') {
        throw new ConflictException(`Ticket ${change.ticket.code} is not waiting to be taken in charge`);
      }
      await this.markTakenInCharge(change, staff, input.note ?? null);
    });
  }

  answer(id: string, staff: StaffLike, input: OfficeAnswerRequest): Promise<void> {
    return this.asReferent(id, staff, async (change) => {
      const { manager, ticket, now } = change;
      if (ticket.status !== 'forwarded' && ticket.status !== 'in_charge') {
        throw new ConflictException(`Ticket ${ticket.code} is not waiting for the office's answer`);
      }
      // Answering implies taking in charge: record it, so the history has no hole.
      if (ticket.status === 'forwarded') await this.markTakenInCharge(change, staff, null);
      ticket.status = 'office_answered';
      await appendTicketEvent(manager, {
        ticketId: ticket.id,
        type: 'office_answered',
        at: now,
        actorKind: 'staff',
        actorId: staff.id,
        officeId: ticket.officeId,
        message: input.body,
      });
    });
  }

  private async markTakenInCharge({ manager, ticket, now }: TicketChange, staff: StaffLike, note: string | null) {
    ticket.status = 'in_charge';
    await appendTicketEvent(manager, {
      ticketId: ticket.id,
      type: 'taken_in_charge',
      at: now,
      actorKind: 'staff',
      actorId: staff.id,
      officeId: ticket.officeId,
      data: { note },
    });
  }

  private asReferent(id: string, staff: StaffLike, work: (change: TicketChange) => Promise<void>): Promise<void> {
    return this.workspace.change(id, (ticket: TicketEntity) => assertIsReferentOf(staff, ticket), work);
  }
}
