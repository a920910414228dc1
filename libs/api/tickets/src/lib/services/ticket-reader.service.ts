import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { AttachmentView, TicketDetail, TicketEventView } from '@urp/shared/contracts';
import type { TicketEventType } from '@urp/shared/domain';

import { assertCanView, canSeeEveryTicket, type StaffLike } from './ticket-access';
import { type QueueRow, toQueueItem } from './ticket-queue.service';

interface DetailRow extends QueueRow {
  body: string;
  citizen_email: string | null;
  citizen_phone: string | null;
  close_reason: TicketDetail['closeReason'];
}

interface EventRow {
  id: string;
  type: TicketEventType;
  at: Date;
  actor_name: string | null;
  office_name: string | null;
  message: string | null;
  public: boolean;
  data: Record<string, unknown>;
}

/** Staff view of one ticket: state, full history, attachments. */
@Injectable()
export class TicketReaderService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async detail(id: string, staff: StaffLike): Promise<TicketDetail> {
    const [row] = (await this.db.query(
      `SELECT t.id, t.code, t.kind, t.channel, t.status, t.priority, t.subject, t.body, t.citizen_name,
              t.citizen_email, t.citizen_phone, t.close_reason, t.office_id, o.name AS office_name,
              t.assignee_id, s.display_name AS assignee_name, t.received_at, t.due_at, t.paused_since,
              t.sla_sort::text AS sla_sort
       FROM ticket t
       LEFT JOIN office o ON o.id = t.office_id
       LEFT JOIN staff_user s ON s.id = t.assignee_id
       WHERE t.id = $1`,
      [id],
    )) as DetailRow[];
    if (!row) throw new NotFoundException('Ticket not found');
    assertCanView(staff, { officeId: row.office_id });

    const events = (await this.db.query(
      `SELECT e.id, e.type, e.at, s.display_name AS actor_name, o.name AS office_name, e.message, e.public, e.data
       FROM ticket_event e
       LEFT JOIN staff_user s ON s.id = e.actor_id
       LEFT JOIN office o ON o.id = e.office_id
       WHERE e.ticket_id = $1 AND ($2 OR e.type NOT IN ('note', 'deadline_warning')) ORDER BY e.id`,
      // URP notes and internal warnings stay within the URP; offices see the rest of the history.
      [id, canSeeEveryTicket(staff)],
    )) as EventRow[];
    const attachments = (await this.db.query(
      `SELECT id, filename, content_type, size_bytes FROM ticket_attachment WHERE ticket_id = $1 ORDER BY created_at`,
      [id],
    )) as { id: string; filename: string; content_type: string; size_bytes: number }[];

    return {
      ...toQueueItem(row),
      body: row.body,
      citizenEmail: row.citizen_email,
      citizenPhone: row.citizen_phone,
      closeReason: row.close_reason,
      events: events.map(toEventView),
      attachments: attachments.map(
        (a): AttachmentView => ({ id: a.id, filename: a.filename, contentType: a.content_type, size: a.size_bytes }),
      ),
    };
  }

  async attachment(ticketId: string, attachmentId: string, staff: StaffLike) {
    const [row] = (await this.db.query(
      `SELECT a.filename, a.content_type, a.content, t.office_id
       FROM ticket_attachment a JOIN ticket t ON t.id = a.ticket_id
       WHERE a.id = $1 AND a.ticket_id = $2`,
      [attachmentId, ticketId],
    )) as { filename: string; content_type: string; content: Buffer; office_id: string | null }[];
    if (!row) throw new NotFoundException('Attachment not found');
    assertCanView(staff, { officeId: row.office_id });
    return { filename: row.filename, contentType: row.content_type, content: row.content };
  }
}

function toEventView(row: EventRow): TicketEventView {
  return {
    id: String(row.id),
    type: row.type,
    at: row.at.toISOString(),
    actorName: row.actor_name,
    officeName: row.office_name,
    message: row.message,
    public: row.public,
    data: row.data,
  };
}
