import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DOSSIER_KINDS, DossierKind } from '@app/domain';
import { DOSSIER_LIST_STATUSES } from '@app/projections/dossiers/dossier-status';
import { AsOfQueryDto } from '../common/as-of-query';
import { ORG_ID } from '../common/identifiers';

const STATUSES = DOSSIER_LIST_STATUSES;

export class PageDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Answer only once the read models include this global position (at most 5 s)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  afterPosition?: number;
}

export class DossierListDto extends PageDto {
  @ApiPropertyOptional({ enum: DOSSIER_KINDS }) @IsOptional() @IsIn(DOSSIER_KINDS)
  kind?: DossierKind;

  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ description: 'Dossiers the organisation owns or is reviewing now' })
  @IsOptional() @Matches(ORG_ID)
  org?: string;

  @ApiPropertyOptional({ description: 'Only reviews past their due date' })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  overdue?: boolean;
}

/** An inbox now (from the read models), or as it stood at `asOf` / `position` (folded from the log). */
export class InboxQueryDto extends PageDto implements AsOfQueryDto {
  @ApiPropertyOptional({ description: 'As it stood at this instant (ISO 8601 with a zone), e.g. 2027-03-01T00:00:00Z' })
  @IsOptional() @IsString() @MaxLength(64)
  asOf?: string;

  @ApiPropertyOptional({ description: 'As it stood at this global position (events at or before it)' })
  @IsOptional() @IsString() @MaxLength(32)
  position?: string;
}
