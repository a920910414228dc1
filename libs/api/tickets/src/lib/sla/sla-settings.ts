import type { AppConfig } from '@urp/api/platform';
import { BusinessCalendar } from '@urp/shared/calendar';

import type { SlaSettings } from './sla-policy';

/** The SLA settings of the configuration, with the business calendar built once. */
export function slaSettingsFrom(config: AppConfig): SlaSettings {
  const { firstReplyHours, complaintFeedbackDays, firstReplyMode, patronDay } = config.tickets;
  const [month, day] = (patronDay ?? '').split('-').map(Number);
  const workingCalendar =
    firstReplyMode === 'working'
      ? new BusinessCalendar(month && day ? { patronDay: { month, day } } : {})
      : null;
  return { firstReplyHours, complaintFeedbackDays, workingCalendar };
}
