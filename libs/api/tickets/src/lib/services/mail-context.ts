import type { AppConfig } from '@urp/api/platform';

import type { MailContext } from '../mail/ticket-mail-templates';

export function mailContext(config: AppConfig): MailContext {
  return {
    municipalityName: config.site.municipalityName,
    urpName: config.site.urpName,
    trackingUrl: `${config.publicUrl}/cittadino/segui-pratica`,
  };
}
