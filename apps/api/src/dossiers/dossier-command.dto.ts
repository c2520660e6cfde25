import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { DOSSIER_KINDS, DossierKind } from '@app/domain';
import { ORG_ID } from '../common/identifiers';

export class CommandIdDto {
  @ApiPropertyOptional({ description: 'Makes a retry safe; the Idempotency-Key header takes precedence' })
  @IsOptional() @IsString() @MaxLength(128)
  commandId?: string;
}

export class CreateDossierDto extends CommandIdDto {
  @ApiProperty({ enum: DOSSIER_KINDS })
  @IsIn(DOSSIER_KINDS)
  kind!: DossierKind;

  @ApiPropertyOptional({ description: "The submitting unit; defaults to the caller's organisation" })
  @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty({ description: 'The kind-specific content, validated per kind', type: 'object', additionalProperties: true })
  @IsObject()
  payload!: Record<string, unknown>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class EditDossierDto extends CommandIdDto {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  payload!: Record<string, unknown>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class CommentDto extends CommandIdDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class WithdrawDto extends CommandIdDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(2000)
  reason?: string;
}

/** A review decision names the round and step the reviewer saw, so a stale screen cannot act. */
export class ReviewDecisionDto extends CommandIdDto {
  @ApiProperty() @IsInt() @Min(1)
  round!: number;

  @ApiProperty() @IsInt() @Min(0)
  step!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class ReviewRefusalDto extends CommandIdDto {
  @ApiProperty() @IsInt() @Min(1)
  round!: number;

  @ApiProperty() @IsInt() @Min(0)
  step!: number;

  @ApiProperty({ description: 'Why it is returned or rejected' })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}
