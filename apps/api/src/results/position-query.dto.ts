import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** `?position=`: recompute from the log up to that global position instead of reading the read model. */
export class PositionQueryDto {
  @ApiPropertyOptional({ description: 'Recompute from the events up to this global position (a figure published earlier gives its own)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  position?: number;
}
