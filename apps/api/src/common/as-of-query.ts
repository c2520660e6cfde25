import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AsOfLimit, InvalidAsOf, parseAsOf } from '@app/audit/as-of/as-of-limit';

/** `?asOf=` or `?position=`: read as the events stood then. Checked by `asOfLimit`, which names the bad one. */
export class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'As it stood at this instant (ISO 8601 with a zone), e.g. 2027-03-01T00:00:00Z' })
  @IsOptional() @IsString() @MaxLength(64)
  asOf?: string;

  @ApiPropertyOptional({ description: 'As it stood at this global position (events at or before it)' })
  @IsOptional() @IsString() @MaxLength(32)
  position?: string;
}

/** The point in the past the query asks for, or null for "now"; 400 naming the parameter otherwise. */
export function asOfLimit(query: AsOfQueryDto): AsOfLimit | null {
  try {
    return parseAsOf(query);
  } catch (error) {
    if (error instanceof InvalidAsOf) throw new BadRequestException({ message: error.message, details: { parameter: error.parameter } });
    throw error;
  }
}
