import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SUMMARY_KINDS, SummaryKind } from '@app/domain';
import { CommandIdDto } from '../dossiers/dossier-command.dto';
import { PositionQueryDto } from '../results/position-query.dto';

export class SummaryQueryDto extends PositionQueryDto {
  @ApiProperty({ enum: SUMMARY_KINDS, description: 'preliminary_summary: 2025–2027; final_summary: 2025–2030' })
  @IsIn(SUMMARY_KINDS)
  kind!: SummaryKind;
}

export class SummaryDossierDto extends CommandIdDto {
  @ApiProperty({ enum: SUMMARY_KINDS })
  @IsIn(SUMMARY_KINDS)
  kind!: SummaryKind;

  @ApiProperty({ description: 'The written assessment: results, lessons, proposals' })
  @IsString() @MinLength(1) @MaxLength(50_000)
  narrative!: string;

  @ApiPropertyOptional({ description: "The plan summarised, e.g. 4030/KH-BVHTTDL; defaults to the approved plan's dossier id" })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  planRef?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}
