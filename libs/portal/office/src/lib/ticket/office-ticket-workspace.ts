import { Injectable, inject, signal } from '@angular/core';
import {
  TranslationService,
  problemSummary,
  toApiProblem,
  type ErrorSummary,
  type TranslationKey,
} from '@urp/portal/core';
import type { TicketDetail } from '@urp/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

import { OfficeApiService } from '../services/office-api.service';

export type OfficeTicketStatus = 'loading' | 'ready' | 'notFound' | 'error';

/** State of the office's ticket page (provided by the page): the ticket and the office's two actions. */
@Injectable()
export class OfficeTicketWorkspace {
  private readonly api = inject(OfficeApiService);
  private readonly i18n = inject(TranslationService);
  private id: string | null = null;

  readonly ticket = signal<TicketDetail | null>(null);
  readonly loadStatus = signal<OfficeTicketStatus>('loading');
  readonly busy = signal(false);
  readonly announcement = signal<TranslationKey | null>(null);

  async open(id: string): Promise<void> {
    this.id = id;
    this.ticket.set(null);
    this.announcement.set(null);
    this.loadStatus.set('loading');
    await this.reload();
  }

  async reload(): Promise<void> {
    const id = this.id;
    if (!id) return;
    try {
      const ticket = await firstValueFrom(this.api.ticket(id));
      if (id !== this.id) return;
      this.ticket.set(ticket);
      this.loadStatus.set('ready');
    } catch (error) {
      if (id !== this.id) return;
      const status = toApiProblem(error).status;
      this.loadStatus.set(status === 404 || status === 403 || status === 400 ? 'notFound' : 'error');
    }
  }

  takeInCharge(note: string): Promise<ErrorSummary | null> {
    return this.run((id) => this.api.takeInCharge(id, note ? { note } : {}), 'officeTicket.takeInCharge.done');
  }

  answer(body: string): Promise<ErrorSummary | null> {
    return this.run((id) => this.api.answer(id, { body }), 'officeTicket.answer.done');
  }

  /** Null when the action worked (then the ticket is read again and the success announced). */
  private async run(call: (id: string) => Observable<void>, doneKey: TranslationKey): Promise<ErrorSummary | null> {
    const ticket = this.ticket();
    if (!ticket || this.busy()) return null;
    this.busy.set(true);
    this.announcement.set(null);
    try {
      await firstValueFrom(call(ticket.id));
    } catch (error) {
      this.busy.set(false);
      return problemSummary(toApiProblem(error), (key, params) => this.i18n.t(key, params));
    }
    await this.reload();
    this.busy.set(false);
    this.announcement.set(doneKey);
    return null;
  }
}
