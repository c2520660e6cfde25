import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AWARD_FORMS, AwardForm, NOMINEE_KEY_PATTERN, NOMINEE_KINDS, NomineeKind } from '@app/domain';
import { ORG_ID, UUID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

/** Nomination ids: what the domain accepts (an id chosen by the caller, or one derived from the command id). */
export const NOMINATION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const NOMINEE_KEY_RULE = 'nominee key: 1 to 100 letters, digits, ".", "-" or "_" (a personnel number, or the organisation id of a collective)';

// The shape is checked here; the domain checks eligibility, authority and the nominee's organisation.

export class NomineeDto {
  @ApiProperty({ enum: NOMINEE_KINDS }) @IsIn(NOMINEE_KINDS)
  kind!: NomineeKind;

  @ApiProperty({ example: 'moc-it.0042', description: 'Stable key: the personnel number of a person, or the organisation id of a collective' })
  @Matches(NOMINEE_KEY_PATTERN, { message: NOMINEE_KEY_RULE })
  key!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' }) @IsString() @MinLength(1) @MaxLength(300)
  name!: string;
}

export class AchievementDto {
  @ApiProperty({ example: 'yearly-report:3f3c1a4e', description: 'Names the achievement: one achievement of one nominee is rewarded once' })
  @IsString() @MinLength(1) @MaxLength(200)
  key!: string;

  @ApiProperty({ example: 2025 }) @IsInt() @Min(1945) @Max(2100)
  year!: number;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional({ description: 'Attainment in the movement, from 0 to 1' }) @IsOptional() @IsNumber() @Min(0) @Max(1)
  attainment?: number;
}

export class OverrideDto {
  @ApiProperty({ description: 'Why the nomination goes ahead although the nominee is not eligible (a reviewer with authority for the form)' })
  @IsString() @MinLength(1) @MaxLength(4000)
  justification!: string;
}

export class NominateDto extends CommandIdDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or derived from the command id' }) @IsOptional() @Matches(NOMINATION_ID)
  nominationId?: string;

  @ApiPropertyOptional({ description: "The nominee's organisation; defaults to the caller's" }) @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty({ enum: AWARD_FORMS }) @IsIn(AWARD_FORMS)
  form!: AwardForm;

  @ApiProperty({ type: NomineeDto }) @ValidateNested() @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @ApiProperty({ type: AchievementDto }) @ValidateNested() @Type(() => AchievementDto)
  achievement!: AchievementDto;

  @ApiPropertyOptional({ description: 'The award nomination dossier carrying it up the chain' }) @IsOptional() @Matches(UUID)
  dossierId?: string;

  @ApiPropertyOptional({ type: OverrideDto }) @IsOptional() @ValidateNested() @Type(() => OverrideDto)
  override?: OverrideDto;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class CouncilVoteDto extends CommandIdDto {
  @ApiProperty({ description: 'Members of the council, present or not' }) @IsInt() @Min(1) @Max(1000)
  members!: number;

  @ApiProperty() @IsInt() @Min(0) @Max(1000)
  for!: number;

  @ApiProperty() @IsInt() @Min(0) @Max(1000)
  against!: number;

  @ApiProperty() @IsInt() @Min(0) @Max(1000)
  abstain!: number;

  @ApiPropertyOptional({ example: '1510/QĐ-TTg', description: 'The signed decision' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  decisionRef?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class RevokeAwardDto extends CommandIdDto {
  @ApiProperty({ example: 'Fraud: the 2024 figures were falsified' }) @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ example: '220/QĐ-TTg' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  decisionRef?: string;
}

export class WithdrawNominationDto extends CommandIdDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(2000)
  reason?: string;
}

/** Query values arrive as strings; numbers are converted by the validation pipe's transform. */
export class EligibilityQueryDto {
  @ApiProperty({ example: 'moc-it.0042' }) @Matches(NOMINEE_KEY_PATTERN, { message: NOMINEE_KEY_RULE })
  nomineeKey!: string;

  @ApiProperty({ enum: AWARD_FORMS }) @IsIn(AWARD_FORMS)
  form!: AwardForm;

  @ApiProperty({ example: 2025 }) @Type(() => Number) @IsInt() @Min(1945) @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'When given, also tells whether this achievement is already rewarded or nominated' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  achievementKey?: string;

  @ApiPropertyOptional({ enum: NOMINEE_KINDS, description: 'Defaults to the kind the ledger knows the nominee as' }) @IsOptional() @IsIn(NOMINEE_KINDS)
  kind?: NomineeKind;

  @ApiPropertyOptional({ description: 'Attainment in the movement, from 0 to 1' }) @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  attainment?: number;

  @ApiPropertyOptional({ description: "The nominee's organisation; defaults to the caller's" }) @IsOptional() @Matches(ORG_ID)
  orgId?: string;
}
