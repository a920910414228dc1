import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  CITIZEN_PATHS,
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
  formatFileSize,
  toApiProblem,
  type ContactFieldsTexts,
  type ErrorSummary,
  type ErrorSummaryItem,
  type TranslationKey,
  type TranslationParams,
} from '@urp/portal/core';
import { TICKET_LIMITS, type IntakeSettings, type TicketReceipt } from '@urp/shared/contracts';
import type { TicketKind } from '@urp/shared/domain';
import { firstValueFrom } from 'rxjs';

import { CitizenTicketsApiService } from '../services/citizen-tickets-api.service';
import { checkAttachments, describeTypes } from './attachment-check';
import { FILING_FIELDS, attachmentProblemText, filingProblemSummary } from './filing-errors';
import { FALLBACK_INTAKE_SETTINGS } from './intake-fallback';

type SettingsStatus = 'loading' | 'ready' | 'fallback';

/** /cittadino/nuova-segnalazione: a citizen files a request, complaint or report, and gets a receipt. */
@Component({
  selector: 'urp-new-request-page',
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
  templateUrl: './new-request.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRequestPage {
  private readonly api = inject(CitizenTicketsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly t = (key: TranslationKey, params?: TranslationParams) => this.i18n.t(key, params);
  private readonly size = (bytes: number) => formatFileSize(bytes, this.i18n.language());

  protected readonly limits = TICKET_LIMITS;
  protected readonly fields = FILING_FIELDS;
  protected readonly trackPath = CITIZEN_PATHS.track;
  protected readonly describedBy = describedBy;

  protected readonly settings = signal<IntakeSettings>(FALLBACK_INTAKE_SETTINGS);
  protected readonly settingsStatus = signal<SettingsStatus>('loading');
  protected readonly files = signal<readonly File[]>([]);
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly receipt = signal<TicketReceipt | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    { ...filingControls(this.fb), website: this.fb.control('') },
    { validators: contactRequired },
  );
  protected readonly contactTexts: ContactFieldsTexts = {
    idPrefix: 'filing',
    legend: 'filing.contactLegend',
    hint: 'filing.contactHint',
    required: 'filing.contactRequired',
    name: 'filing.name',
    email: 'filing.email',
    phone: 'filing.phone',
    autofill: true,
  };

  protected readonly attachmentProblems = computed(() =>
    checkAttachments(this.files(), this.settings()).map((problem) => attachmentProblemText(problem, this.t, this.size)),
  );
  protected readonly attachmentHint = computed(() => {
    const s = this.settings();
    return this.i18n.t('filing.attachmentsHint', {
      count: s.attachmentMaxCount,
      size: this.size(s.attachmentMaxBytes),
      types: describeTypes(s.attachmentTypes),
    });
  });
  protected readonly accept = computed(() => this.settings().attachmentTypes.join(','));
  protected readonly chosenFiles = computed(() => this.files().map((f) => ({ name: f.name, size: this.size(f.size) })));

  /** Client-side problems after a submit attempt, else the server's answer. */
  protected readonly summary = signal<ErrorSummary | null>(null);

  constructor() {
    firstValueFrom(this.api.intakeSettings()).then(
      (settings) => {
        this.settings.set(settings);
        this.settingsStatus.set('ready');
      },
      () => this.settingsStatus.set('fallback'),
    );
  }

  protected readonly show = (control: AbstractControl): boolean =>
    control.invalid && (this.submitted() || (control.dirty && control.touched));

  protected showContactError(): boolean {
    return this.form.hasError('contactRequired') && this.submitted();
  }

  protected onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.files.set(Array.from(input.files ?? []));
  }

  protected clearFiles(): void {
    this.files.set([]);
    const input = this.fileInput()?.nativeElement;
    if (input) {
      input.value = '';
      input.focus();
    }
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

    this.submitting.set(true);
    const value = this.form.getRawValue();
    try {
      const receipt = await firstValueFrom(
        this.api.file(
          {
            kind: value.kind as TicketKind,
            subject: value.subject.trim(),
            body: value.body.trim(),
            name: value.name.trim() || undefined,
            email: value.email.trim() || undefined,
            phone: value.phone.trim() || undefined,
            privacyConsent: true,
            website: value.website,
          },
          this.files(),
        ),
      );
      this.receipt.set(receipt);
    } catch (error) {
      const s = this.settings();
      this.summary.set(
        filingProblemSummary(
          toApiProblem(error),
          { maxBytes: s.attachmentMaxBytes, types: s.attachmentTypes },
          this.t,
          this.size,
        ),
      );
    } finally {
      this.submitting.set(false);
    }
  }

  protected startOver(): void {
    this.receipt.set(null);
    this.submitted.set(false);
    this.summary.set(null);
    this.files.set([]);
    this.form.reset();
  }

  private clientProblems(): ErrorSummaryItem[] {
    return filingClientProblems(
      this.form,
      FILING_FIELDS,
      { contactRequired: 'filing.contactRequired', privacyRequired: 'filing.privacyRequired' },
      this.t,
      this.attachmentProblems().map((text) => ({ text, fieldId: FILING_FIELDS.attachments.id })),
    );
  }
}
