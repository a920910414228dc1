import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsBoolean, IsIn } from 'class-validator';

import type { AssistedTicketRequest } from '@urp/shared/contracts';
import { ASSISTED_CHANNELS, type AssistedChannel } from '@urp/shared/domain';

import { FilingFieldsDto } from './filing-fields.dto';

/** An operator files on behalf of a person at the counter, on the phone or by post. */
export class AssistedTicketDto extends FilingFieldsDto implements AssistedTicketRequest {
  @ApiProperty({ enum: ASSISTED_CHANNELS })
  @IsIn(ASSISTED_CHANNELS, { message: `channel must be one of: ${ASSISTED_CHANNELS.join(', ')}` })
  channel!: AssistedChannel;

  @ApiProperty({ description: 'The person consented to the privacy notice (read or handed over).' })
  @IsBoolean()
  @Equals(true, { message: 'privacyConsent must be accepted to file a request' })
  privacyConsent!: boolean;
}
