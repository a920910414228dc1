import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Ip,
  Post,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';

import { APP_CONFIG, type AppConfig, CLOCK, type Clock, Public } from '@urp/api/platform';
import type { IntakeSettings, PublicTicketView, TicketReceipt } from '@urp/shared/contracts';
import { TICKET_KINDS, type TicketKind } from '@urp/shared/domain';

import { CitizenTicketDto } from '../dto/citizen-ticket.dto';
import { TrackingDto } from '../dto/tracking.dto';
import type { UploadedFileLike } from '../services/attachment-policy';
import { PublicRateLimitService } from '../services/public-rate-limit.service';
import { TicketIntakeService } from '../services/ticket-intake.service';
import { TicketTrackingService } from '../services/ticket-tracking.service';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';

/** Kinds reserved to other channels (PEC handling) are not offered on the public form. */
const CITIZEN_KINDS: readonly TicketKind[] = TICKET_KINDS.filter((k) => k !== 'pec_ordinary_sender');

@ApiTags('public')
@Public()
@Controller('public')
export class PublicTicketsController {
  constructor(
    private readonly intake: TicketIntakeService,
    private readonly tracking: TicketTrackingService,
    private readonly rateLimit: PublicRateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('intake-settings')
  @ApiOkResponse({ description: 'Limits the citizen form must respect.' })
  settings(): IntakeSettings {
    const t = this.config.tickets;
    return {
      attachmentMaxBytes: t.attachmentMaxBytes,
      attachmentMaxCount: t.attachmentMaxCount,
      attachmentTypes: t.attachmentTypes,
      kinds: [...CITIZEN_KINDS],
    };
  }

  @Post('tickets')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'Filed: the receipt with tracking code and PIN.' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid (each problem named).' })
  @ApiPayloadTooLargeResponse({ description: 'An attachment is over the size limit.' })
  @ApiTooManyRequestsResponse({ description: 'Too many filings from this address.' })
  async file(
    @Body() dto: CitizenTicketDto,
    @UploadedFiles() files: UploadedFileLike[] | undefined,
    @Ip() ip: string,
  ): Promise<TicketReceipt> {
    await this.rateLimit.consume(
      { bucket: 'intake', limit: this.config.tickets.intakePerHourPerIp, windowSeconds: 3600 },
      ip,
      this.clock.now(),
    );
    // Only automated form fillers see and fill the hidden field.
    if (dto.website) throw new BadRequestException('The request was rejected as automated');
    if (!CITIZEN_KINDS.includes(dto.kind)) {
      throw new BadRequestException(`kind must be one of: ${CITIZEN_KINDS.join(', ')}`);
    }
    return this.intake.file({ ...dto, channel: 'web' }, files ?? []);
  }

  @Post('tracking')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Status and public history of the ticket.' })
  @ApiNotFoundResponse({ description: 'No ticket matches this code with this e-mail address or PIN.' })
  @ApiTooManyRequestsResponse({ description: 'Too many lookups from this address.' })
  track(@Body() dto: TrackingDto, @Ip() ip: string): Promise<PublicTicketView> {
    return this.tracking.lookup(dto, ip);
  }
}
