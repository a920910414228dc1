import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { CLOCK, type Clock } from '@urp/api/platform';
import type { TicketQueueItem, TicketQueuePage, TicketQueueQuery } from '@urp/shared/contracts';

import { decodeCursor, encodeCursor } from './queue-cursor';
import { canSeeEveryTicket, type StaffLike } from './ticket-access';

const DEFAULT_PAGE = 50;

export interface QueueRow {
  id: string;
  code: string;
  kind: TicketQueueItem['kind'];
  channel: TicketQueueItem['channel'];
  status: TicketQueueItem['status'];
  priority: TicketQueueItem['priority'];
  subject: string;
  citizen_name: string | null;
  office_id: string | null;
  office_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  received_at: Date;
  due_at: Date | null;
  paused_since: Date | null;
  sla_sort: string;
}

/** The SQL the queue runs; exported for the benchmark, which times it bare against the endpoint. */
export function buildQueueQuery(query: TicketQueueQuery, staff: StaffLike, now: Date): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!canSeeEveryTicket(staff)) where.push(`t.office_id = ${param(staff.officeId)}`);
  if (query.status === undefined) where.push(`t.status <> 'closed'`);
  else if (query.status !== 'all') where.push(`t.status = ${param(query.status)}`);
  if (query.kind) where.push(`t.kind = ${param(query.kind)}`);
  if (query.channel) where.push(`t.channel = ${param(query.channel)}`);
  if (query.officeId) where.push(`t.office_id = ${param(query.officeId)}`);
  if (query.assignedToMe) where.push(`t.assignee_id = ${param(staff.id)}`);
  if (query.overdue) where.push(`t.sla_sort < ${param(now)}`);
  if (query.after) {
    const cursor = decodeCursor(query.after);
    where.push(`(t.sla_sort, t.id) > (${param(cursor.slaSort)}::timestamptz, ${param(cursor.id)}::uuid)`);
  }
  const limit = param((query.limit ?? DEFAULT_PAGE) + 1);
  const sql = `
    SELECT t.id, t.code, t.kind, t.channel, t.status, t.priority, t.subject, t.citizen_name,
           t.office_id, o.name AS office_name, t.assignee_id, s.display_name AS assignee_name,
           t.received_at, t.due_at, t.paused_since, t.sla_sort::text AS sla_sort
    FROM ticket t
    LEFT JOIN office o ON o.id = t.office_id
    LEFT JOIN staff_user s ON s.id = t.assignee_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY t.sla_sort, t.id
    LIMIT ${limit}`;
  return { sql, params };
}

export function toQueueItem(row: QueueRow): TicketQueueItem {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    priority: row.priority,
    subject: row.subject,
    citizenName: row.citizen_name,
    officeId: row.office_id,
    officeName: row.office_name,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    paused: row.paused_since !== null,
  };
}

/**
 * One queue for every channel, ordered by SLA due time (no due last), keyset-paginated on
 * (sla_sort, id) so page 1,000 costs what page 1 does. Each common filter has a matching index.
 */
@Injectable()
export class TicketQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async page(query: TicketQueueQuery, staff: StaffLike): Promise<TicketQueuePage> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const { sql, params } = buildQueueQuery(query, staff, this.clock.now());
    const rows = (await this.db.query(sql, params)) as QueueRow[];
    const items = rows.slice(0, limit);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return {
      items: items.map(toQueueItem),
      nextCursor: last ? encodeCursor({ slaSort: last.sla_sort, id: last.id }) : null,
    };
  }
}
