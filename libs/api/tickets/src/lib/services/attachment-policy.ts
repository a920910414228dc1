import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/** What the upload middleware hands over (a subset of multer's file). */
export interface UploadedFileLike {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface AttachmentLimits {
  attachmentMaxBytes: number;
  attachmentMaxCount: number;
  attachmentTypes: string[];
}

export interface CheckedAttachment {
  filename: string;
  contentType: string;
  size: number;
  sha256: Buffer;
  content: Buffer;
}

/** File signatures: the declared type must match what the bytes are. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'text/plain': (b) => !b.includes(0),
};

export function checkAttachments(files: UploadedFileLike[], limits: AttachmentLimits): CheckedAttachment[] {
  if (files.length > limits.attachmentMaxCount) {
    throw new BadRequestException(`At most ${limits.attachmentMaxCount} attachments are accepted (got ${files.length})`);
  }
  return files.map((file) => {
    const filename = safeFilename(file.originalname);
    if (file.size === 0) throw new BadRequestException(`Attachment "${filename}" is empty`);
    if (file.size > limits.attachmentMaxBytes) {
      throw new PayloadTooLargeException(
        `Attachment "${filename}" is ${file.size} bytes; the limit is ${limits.attachmentMaxBytes} bytes`,
      );
    }
    const type = limits.attachmentTypes.find((t) => SIGNATURES[t]?.(file.buffer));
    if (!type) {
      throw new UnsupportedMediaTypeException(
        `Attachment "${filename}" is not an accepted type (accepted: ${limits.attachmentTypes.join(', ')})`,
      );
    }
    return {
      filename,
      contentType: type,
      size: file.size,
      sha256: createHash('sha256').update(file.buffer).digest(),
      content: file.buffer,
    };
  });
}

/** No paths, no control characters, bounded length. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'allegato').slice(0, 200);
}
