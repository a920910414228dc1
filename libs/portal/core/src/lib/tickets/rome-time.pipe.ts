import { Pipe, PipeTransform, inject } from '@angular/core';

import { TranslationService } from '../i18n/translation.service';
import { formatRomeTime, type RomeTimeStyle } from './rome-time';

/** `{{ ticket.receivedAt | romeTime }}` or `{{ iso | romeTime: 'date' }}`, in the current language. */
@Pipe({ name: 'romeTime', pure: false })
export class RomeTimePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(value: string | null | undefined, style: RomeTimeStyle = 'dateTime'): string {
    return value ? formatRomeTime(value, this.i18n.language(), style) : '';
  }
}
