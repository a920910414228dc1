import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { OfficeSummary, TicketQueueItem, TicketQueuePage } from '@urp/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

import { TranslatePipe } from '../i18n/translate.pipe';
import { QueueFiltersComponent } from './queue-filters.component';
import { NO_QUEUE_FILTERS, queueFiltersFromParams, queueFiltersToParams, type QueueFilters } from './queue-filters';
import { TicketTableComponent } from './ticket-table.component';

export type QueueFetch = (filters: QueueFilters, after: string | null) => Observable<TicketQueuePage>;
type QueueStatus = 'loading' | 'ready' | 'error';

/**
 * A ticket queue: filters kept in the URL's query parameters, the table, and "load more" with
 * the keyset cursor of the last page. Both staff areas use it with their own endpoint.
 */
@Component({
  selector: 'urp-ticket-queue',
  imports: [TranslatePipe, QueueFiltersComponent, TicketTableComponent],
  templateUrl: './ticket-queue.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketQueueComponent {
  readonly fetch = input.required<QueueFetch>();
  readonly detailPath = input.required<string>();
  readonly caption = input.required<string>();
  readonly offices = input<readonly OfficeSummary[] | null>(null);
  readonly showChannel = input(true);
  readonly showAssignedToMe = input(true);
  readonly showOffice = input(true);
  readonly showAssignee = input(true);

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParamMap);
  /** Each (re)load gets a number: answers to an older one are dropped. */
  private generation = 0;

  protected readonly filters = computed<QueueFilters>(() => {
    const params = this.params();
    return params ? queueFiltersFromParams((name) => params.get(name)) : NO_QUEUE_FILTERS;
  });
  protected readonly items = signal<readonly TicketQueueItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<QueueStatus>('loading');
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.load(filters));
    });
  }

  protected apply(filters: QueueFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queueFiltersToParams(filters) });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected async loadMore(): Promise<void> {
    const after = this.nextCursor();
    if (!after || this.loadingMore()) return;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await firstValueFrom(this.fetch()(this.filters(), after));
      if (generation !== this.generation) return;
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch {
      if (generation === this.generation) this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  private async load(filters: QueueFilters): Promise<void> {
    const generation = ++this.generation;
    this.status.set('loading');
    this.moreFailed.set(false);
    try {
      const page = await firstValueFrom(this.fetch()(filters, null));
      if (generation !== this.generation) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.status.set('ready');
    } catch {
      if (generation === this.generation) this.status.set('error');
    }
  }
}
