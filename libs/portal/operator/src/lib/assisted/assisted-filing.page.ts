import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ContactFieldsComponent,
  ErrorSummaryComponent,
  FieldErrorPipe,
  TicketLabelPipe,
  TicketReceiptComponent,
  TranslatePipe,
  TranslationService,
  contactRequired,
  describedBy,
  filingClientProblems,
  filingControls,
  problemField,
  problemSummary,
  toApiProblem,
  type ContactFieldsTexts,
  type ErrorSummary,
  type ErrorSummaryItem,
  type TranslationKey,
  type TranslationParams,
} from '@urp/portal/core';
import { TICKET_LIMITS, type TicketReceipt } from '@urp/shared/contracts';
import { ASSISTED_CHANNELS, TICKET_KINDS, type AssistedChannel, type TicketKind } from '@urp/shared/domain';
import { firstValueFrom } from 'rxjs';

import { OPERATOR_PATHS } from '../operator-paths';
import { OperatorApiService } from '../services/operator-api.service';

const FIELDS = {
  kind: { id: 'assisted-kind', label: 'ticket.kind' },
  channel: { id: 'assisted-channel-0', label: 'assisted.channel' },
  subject: { id: 'assisted-subject', label: 'ticket.subject' },
  body: { id: 'assisted-body', label: 'ticket.text' },
  name: { id: 'assisted-name', label: 'ticket.citizenName' },
  email: { id: 'assisted-email', label: 'ticket.email' },
  phone: { id: 'assisted-phone', label: 'ticket.phone' },
  privacyConsent: { id: 'assisted-privacy', label: 'assisted.privacyShort' },
} as const satisfies Record<string, { id: string; label: TranslationKey }>;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/**
 * /operatore/nuova-pratica: an operator records a request received at the counter, on the phone
 * or by post. The receipt's PIN exists only in this answer: it is kept here, never fetched again.
 */
@Component({
  selector: 'urp-assisted-filing-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    TicketLabelPipe,
    FieldErrorPipe,
    ErrorSummaryComponent,
    TicketReceiptComponent,
    ContactFieldsComponent,
  ],
  templateUrl: './assisted-filing.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssistedFilingPage {
  private readonly api = inject(OperatorApiService);
  private readonly i18n = inject(TranslationService);
  private readonly t = (key: TranslationKey, params?: TranslationParams) => this.i18n.t(key, params);

  protected readonly paths = OPERATOR_PATHS;
  protected readonly limits = TICKET_LIMITS;
  protected readonly kinds = TICKET_KINDS;
  protected readonly channels = ASSISTED_CHANNELS;
  protected readonly describedBy = describedBy;
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly summary = signal<ErrorSummary | null>(null);
  protected readonly receipt = signal<TicketReceipt | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    { ...filingControls(this.fb), channel: this.fb.control<AssistedChannel>('counter', Validators.required) },
    { validators: contactRequired },
  );
  protected readonly contactTexts: ContactFieldsTexts = {
    idPrefix: 'assisted',
    legend: 'assisted.contactLegend',
    hint: 'assisted.contactHint',
    required: 'assisted.contactRequired',
    name: 'ticket.citizenName',
    email: 'ticket.email',
    phone: 'ticket.phone',
    autofill: false,
  };

  protected readonly show = (control: AbstractControl): boolean => control.invalid && this.submitted();

  protected showContactError(): boolean {
    return this.form.hasError('contactRequired') && this.submitted();
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.submitted.set(true);
    this.summary.set(null);
    const problems = this.clientProblems();
    if (problems.length > 0) {
      this.summary.set({ heading: this.t('form.checkHeading'), items: problems });
      return;
    }
    const v = this.form.getRawValue();
    this.submitting.set(true);
    try {
      const receipt = await firstValueFrom(
        this.api.fileOnBehalf({
          kind: v.kind as TicketKind,
          channel: v.channel,
          subject: v.subject.trim(),
          body: v.body.trim(),
          ...(v.name.trim() ? { name: v.name.trim() } : {}),
          ...(v.email.trim() ? { email: v.email.trim() } : {}),
          ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
          privacyConsent: true,
        }),
      );
      this.receipt.set(receipt);
    } catch (error) {
      this.summary.set(this.serverSummary(error));
    } finally {
      this.submitting.set(false);
    }
  }

  protected another(): void {
    this.receipt.set(null);
    this.submitted.set(false);
    this.summary.set(null);
    this.form.reset();
  }

  private serverSummary(error: unknown): ErrorSummary {
    const problem = toApiProblem(error);
    if (problem.status !== 400) return problemSummary(problem, this.t);
    return {
      heading: this.t('apiError.invalid'),
      items: problem.messages.map((detail): ErrorSummaryItem => {
        const field = problemField(detail, FIELD_NAMES);
        return field
          ? { text: this.t(FIELDS[field].label), detail, fieldId: FIELDS[field].id }
          : { text: this.t('apiError.reason'), detail };
      }),
    };
  }

  private clientProblems(): ErrorSummaryItem[] {
    return filingClientProblems(
      this.form,
      FIELDS,
      { contactRequired: 'assisted.contactRequired', privacyRequired: 'assisted.privacyRequired' },
      this.t,
    );
  }
}
