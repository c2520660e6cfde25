import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DOSSIER_KINDS, DossierKind, MOVEMENT_ID, OrgLevel, SUMMARY_KINDS, SummaryKind } from '@app/domain';
import { ORG_ID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LEVELS: readonly OrgLevel[] = ['unit', 'ministry', 'province', 'central_council'];
const MOVEMENT_ID_MESSAGE = 'must be 1 to 64 letters, digits, ".", "-" or "_", starting with a letter or digit';

export class PeriodDto {
  @ApiProperty({ example: '2025-01-01' }) @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2030-12-31' }) @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}

export class PhaseDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(20)
  number!: number;

  @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100)
  firstYear!: number;

  @ApiProperty({ example: 2027 }) @IsInt() @Min(2000) @Max(2100)
  lastYear!: number;

  @ApiProperty({ enum: SUMMARY_KINDS }) @IsIn(SUMMARY_KINDS)
  summary!: SummaryKind;

  @ApiProperty({ example: 2027 }) @IsInt() @Min(2000) @Max(2100)
  summaryYear!: number;
}

export class ContentDto {
  @ApiProperty({ example: 1, description: 'Contents are numbered 1, 2, … in order' }) @IsInt() @Min(1) @Max(99)
  number!: number;

  @ApiProperty({ example: 'Digital transformation of agencies' }) @IsString() @MinLength(1) @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({ type: [Number], description: "The parent movement's contents this one carries down (required when there is a parent)" })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsInt({ each: true }) @Min(1, { each: true }) @Max(99, { each: true })
  adapts?: number[];
}

/** Whom a window binds: organisations at some levels below the launching one, or named organisations. */
export class WindowScopeDto {
  @ApiPropertyOptional({ enum: LEVELS, isArray: true, example: ['ministry', 'province'] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @IsIn(LEVELS, { each: true })
  levels?: OrgLevel[];

  @ApiPropertyOptional({ type: [String], example: ['camau-justice'] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @Matches(ORG_ID, { each: true })
  orgIds?: string[];
}

export class WindowDto {
  @ApiProperty({ example: 'plans-2025-q2', pattern: MOVEMENT_ID.source }) @Matches(MOVEMENT_ID, { message: `windowId ${MOVEMENT_ID_MESSAGE}` })
  windowId!: string;

  @ApiProperty({ enum: DOSSIER_KINDS, example: 'implementation_plan' }) @IsIn(DOSSIER_KINDS)
  kind!: DossierKind;

  @ApiProperty({ type: WindowScopeDto }) @ValidateNested() @Type(() => WindowScopeDto)
  appliesTo!: WindowScopeDto;

  @ApiProperty({ example: '2025-06-30', description: 'Due at the end of this day, Viet Nam time' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn!: string;
}

export class LaunchMovementDto extends CommandIdDto {
  @ApiProperty({ example: 'national', pattern: MOVEMENT_ID.source }) @Matches(MOVEMENT_ID, { message: `movementId ${MOVEMENT_ID_MESSAGE}` })
  movementId!: string;

  @ApiPropertyOptional({ description: "The launching organisation; defaults to the caller's", example: 'central-council' })
  @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty({ example: 'The whole country competes in innovation and digital transformation' }) @IsString() @MinLength(1) @MaxLength(500)
  name!: string;

  @ApiPropertyOptional({ example: '4030/KH-BVHTTDL', description: 'The document launching it' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  ref?: string;

  @ApiProperty({ example: '57-NQ/TW', description: 'The resolution or plan it implements' }) @IsString() @MinLength(1) @MaxLength(200)
  implementsRef!: string;

  @ApiPropertyOptional({ example: 'national', description: 'The movement whose contents it adapts' })
  @IsOptional() @Matches(MOVEMENT_ID, { message: `parentMovementId ${MOVEMENT_ID_MESSAGE}` })
  parentMovementId?: string;

  @ApiProperty({ type: PeriodDto }) @ValidateNested() @Type(() => PeriodDto)
  period!: PeriodDto;

  @ApiPropertyOptional({ type: [PhaseDto], description: "Omitted: the parent's phases" })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PhaseDto)
  phases?: PhaseDto[];

  @ApiProperty({ type: [ContentDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ContentDto)
  contents!: ContentDto[];

  @ApiPropertyOptional({ type: [WindowDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WindowDto)
  windows?: WindowDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

/** A window to add, or an existing one (same `windowId`) moved or re-scoped. */
export class SetWindowDto extends WindowDto {
  @ApiPropertyOptional({ description: 'Why, e.g. the reason for an extension' }) @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Makes a retry safe; the Idempotency-Key header takes precedence' })
  @IsOptional() @IsString() @MaxLength(128)
  commandId?: string;
}

export class MovementListDto {
  @ApiPropertyOptional({ description: 'Movements launched by this organisation' }) @IsOptional() @Matches(ORG_ID)
  org?: string;

  @ApiPropertyOptional({ enum: ['launched', 'closed'] }) @IsOptional() @IsIn(['launched', 'closed'])
  status?: 'launched' | 'closed';

  @ApiPropertyOptional({ description: 'Answer only once the read models include this global position (at most 5 s)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  afterPosition?: number;
}

export class MovementReadDto {
  @ApiPropertyOptional({ description: 'Answer only once the read models include this global position (at most 5 s)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  afterPosition?: number;
}

export class MissingPlansQueryDto extends MovementReadDto {
  @ApiPropertyOptional({ description: 'Only organisations whose window has passed' })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true' ? true : value === false || value === 'false' ? false : value) @IsBoolean()
  overdue?: boolean;
}
