import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';

import { CLOCK, type Clock } from '@urp/api/platform';
import type { PublicTicketEvent, PublicTicketView, TrackingRequest } from '@urp/shared/contracts';
import { CITIZEN_MESSAGE_EVENT_TYPES, type TicketEventType } from '@urp/shared/domain';

import { hashPin } from './ticket-code';
import { PublicRateLimitService } from './public-rate-limit.service';

export const TRACKING_RATE = { bucket: 'tracking', limit: 30, windowSeconds: 15 * 60 };
const NOT_FOUND = 'No ticket matches this code with this e-mail address or PIN';

/** Status lookup by code plus e-mail or PIN: no account needed, and nothing internal shown. */
@Injectable()
export class TicketTrackingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly rateLimit: PublicRateLimitService,
  ) {}

  async lookup(request: TrackingRequest, ip: string): Promise<PublicTicketView> {
    if (!request.email && !request.pin) throw new BadRequestException('email or pin is required with the code');
    await this.rateLimit.consume(TRACKING_RATE, ip, this.clock.now());
    const code = request.code.toUpperCase();
    const [ticket] = (await this.db.query(
      `SELECT t.id, t.code, t.kind, t.channel, t.subject, t.status, t.received_at, t.due_at, t.citizen_email,
              t.pin_hash, o.name AS office_name
       FROM ticket t LEFT JOIN office o ON o.id = t.office_id WHERE t.code = $1`,
      [code],
    )) as {
      id: string;
      code: string;
      kind: PublicTicketView['kind'];
      channel: PublicTicketView['channel'];
      subject: string;
      status: PublicTicketView['status'];
      received_at: Date;
      due_at: Date | null;
      citizen_email: string | null;
      pin_hash: Buffer;
      office_name: string | null;
    }[];
    // The same answer for an unknown code and a wrong e-mail or PIN: nothing to probe.
    if (!ticket || !matches(ticket, code, request)) throw new NotFoundException(NOT_FOUND);

    const events = (await this.db.query(
      `SELECT e.type, e.at, e.message, o.name AS office_name
       FROM ticket_event e LEFT JOIN office o ON o.id = e.office_id
       WHERE e.ticket_id = $1 AND e.public ORDER BY e.id`,
      [ticket.id],
    )) as { type: TicketEventType; at: Date; message: string | null; office_name: string | null }[];

    return {
      code: ticket.code,
      kind: ticket.kind,
      channel: ticket.channel,
      subject: ticket.subject,
      status: ticket.status,
      receivedAt: ticket.received_at.toISOString(),
      dueAt: ticket.due_at?.toISOString() ?? null,
      officeName: ticket.office_name,
      events: events.map(
        (e): PublicTicketEvent => ({
          type: e.type,
          at: e.at.toISOString(),
          officeName: e.office_name,
          message: CITIZEN_MESSAGE_EVENT_TYPES.includes(e.type) ? e.message : null,
        }),
      ),
    };
  }
}

function matches(
  ticket: { citizen_email: string | null; pin_hash: Buffer },
  code: string,
  request: TrackingRequest,
): boolean {
  if (request.pin) return timingSafeEqual(ticket.pin_hash, hashPin(code, request.pin));
  return ticket.citizen_email !== null && ticket.citizen_email === request.email?.toLowerCase();
}
