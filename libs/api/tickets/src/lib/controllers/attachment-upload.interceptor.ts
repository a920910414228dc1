import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

import { APP_CONFIG, type AppConfig } from '@urp/api/platform';

/**
 * Multipart upload of `attachments` with the configured limits, enforced while streaming (an
 * oversized file is never buffered whole), and errors that name the limit instead of multer's
 * terse "File too large".
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly inner: NestInterceptor;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { attachmentMaxBytes, attachmentMaxCount } = config.tickets;
    const Upload = FilesInterceptor('attachments', attachmentMaxCount, {
      limits: { fileSize: attachmentMaxBytes, files: attachmentMaxCount, fields: 20, fieldSize: 64 * 1024 },
    });
    this.inner = new Upload();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(context, next);
    } catch (error) {
      throw this.explain(error);
    }
  }

  private explain(error: unknown): unknown {
    if (!(error instanceof HttpException)) return error;
    const { attachmentMaxBytes, attachmentMaxCount } = this.config.tickets;
    const message = error.message.toLowerCase();
    if (error instanceof PayloadTooLargeException || message.includes('too large')) {
      return new PayloadTooLargeException(`Each attachment may be at most ${attachmentMaxBytes} bytes`);
    }
    if (message.includes('too many files') || message.includes('unexpected field')) {
      return new BadRequestException(
        `At most ${attachmentMaxCount} attachments are accepted, sent in the "attachments" field`,
      );
    }
    return error;
  }
}
