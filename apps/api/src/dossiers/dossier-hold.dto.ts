import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { HOLD_REASONS, HoldReason } from '@app/domain';
import { CommandIdDto } from './dossier-command.dto';

export class HoldDto extends CommandIdDto {
  @ApiProperty({ enum: HOLD_REASONS, description: 'For a nomination: a pending discipline, investigation or complaint' })
  @IsIn(HOLD_REASONS)
  reason!: HoldReason;

  @ApiPropertyOptional({ description: 'Required when the reason is "other"' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(2000)
  note?: string;
}

export class MigrateRuleSetDto extends CommandIdDto {
  @ApiProperty({ example: 'vn-ec-2025.07' })
  @IsString() @MinLength(1) @MaxLength(100)
  toVersion!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}
