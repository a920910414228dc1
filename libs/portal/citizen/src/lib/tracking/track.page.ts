import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import {
  ErrorSummaryComponent,
  FieldErrorPipe,
  TranslatePipe,
  TranslationService,
  fieldErrorMessage,
  toApiProblem,
  type ErrorSummary,
  type ErrorSummaryItem,
  type TranslationKey,
  type TranslationParams,
} from '@urp/portal/core';
import type { PublicTicketView } from '@urp/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { CitizenTicketsApiService } from '../services/citizen-tickets-api.service';
import { PublicTicketComponent } from './public-ticket.component';
import { TRACKING_FIELDS, trackingProblemSummary } from './tracking-errors';

export type TrackingMethod = 'email' | 'pin';

export const TRACKING_CODE_PATTERN = /^\s*URP-\d{4}-\d{6,}\s*$/i;
export const TRACKING_PIN_PATTERN = /^\s*\d{8}\s*$/;

/** /cittadino/segui-pratica(?code=URP-2026-000123): status and public history of a request. */
@Component({
  selector: 'urp-track-page',
  imports: [ReactiveFormsModule, TranslatePipe, FieldErrorPipe, ErrorSummaryComponent, PublicTicketComponent],
  templateUrl: './track.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackPage {
  /** `?code=` prefills the form (link on the filing receipt). */
  readonly code = input<string>();

  private readonly api = inject(CitizenTicketsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly t = (key: TranslationKey, params?: TranslationParams) => this.i18n.t(key, params);

  protected readonly submitted = signal(false);
  protected readonly searching = signal(false);
  protected readonly summary = signal<ErrorSummary | null>(null);
  protected readonly result = signal<PublicTicketView | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TRACKING_CODE_PATTERN)]],
    method: ['email' as TrackingMethod],
    email: ['', [Validators.required, Validators.email]],
    pin: [{ value: '', disabled: true }, [Validators.required, Validators.pattern(TRACKING_PIN_PATTERN)]],
  });

  constructor() {
    effect(() => {
      const code = this.code();
      if (code) untracked(() => this.form.controls.code.setValue(code.trim().toUpperCase()));
    });
    // Only the chosen way of proving it is you is validated and sent.
    this.form.controls.method.valueChanges.pipe(takeUntilDestroyed()).subscribe((method) => {
      const { email, pin } = this.form.controls;
      if (method === 'email') {
        email.enable();
        pin.disable();
      } else {
        pin.enable();
        email.disable();
      }
    });
  }

  protected show(control: AbstractControl): boolean {
    return control.invalid && (this.submitted() || (control.dirty && control.touched));
  }

  protected async submit(): Promise<void> {
    if (this.searching()) return;
    this.submitted.set(true);
    this.summary.set(null);
    const problems = this.clientProblems();
    if (problems.length > 0) {
      this.summary.set({ heading: this.t('form.checkHeading'), items: problems });
      return;
    }
    const { code, method, email, pin } = this.form.getRawValue();
    this.searching.set(true);
    this.result.set(null);
    try {
      const request = {
        code: code.trim().toUpperCase(),
        ...(method === 'email' ? { email: email.trim() } : { pin: pin.trim() }),
      };
      this.result.set(await firstValueFrom(this.api.track(request)));
    } catch (error) {
      this.summary.set(trackingProblemSummary(toApiProblem(error), this.t));
    } finally {
      this.searching.set(false);
    }
  }

  private clientProblems(): ErrorSummaryItem[] {
    const items: ErrorSummaryItem[] = [];
    const patternKeys: Record<keyof typeof TRACKING_FIELDS, TranslationKey | undefined> = {
      code: 'tracking.codePattern',
      email: undefined,
      pin: 'tracking.pinPattern',
    };
    for (const field of ['code', 'email', 'pin'] as const) {
      const control = this.form.controls[field];
      if (control.enabled && control.invalid) {
        const { id, label } = TRACKING_FIELDS[field];
        items.push({
          text: `${this.t(label)}: ${fieldErrorMessage(control, this.t, patternKeys[field])}`,
          fieldId: id,
        });
      }
    }
    return items;
  }
}
