import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Where the build copies bootstrap-italia's SVG sprite (see apps/portal/project.json assets). */
export const ICON_SPRITE_URL = '/assets/bootstrap-italia/svg/sprites.svg';

/** A decorative bootstrap-italia icon: `<urp-icon name="it-user" />`. Hidden from assistive technology. */
@Component({
  selector: 'urp-icon',
  template: `
    <svg class="icon" [class]="extraClass()" aria-hidden="true" focusable="false">
      <use [attr.href]="href()"></use>
    </svg>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IconComponent {
  readonly name = input.required<string>();
  /** Extra bootstrap-italia icon classes, e.g. "icon-white icon-sm". */
  readonly extraClass = input('');

  protected readonly href = computed(() => `${ICON_SPRITE_URL}#${this.name()}`);
}
