import { ApiProperty } from '@nestjs/swagger';

import type { StaffProfile } from '@urp/shared/contracts';
import { STAFF_ROLES, type StaffRole } from '@urp/shared/domain';

/** OpenAPI description of StaffProfile. */
export class StaffProfileDto implements StaffProfile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles!: StaffRole[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officeId!: string | null;
}
