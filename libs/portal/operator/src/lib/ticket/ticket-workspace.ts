import { Injectable, inject, signal } from '@angular/core';
import {
  TranslationService,
  problemSummary,
  toApiProblem,
  type ErrorSummary,
  type TranslationKey,
} from '@urp/portal/core';
import type { TicketDetail } from '@urp/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { OperatorApiService, type TicketAction } from '../services/operator-api.service';

export type TicketLoadStatus = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * State of one ticket page (provided by the page): the ticket, and running actions on it.
 * After each action the ticket is read again, so the page shows what the server now says.
 */
@Injectable()
export class TicketWorkspace {
  private readonly api = inject(OperatorApiService);
  private readonly i18n = inject(TranslationService);
  private id: string | null = null;

  readonly ticket = signal<TicketDetail | null>(null);
  readonly loadStatus = signal<TicketLoadStatus>('loading');
  readonly busy = signal(false);
  /** The last action's success message, for the page's live region. */
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
      this.loadStatus.set(status === 404 || status === 400 ? 'notFound' : 'error');
    }
  }

  /** Runs the action; null when it worked (then announced), else what to show in the form. */
  async run(action: TicketAction, doneKey: TranslationKey): Promise<ErrorSummary | null> {
    const ticket = this.ticket();
    if (!ticket || this.busy()) return null;
    this.busy.set(true);
    this.announcement.set(null);
    try {
      await firstValueFrom(this.api.perform(ticket.id, action));
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
