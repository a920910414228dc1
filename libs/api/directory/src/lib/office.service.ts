import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { OfficeEntity } from './office.entity';

@Injectable()
export class OfficeService {
  constructor(@InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>) {}

  listActive(): Promise<OfficeEntity[]> {
    return this.offices.find({ where: { active: true }, order: { name: 'ASC' } });
  }

  async get(id: string): Promise<OfficeEntity> {
    const office = await this.offices.findOneBy({ id });
    if (!office) throw new NotFoundException(`Office ${id} not found`);
    return office;
  }

  findByCode(code: string): Promise<OfficeEntity | null> {
    return this.offices.findOneBy({ code });
  }
}
