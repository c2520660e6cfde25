import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-change-me';
export const DEVELOPMENT_WEBHOOK_KEY = 'development-only-webhook-key-change-me';

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

  /** HS256 key that signs and verifies bearer tokens. The default is for local use only. */
  @IsString() @MinLength(16)
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  /** Key from which each webhook's signing secret is derived (HMAC-SHA256 of the webhook id). */
  @IsString() @MinLength(16)
  WEBHOOK_SIGNING_KEY = DEVELOPMENT_WEBHOOK_KEY;

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  SWAGGER = true;
}
