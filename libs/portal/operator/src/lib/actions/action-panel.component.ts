import { ChangeDetectionStrategy, Component, input, linkedSignal } from '@angular/core';

/** One collapsible action on the ticket page (bootstrap-italia accordion markup, no script). */
@Component({
  selector: 'urp-action-panel',
  template: `
    <div class="accordion-item">
      <h3 class="accordion-header" [id]="panelId() + '-heading'">
        <button
          type="button"
          class="accordion-button"
          [class.collapsed]="!open()"
          [attr.aria-expanded]="open()"
          [attr.aria-controls]="panelId() + '-body'"
          (click)="open.set(!open())"
        >
          {{ heading() }}
        </button>
      </h3>
      <div
        class="accordion-collapse"
        role="region"
        [id]="panelId() + '-body'"
        [attr.aria-labelledby]="panelId() + '-heading'"
        [hidden]="!open()"
      >
        <div class="accordion-body">
          <ng-content />
        </div>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPanelComponent {
  readonly heading = input.required<string>();
  readonly panelId = input.required<string>();
  readonly initiallyOpen = input(false);

  protected readonly open = linkedSignal(() => this.initiallyOpen());
}
