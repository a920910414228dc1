import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TicketDetail } from '@urp/shared/contracts';

import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { formatFileSize } from './rome-time';
import { STAFF_TICKETS_API } from './ticket-api-paths';

/** Who wrote, what they wrote (as plain text, never HTML) and what they attached. */
@Component({
  selector: 'urp-ticket-content',
  imports: [TranslatePipe],
  template: `
    @let item = ticket();
    <section class="mb-4" aria-labelledby="ticket-contact-heading">
      <h2 id="ticket-contact-heading" class="h4">{{ 'ticket.contact' | t }}</h2>
      <dl class="row mb-0" data-testid="ticket-contact">
        <dt class="col-sm-4 col-lg-3">{{ 'ticket.citizenName' | t }}</dt>
        <dd class="col-sm-8 col-lg-9">{{ item.citizenName ?? ('ticket.notGiven' | t) }}</dd>
        <dt class="col-sm-4 col-lg-3">{{ 'ticket.email' | t }}</dt>
        <dd class="col-sm-8 col-lg-9">
          @if (item.citizenEmail) {
            <a [href]="'mailto:' + item.citizenEmail">{{ item.citizenEmail }}</a>
          } @else {
            {{ 'ticket.notGiven' | t }}
          }
        </dd>
        <dt class="col-sm-4 col-lg-3">{{ 'ticket.phone' | t }}</dt>
        <dd class="col-sm-8 col-lg-9">
          @if (item.citizenPhone) {
            <a [href]="'tel:' + phoneHref()">{{ item.citizenPhone }}</a>
          } @else {
            {{ 'ticket.notGiven' | t }}
          }
        </dd>
      </dl>
    </section>

    <section class="mb-4" aria-labelledby="ticket-text-heading">
      <h2 id="ticket-text-heading" class="h4">{{ 'ticket.text' | t }}</h2>
      <p class="ticket-text" data-testid="ticket-text">{{ item.body }}</p>
    </section>

    <section class="mb-4" aria-labelledby="ticket-attachments-heading">
      <h2 id="ticket-attachments-heading" class="h4">{{ 'ticket.attachments' | t }}</h2>
      @if (attachments().length === 0) {
        <p>{{ 'ticket.noAttachments' | t }}</p>
      } @else {
        <ul data-testid="ticket-attachments">
          @for (file of attachments(); track file.id) {
            <li>
              <a [href]="file.url" download>
                {{ file.filename }}
                <span class="visually-hidden">({{ 'ticket.download' | t }})</span>
              </a>
              <span class="ms-1">({{ file.contentType }}, {{ file.size }})</span>
            </li>
          }
        </ul>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketContentComponent {
  readonly ticket = input.required<TicketDetail>();

  private readonly i18n = inject(TranslationService);

  protected readonly phoneHref = computed(() => (this.ticket().citizenPhone ?? '').replace(/[^\d+]/g, ''));
  protected readonly attachments = computed(() =>
    this.ticket().attachments.map((a) => ({
      ...a,
      url: STAFF_TICKETS_API.attachment(this.ticket().id, a.id),
      size: formatFileSize(a.size, this.i18n.language()),
    })),
  );
}
