import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { COMPARATORS, Comparator, CRITERION_UNITS, CriterionUnit, NATIONAL_CONTENTS, NationalContent } from '@app/domain';
import { ORG_ID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

/** Agreement and target ids: what the domain accepts. */
export const AGREEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The shape is checked here; the domain checks the rest (dates that exist, percentages, signatories) with every issue listed.

export class AgreementPeriodDto {
  @ApiProperty({ example: '2025-03-03' }) @Matches(LOCAL_DATE)
  from!: string;

  @ApiProperty({ example: '2025-12-31' }) @Matches(LOCAL_DATE)
  to!: string;
}

export class AgreementTargetDto {
  @ApiProperty({ example: 'online-users' }) @Matches(AGREEMENT_ID)
  targetId!: string;

  @ApiProperty({ example: 'Users of online public services' }) @IsString() @MinLength(1) @MaxLength(1000)
  metric!: string;

  @ApiProperty({ enum: CRITERION_UNITS }) @IsIn(CRITERION_UNITS)
  unit!: CriterionUnit;

  @ApiProperty({ enum: COMPARATORS }) @IsIn(COMPARATORS)
  comparator!: Comparator;

  @ApiProperty({ example: 100 }) @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @ApiProperty({ example: '2030-12-31' }) @Matches(LOCAL_DATE)
  dueDate!: string;

  @ApiPropertyOptional({ enum: NATIONAL_CONTENTS }) @IsOptional() @IsInt() @IsIn(NATIONAL_CONTENTS)
  nationalContent?: NationalContent;

  @ApiPropertyOptional({ description: 'The signatory whose own target it is; absent: shared by all signatories' })
  @IsOptional() @Matches(ORG_ID)
  signatoryOrgId?: string;
}

export class ProposeAgreementDto extends CommandIdDto {
  @ApiProperty({ example: 'hanoi-2025-03-03', description: 'Chosen by the proposer; names the agreement for good' })
  @Matches(AGREEMENT_ID)
  agreementId!: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ description: "The organisation drawing it up, one of the signatories; defaults to the caller's" })
  @IsOptional() @Matches(ORG_ID)
  proposerOrgId?: string;

  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(2) @ArrayMaxSize(200) @Matches(ORG_ID, { each: true })
  signatories!: string[];

  @ApiProperty({ type: AgreementPeriodDto }) @ValidateNested() @Type(() => AgreementPeriodDto)
  period!: AgreementPeriodDto;

  @ApiProperty({ type: [AgreementTargetDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AgreementTargetDto)
  targets!: AgreementTargetDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class SignAgreementDto extends CommandIdDto {
  @ApiPropertyOptional({ description: "The signatory signing, through the caller's reviewer role there; defaults to the caller's organisation" })
  @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class CancelAgreementDto extends CommandIdDto {
  @ApiPropertyOptional({ description: "The signatory calling it off; defaults to the caller's organisation" })
  @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}

export class AgreementListQueryDto {
  @ApiPropertyOptional({ description: 'Only agreements this organisation is a signatory of' })
  @IsOptional() @Matches(ORG_ID)
  org?: string;

  @ApiPropertyOptional({ enum: ['proposed', 'in_force', 'cancelled'] })
  @IsOptional() @IsIn(['proposed', 'in_force', 'cancelled'])
  status?: 'proposed' | 'in_force' | 'cancelled';
}
