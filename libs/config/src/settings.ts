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

  /**
   * A JSON file `{ "ruleSets": [...] }` replacing the shipped rule sets (deadline lengths,
   * reminders, escalation, authority), for an installation with its own rules or for tests with
   * durations in milliseconds. Absent: libs/domain/src/rules/data/rule-sets.json.
   */
  @IsOptional() @IsString()
  RULE_SETS_FILE?: string;

  /** How often the reconciler re-creates missing deadline jobs from the read model. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(86_400_000)
  RECONCILE_INTERVAL_MS = 60_000;

  /** Attempts of an advance job before it is parked (exponential backoff from JOB_BACKOFF_MS). */
  @Type(() => Number) @IsInt() @Min(1) @Max(100)
  JOB_ATTEMPTS = 15;

  @Type(() => Number) @IsInt() @Min(1) @Max(3_600_000)
  JOB_BACKOFF_MS = 1000;

  /** Attempts of a webhook delivery before it becomes a dead letter. */
  @Type(() => Number) @IsInt() @Min(1) @Max(100)
  WEBHOOK_ATTEMPTS = 10;

  @Type(() => Number) @IsInt() @Min(1) @Max(3_600_000)
  WEBHOOK_BACKOFF_MS = 30_000;

  /** How long a webhook receiver has to answer one delivery. */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 5000;

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  SWAGGER = true;
}
