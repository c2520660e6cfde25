import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

export class ForgetPersonDto extends CommandIdDto {
  @ApiProperty({ description: 'The basis of the erasure; recorded in the log, so it names no one', example: 'Request of 3 March 2027 under Decree 13/2023/ND-CP' })
  @IsString() @MinLength(1) @MaxLength(1000)
  reason!: string;
}
