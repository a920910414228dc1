import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';

export interface ErrorSummaryItem {
  /** In the page's language: what is wrong, or the name of the field. */
  text: string;
  /** The API's own message, shown after `text` (it is in English: marked with `lang`). */
  detail?: string;
  /** Id of the field the problem is about: the item links there. */
  fieldId?: string;
}

export interface ErrorSummary {
  heading: string;
  items: readonly ErrorSummaryItem[];
}

/**
 * Error summary at the top of a form: an alert announced by screen readers, which also receives
 * focus when it appears, listing each problem with a link to its field. Nothing shows for null.
 */
@Component({
  selector: 'urp-error-summary',
  template: `
    <div role="alert" aria-atomic="true">
      @if (summary(); as current) {
        <div #box class="alert alert-danger" tabindex="-1" data-testid="error-summary">
          <h2 class="h5" [class.mb-0]="current.items.length === 0">{{ current.heading }}</h2>
          @if (current.items.length > 0) {
            <ul class="mb-0">
              @for (item of current.items; track $index) {
                <li>
                  @if (item.fieldId) {
                    <a [href]="'#' + item.fieldId" (click)="focusField($event, item.fieldId)">{{ item.text }}</a>
                  } @else {
                    {{ item.text }}
                  }
                  @if (item.detail) {
                    : <span lang="en">{{ item.detail }}</span>
                  }
                </li>
              }
            </ul>
          }
        </div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummaryComponent {
  readonly summary = input.required<ErrorSummary | null>();

  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    effect(() => {
      if (!this.summary()) return;
      afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  /** With `<base href="/">` a bare `#id` link would leave the page: move focus instead. */
  protected focusField(event: Event, id: string): void {
    const field = this.document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  }
}
