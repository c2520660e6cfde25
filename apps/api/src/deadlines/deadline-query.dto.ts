import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ORG_ID } from '../common/identifiers';

export class OverdueQueryDto {
  @ApiPropertyOptional({ description: 'One organisation: its own steps and those escalated to it' })
  @IsOptional() @Matches(ORG_ID)
  org?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  limit?: number;
}

export class UpcomingQueryDto extends OverdueQueryDto {
  @ApiPropertyOptional({ description: 'How many working days ahead', minimum: 1, maximum: 60, default: 5 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60)
  withinWorkingDays?: number;
}
