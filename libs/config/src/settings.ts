import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

/**
 * Every setting the product reads, with its default. README's settings table mirrors this class;
 * a bad value stops the process at boot with a message naming the variable.
 */
export class Settings {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Absent: an embedded PostgreSQL is started with its data under EMBEDDED_PG_DIR. */
  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = './.data/postgres';

  @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT = 5488;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsIn(['postgres', 'eventstoredb'])
  EVENT_STORE: 'postgres' | 'eventstoredb' = 'postgres';

  /** Required when EVENT_STORE=eventstoredb, e.g. esdb://localhost:2113?tls=false */
  @IsOptional() @IsString() @MinLength(8)
  EVENTSTORE_URL?: string;

  @Type(() => Number) @IsInt() @Min(1024) @Max(64 * 1024 * 1024)
  MAX_EVENT_BYTES = 1024 * 1024;

  @Type(() => Number) @IsInt() @Min(10) @Max(60_000)
  SUBSCRIPTION_POLL_MS = 250;

  /** Key prefix of every BullMQ queue, so several installations can share one Redis. */
  @IsString() @MinLength(1)
  QUEUE_PREFIX = 'emulation';

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  SWAGGER = true;
}
