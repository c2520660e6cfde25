import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { ORG_ID } from '../common/identifiers';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

export class RegisterWebhookDto extends CommandIdDto {
  @ApiPropertyOptional({ description: "The organisation whose events are delivered; defaults to the caller's" })
  @IsOptional() @Matches(ORG_ID)
  orgId?: string;

  @ApiProperty({ example: 'https://council.example.gov.vn/hooks/emulation' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }) @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({ description: 'Only these event types; all that concern the organisation when omitted' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true })
  eventTypes?: string[];
}
