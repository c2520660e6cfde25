import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AWARD_FORMS, AwardForm, EMULATION_TITLES, EmulationTitle, NOMINEE_KEY_PATTERN, NOMINEE_KINDS, NomineeKind, Rating, RATINGS } from '@app/domain';
import { ORG_ID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

/** Whose record an entry goes into. */
class HonoursEntryDto extends CommandIdDto {
  @ApiProperty({ example: 'moc-it.0042' }) @Matches(NOMINEE_KEY_PATTERN, { message: 'nomineeKey: 1 to 100 letters, digits, ".", "-" or "_"' })
  nomineeKey!: string;

  @ApiProperty({ enum: NOMINEE_KINDS }) @IsIn(NOMINEE_KINDS)
  nomineeKind!: NomineeKind;

  @ApiPropertyOptional({ description: "The nominee's organisation; defaults to the caller's" }) @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty({ example: 2024 }) @IsInt() @Min(1945) @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'Why, when correcting a year already recorded' }) @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class AnnualResultDto extends HonoursEntryDto {
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS)
  rating!: Rating;

  @ApiPropertyOptional({ enum: EMULATION_TITLES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(EMULATION_TITLES.length) @IsIn(EMULATION_TITLES, { each: true })
  titles?: EmulationTitle[];

  @ApiProperty({ example: '15/QĐ-BVHTTDL', description: 'The decision recognising the result' }) @IsString() @MinLength(1) @MaxLength(200)
  basisRef!: string;
}

export class PriorAwardDto extends HonoursEntryDto {
  @ApiProperty({ enum: AWARD_FORMS }) @IsIn(AWARD_FORMS)
  form!: AwardForm;

  @ApiProperty({ example: 'moc-it.0042:2019' }) @IsString() @MinLength(1) @MaxLength(200)
  achievementKey!: string;

  @ApiProperty({ example: '2045/QĐ-BVHTTDL' }) @IsString() @MinLength(1) @MaxLength(200)
  decisionRef!: string;
}
