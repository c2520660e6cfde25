import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ORG_ID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

const LEVELS = ['unit', 'ministry', 'province', 'central_council'] as const;

export class RegisterOrganisationDto extends CommandIdDto {
  @ApiProperty({ example: 'ministry-culture', pattern: ORG_ID.source })
  @Matches(ORG_ID, { message: 'orgId must be 2 to 63 lower-case letters, digits, "-" or "_"' })
  orgId!: string;

  @ApiProperty({ example: 'Ministry of Culture, Sports and Tourism' })
  @IsString() @MinLength(1) @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS)
  level!: (typeof LEVELS)[number];

  @ApiPropertyOptional({ description: 'Omitted only for the Central Emulation and Reward Council' })
  @IsOptional() @Matches(ORG_ID)
  parentId?: string;
}

export class RenameOrganisationDto extends CommandIdDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300)
  name!: string;
}

export class MoveOrganisationDto extends CommandIdDto {
  @ApiProperty() @Matches(ORG_ID)
  parentId!: string;
}
