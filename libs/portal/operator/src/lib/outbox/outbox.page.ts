import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ErrorSummaryComponent,
  RomeTimePipe,
  TranslatePipe,
  TranslationService,
  problemSummary,
  toApiProblem,
  type ErrorSummary,
} from '@urp/portal/core';
import type { OutboxMessageView, OutboxStatus } from '@urp/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { OPERATOR_PATHS } from '../operator-paths';
import { OperatorApiService } from '../services/operator-api.service';
import { OUTBOX_STATUSES, OUTBOX_STATUS_BADGES, OUTBOX_STATUS_LABELS, canResend } from './outbox-status';

type LoadStatus = 'loading' | 'ready' | 'error';

/** /operatore/posta-in-uscita: the e-mail outbox, to see what left and send again what did not. */
@Component({
  selector: 'urp-outbox-page',
  imports: [FormsModule, RouterLink, TranslatePipe, RomeTimePipe, ErrorSummaryComponent],
  templateUrl: './outbox.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly api = inject(OperatorApiService);
  private readonly i18n = inject(TranslationService);

  protected readonly paths = OPERATOR_PATHS;
  protected readonly statuses = OUTBOX_STATUSES;
  protected readonly labels = OUTBOX_STATUS_LABELS;
  protected readonly badges = OUTBOX_STATUS_BADGES;
  protected readonly canResend = canResend;

  protected statusFilter: OutboxStatus | '' = '';
  protected readonly shownFilter = signal<OutboxStatus | ''>('');
  protected readonly messages = signal<OutboxMessageView[]>([]);
  protected readonly loadStatus = signal<LoadStatus>('loading');
  protected readonly resending = signal<string | null>(null);
  protected readonly resent = signal<string | null>(null);
  protected readonly problem = signal<ErrorSummary | null>(null);

  constructor() {
    void this.load();
  }

  protected async applyFilter(): Promise<void> {
    this.shownFilter.set(this.statusFilter);
    await this.load();
  }

  protected async resend(message: OutboxMessageView): Promise<void> {
    if (this.resending()) return;
    this.resending.set(message.id);
    this.resent.set(null);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.resend(message.id));
      this.resent.set(message.to);
      await this.load();
    } catch (error) {
      const problem = toApiProblem(error);
      const summary = problemSummary(problem, (key, params) => this.i18n.t(key, params));
      // 409 here is about the message (not held, failed or uncertain; or no SMTP server), not a ticket.
      this.problem.set(problem.status === 409 ? { ...summary, heading: this.i18n.t('outbox.resendRefused') } : summary);
    } finally {
      this.resending.set(null);
    }
  }

  private async load(): Promise<void> {
    this.loadStatus.set('loading');
    try {
      this.messages.set(await firstValueFrom(this.api.outbox(this.shownFilter() || null)));
      this.loadStatus.set('ready');
    } catch {
      this.loadStatus.set('error');
    }
  }
}
