import { DOCUMENT } from '@angular/common';
import { ElementRef, Injectable, Injector, afterNextRender, effect, inject, signal, untracked } from '@angular/core';
import type { TicketDetail } from '@urp/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

import { problemSummary, toApiProblem } from '../forms/api-problem';
import type { ErrorSummary } from '../forms/error-summary.component';
import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslationService } from '../i18n/translation.service';

export type TicketLoadStatus = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * State of one staff ticket page (a subclass is provided by the page): the ticket, and running
 * actions on it. After each action the ticket is read again, so the page shows what the server now says.
 */
@Injectable()
export abstract class TicketWorkspace {
  private readonly i18n = inject(TranslationService);
  private id: string | null = null;

  readonly ticket = signal<TicketDetail | null>(null);
  readonly loadStatus = signal<TicketLoadStatus>('loading');
  readonly busy = signal(false);
  /** The last action's success message, for the page's live region. */
  readonly announcement = signal<TranslationKey | null>(null);

  /** Reads the ticket from the area's API. */
  protected abstract fetch(id: string): Observable<TicketDetail>;

  /** HTTP statuses that the page shows as "not found". */
  protected isNotFound(status: number): boolean {
    return status === 404 || status === 400;
  }

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
      const ticket = await firstValueFrom(this.fetch(id));
      if (id !== this.id) return;
      this.ticket.set(ticket);
      this.loadStatus.set('ready');
    } catch (error) {
      if (id !== this.id) return;
      this.loadStatus.set(this.isNotFound(toApiProblem(error).status) ? 'notFound' : 'error');
    }
  }

  /** Runs the action; null when it worked (then the ticket is read again and the success announced), else what to show in the form. */
  protected async runAction(
    call: (ticketId: string) => Observable<void>,
    doneKey: TranslationKey,
  ): Promise<ErrorSummary | null> {
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

/**
 * For a ticket page's constructor: opens the ticket named by the route's id (again when it changes),
 * and, when the form that was used disappears after an action, moves focus to the success message.
 */
export function followTicketPage(
  workspace: TicketWorkspace,
  id: () => string,
  announcementBox: () => ElementRef<HTMLElement> | undefined,
): void {
  const document = inject(DOCUMENT);
  const injector = inject(Injector);
  effect(() => {
    const current = id();
    untracked(() => void workspace.open(current));
  });
  effect(() => {
    if (!workspace.announcement()) return;
    afterNextRender(
      () => {
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected) announcementBox()?.nativeElement.focus();
      },
      { injector },
    );
  });
}
