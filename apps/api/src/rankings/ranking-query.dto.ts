import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR, ORG_LEVELS, OrgLevel } from '@app/domain';
import { ORG_ID } from '../common/identifiers';
import { PositionQueryDto } from '../results/position-query.dto';

export class RankingQueryDto extends PositionQueryDto {
  @ApiProperty({ enum: ORG_LEVELS, description: 'The organisations ranked against each other' })
  @IsIn(ORG_LEVELS)
  level!: OrgLevel;

  @ApiPropertyOptional({ description: "Only organisations below this one; defaults to the caller's organisation" })
  @IsOptional() @Matches(ORG_ID)
  under?: string;

  @ApiProperty({ minimum: MOVEMENT_FIRST_YEAR, maximum: MOVEMENT_LAST_YEAR, description: 'The year whose approved reports are ranked' })
  @Type(() => Number) @IsInt() @Min(MOVEMENT_FIRST_YEAR) @Max(MOVEMENT_LAST_YEAR)
  year!: number;
}
