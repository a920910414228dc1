import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { TicketReceipt } from '@urp/shared/contracts';

import { TranslatePipe } from '../i18n/translate.pipe';
import { SiteService } from '../site/site.service';
import { RomeTimePipe } from './rome-time.pipe';

/**
 * The filing receipt: code, PIN, when it was received and when an answer is due, with a print
 * button (the print stylesheet hides the page header and footer). Takes focus when it appears.
 * Extra links (track the request, open the ticket) are projected after the print button.
 */
@Component({
  selector: 'urp-ticket-receipt',
  imports: [TranslatePipe, RomeTimePipe],
  template: `
    @let item = receipt();
    <section class="callout success receipt" aria-labelledby="receipt-heading" data-testid="ticket-receipt">
      <div class="callout-inner">
        <h2 #heading id="receipt-heading" class="h3" tabindex="-1">{{ 'receipt.heading' | t }}</h2>
        @if (site.info(); as info) {
          <p class="mb-3">{{ info.municipalityName }} · {{ info.urpName }}</p>
        }
        <dl class="row mb-3">
          <dt class="col-sm-5">{{ 'receipt.code' | t }}</dt>
          <dd class="col-sm-7 fs-5 fw-bold" data-testid="receipt-code">{{ item.code }}</dd>
          <dt class="col-sm-5">{{ 'receipt.pin' | t }}</dt>
          <dd class="col-sm-7 fs-5 fw-bold" data-testid="receipt-pin">{{ item.pin }}</dd>
          <dt class="col-sm-5">{{ 'receipt.receivedAt' | t }}</dt>
          <dd class="col-sm-7">
            <time [attr.datetime]="item.receivedAt">{{ item.receivedAt | romeTime }}</time>
          </dd>
          <dt class="col-sm-5">{{ 'receipt.dueAt' | t }}</dt>
          <dd class="col-sm-7">
            @if (item.dueAt) {
              <time [attr.datetime]="item.dueAt">{{ item.dueAt | romeTime }}</time>
            } @else {
              {{ 'receipt.noDueDate' | t }}
            }
          </dd>
        </dl>
        <p>{{ 'receipt.keep' | t }}</p>
        <div class="d-flex flex-wrap gap-2 d-print-none">
          <button type="button" class="btn btn-primary" (click)="print()">{{ 'receipt.print' | t }}</button>
          <ng-content />
        </div>
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketReceiptComponent {
  readonly receipt = input.required<TicketReceipt>();

  private readonly document = inject(DOCUMENT);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  protected readonly site = inject(SiteService);

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
