import { ForbiddenException, NotFoundException } from '@nestjs/common';

import type { StaffRole } from '@urp/shared/domain';

export interface StaffLike {
  id: string;
  roles: StaffRole[];
  officeId: string | null;
}

const has = (staff: StaffLike, role: StaffRole) => staff.roles.includes(role);

/** URP staff (operators, director, admin) see every ticket; an office referent only their office's. */
export function canSeeEveryTicket(staff: StaffLike): boolean {
  return has(staff, 'admin') || has(staff, 'operator') || has(staff, 'director');
}

/** Not found rather than forbidden: a referent must not learn which other tickets exist. */
export function assertCanView(staff: StaffLike, ticket: { officeId: string | null }): void {
  if (canSeeEveryTicket(staff)) return;
  if (has(staff, 'office_referent') && staff.officeId !== null && ticket.officeId === staff.officeId) return;
  throw new NotFoundException('Ticket not found');
}

/** Replies, forwarding, closing: URP operators' work. */
export function assertIsUrpOperator(staff: StaffLike): void {
  if (!has(staff, 'operator') && !has(staff, 'admin')) {
    throw new ForbiddenException('Only URP operators can do this');
  }
}

/** Taking in charge and answering: the referent of the office the ticket was forwarded to. */
export function assertIsReferentOf(staff: StaffLike, ticket: { officeId: string | null }): void {
  if (has(staff, 'admin')) return;
  assertCanView(staff, ticket);
  if (!has(staff, 'office_referent') || ticket.officeId !== staff.officeId) {
    throw new ForbiddenException('Only a referent of the competent office can do this');
  }
}
