import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OfficeEntity } from './office.entity';
import { OfficeService } from './office.service';

@Module({
  imports: [TypeOrmModule.forFeature([OfficeEntity])],
  providers: [OfficeService],
  exports: [OfficeService, TypeOrmModule],
})
export class DirectoryModule {}
