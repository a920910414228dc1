import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorSummaryComponent, TicketLabelPipe, TranslatePipe, TextareaFieldComponent } from '@urp/portal/core';
import { TICKET_LIMITS, type CannedReply, type TicketDetail } from '@urp/shared/contracts';
import { REPLY_CHANNELS, type ReplyChannel } from '@urp/shared/domain';

import { ActionForm } from './action-form';

/** Reply to the citizen: by e-mail (sent through the outbox) or recorded as given by phone, post or at the counter. */
@Component({
  selector: 'urp-reply-form',
  imports: [ReactiveFormsModule, TranslatePipe, TicketLabelPipe, ErrorSummaryComponent, TextareaFieldComponent],
  template: `
    <urp-error-summary [summary]="problem()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="select-wrapper mt-3 mb-4">
        <label for="reply-channel">{{ 'action.reply.channel' | t }}</label>
        <select id="reply-channel" formControlName="channel" aria-describedby="reply-channel-hint">
          @for (channel of channels; track channel) {
            <option [value]="channel">{{ channel | ticketLabel: 'channel' }}</option>
          }
        </select>
        <p id="reply-channel-hint" class="small mt-1">{{ 'action.reply.channelHint' | t }}</p>
      </div>
      @if (cannedReplies().length > 0) {
        <div class="select-wrapper mt-3 mb-4">
          <label for="reply-canned">{{ 'action.reply.canned' | t }}</label>
          <select id="reply-canned" aria-describedby="reply-canned-hint" (change)="useCanned($event)">
            <option value="">{{ 'action.reply.cannedNone' | t }}</option>
            @for (canned of cannedReplies(); track canned.id) {
              <option [value]="canned.id">{{ canned.title }}</option>
            }
          </select>
          <p id="reply-canned-hint" class="small mt-1">{{ 'action.reply.cannedHint' | t }}</p>
        </div>
      }
      @let body = form.controls.body;
      <urp-textarea-field
        fieldId="reply-body"
        label="action.reply.body"
        [control]="form.controls.body"
        [rows]="6"
        [maxLength]="maxLength"
        [required]="true"
        [invalid]="show(body)"
      />
      <button type="submit" class="btn btn-primary" [disabled]="workspace.busy()">
        {{ 'action.reply.submit' | t }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyFormComponent extends ActionForm {
  readonly ticket = input.required<TicketDetail>();
  readonly cannedReplies = input<readonly CannedReply[]>([]);

  protected readonly channels = REPLY_CHANNELS;
  protected readonly maxLength = TICKET_LIMITS.bodyMaxLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    channel: ['email' as ReplyChannel],
    body: ['', [Validators.required, Validators.maxLength(TICKET_LIMITS.bodyMaxLength)]],
  });

  constructor() {
    super();
    // Without an e-mail address the reply can only be recorded as given another way.
    const hasEmail = computed(() => !!this.ticket().citizenEmail);
    effect(() => {
      const channel = hasEmail() ? 'email' : 'phone';
      untracked(() => this.form.controls.channel.setValue(channel));
    });
  }

  /** Choosing a canned reply replaces the text, which stays editable. */
  protected useCanned(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const canned = this.cannedReplies().find((c) => c.id === id);
    if (canned) this.form.controls.body.setValue(canned.body);
  }

  protected async submit(): Promise<void> {
    const body = this.form.controls.body;
    if (!this.validate([{ control: body, id: 'reply-body', label: 'action.reply.body' }])) return;
    const { channel } = this.form.getRawValue();
    if (await this.execute({ type: 'reply', body: { body: body.value.trim(), channel } }, 'action.reply.done')) {
      this.form.reset({ channel, body: '' });
    }
  }
}
