import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { OfficeEntity } from './office.entity';

@Injectable()
export class OfficeService {
  constructor(@InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>) {}

  listActive(): Promise<OfficeEntity[]> {
    return this.offices.find({ where: { active: true }, order: { name: 'ASC' } });
  }


}
