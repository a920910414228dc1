import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { CannedReply, CannedReplyRequest } from '@urp/shared/contracts';

import { CannedReplyEntity } from '../entities/canned-reply.entity';

const view = (r: CannedReplyEntity): CannedReply => ({ id: r.id, title: r.title, body: r.body });

@Injectable()
export class CannedReplyService {
  constructor(@InjectRepository(CannedReplyEntity) private readonly replies: Repository<CannedReplyEntity>) {}

  async list(): Promise<CannedReply[]> {
    return (await this.replies.find({ where: { active: true }, order: { title: 'ASC' } })).map(view);
  }

  async create(input: CannedReplyRequest): Promise<CannedReply> {
    const saved = await this.replies.save(this.replies.create({ title: input.title, body: input.body }));
    return view(saved);
  }

  async update(id: string, input: CannedReplyRequest): Promise<CannedReply> {
    const result = await this.replies.update({ id, active: true }, { title: input.title, body: input.body, updatedAt: new Date() });
    if (!result.affected) throw new NotFoundException('Canned reply not found');
    return view(await this.replies.findOneByOrFail({ id }));
  }

  /** Retired, not deleted: old replies keep their meaning in the history. */
  async retire(id: string): Promise<void> {
    const result = await this.replies.update({ id, active: true }, { active: false, updatedAt: new Date() });
    if (!result.affected) throw new NotFoundException('Canned reply not found');
  }
}
