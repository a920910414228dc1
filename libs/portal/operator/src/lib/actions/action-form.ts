import { Directive, inject, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import {
  TranslationService,
  fieldErrorMessage,
  type ErrorSummary,
  type ErrorSummaryItem,
  type TranslationKey,
} from '@urp/portal/core';

import type { TicketAction } from '../services/operator-api.service';
import { OperatorTicketWorkspace } from '../ticket/ticket-workspace';

export interface CheckedField {
  control: AbstractControl;
  id: string;
  label: TranslationKey;
}

/** What every action form shares: validation summary, running the action, the API's refusal. */
@Directive()
export abstract class ActionForm {
  protected readonly workspace = inject(OperatorTicketWorkspace);
  private readonly i18n = inject(TranslationService);

  protected readonly submitted = signal(false);
  protected readonly problem = signal<ErrorSummary | null>(null);

  protected show(control: AbstractControl): boolean {
    return control.invalid && this.submitted();
  }

  /** True when every field is valid; otherwise the summary lists what to fix. */
  protected validate(fields: readonly CheckedField[]): boolean {
    this.submitted.set(true);
    this.problem.set(null);
    const t = (key: TranslationKey, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const items: ErrorSummaryItem[] = fields
      .filter((field) => field.control.invalid)
      .map((field) => ({
        text: `${t(field.label)}: ${fieldErrorMessage(field.control, t)}`,
        fieldId: field.id,
      }));
    if (items.length > 0) this.problem.set({ heading: t('form.checkHeading'), items });
    return items.length === 0;
  }

  /** True when the action went through. */
  protected async execute(action: TicketAction, doneKey: TranslationKey): Promise<boolean> {
    this.problem.set(null);
    const problem = await this.workspace.run(action, doneKey);
    this.problem.set(problem);
    if (!problem) this.submitted.set(false);
    return problem === null;
  }
}
