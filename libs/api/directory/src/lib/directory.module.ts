import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OfficeEntity } from './office.entity';
import { OfficeService } from './office.service';
import { OfficesController } from './offices.controller';

@Module({
  imports: [TypeOrmModule.forFeature([OfficeEntity])],
  controllers: [OfficesController],
  providers: [OfficeService],
  exports: [OfficeService, TypeOrmModule],
})
export class DirectoryModule {}
