import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { CommandIdDto } from '../dossiers/dossier-command.dto';

export class CalendarDayDto extends CommandIdDto {
  @ApiProperty({ enum: ['day_off', 'working_day'] })
  @IsIn(['day_off', 'working_day'])
  kind!: 'day_off' | 'working_day';

  @ApiProperty({ example: 'Government notice: 2 September bridge day' })
  @IsString() @MinLength(1) @MaxLength(500)
  reason!: string;
}
