import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { commaList } from './list-setting';

export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-change-me';
export const DEVELOPMENT_WEBHOOK_KEY = 'development-only-webhook-key-change-me';

/** Signature algorithms a bearer token may use: HS256 with JWT_SECRET, RS256/ES256 with public keys. */
export const JWT_ALGORITHMS = ['HS256', 'RS256', 'ES256'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

/** `true`/`1` and `false`/`0`; anything else is left for the validator to name. */
const BOOLEAN = ({ value }: { value: unknown }) => {
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  return value;
};
/** A browser origin: scheme, host and optional port, nothing after it. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

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

  /**
   * A JSON file `{ "scoringRuleSets": [...] }` replacing the shipped scoring weights of the seven
   * contents (versioned by effective date). Absent: the configurable examples shipped in
   * libs/domain/src/scoring/scoring-rule-set.ts.
   */
  @IsOptional() @IsString()
  SCORING_RULE_SETS_FILE?: string;

  /**
   * JSON file `{ "awardRuleSets": [...] }` replacing the shipped award rules (who decides each form,
   * eligibility conditions, council quorum and thresholds), versioned by effective date; see
   * libs/domain/src/awards/default-award-rule-sets.ts.
   */
  @IsOptional() @IsString()
  AWARD_RULE_SETS_FILE?: string;

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

  /**
   * Ed25519 private key (PEM) that signs the seals of the event log; kept outside the database,
   * generated with mode 0600 on first use, its public key written beside it (`….pub.pem`).
   */
  @IsString() @MinLength(1)
  SEAL_KEY_FILE = './.data/keys/seal-ed25519.pem';

  /** Directory outside the database where each seal is also written, one file per seal, never overwritten. */
  @IsString() @MinLength(1)
  SEAL_DIR = './.data/seals';

  /** How often the worker seals the events appended since the last seal. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(86_400_000)
  SEAL_INTERVAL_MS = 60_000;

  /**
   * Master key (32 random bytes, base64) wrapping each person's data key; kept outside the
   * database, generated with mode 0600 when the first personal data is recorded.
   */
  @IsString() @MinLength(1)
  PERSONAL_DATA_KEY_FILE = './.data/keys/personal-data.key';

  /**
   * Which signature algorithms a bearer token may use (comma-separated). HS256 verifies with
   * JWT_SECRET; RS256 and ES256 with JWT_PUBLIC_KEYS or the identity provider's JWKS_URL.
   */
  @Transform(commaList) @IsArray() @ArrayMinSize(1) @IsIn(JWT_ALGORITHMS, { each: true })
  JWT_ALGORITHMS: JwtAlgorithm[] = ['HS256'];

  /** RS256/ES256 public keys: PEM text (several may follow one another) or the path of a file holding them. */
  @IsOptional() @IsString() @MinLength(1)
  JWT_PUBLIC_KEYS?: string;

  /** The identity provider's key set (OpenID Connect `jwks_uri`), fetched and cached; keys chosen by `kid`. */
  @IsOptional() @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  JWKS_URL?: string;

  /** Required `iss` of every token (the OpenID Connect issuer), when set. */
  @IsOptional() @IsString() @MinLength(1) @MaxLength(500)
  JWT_ISSUER?: string;

  /** Required `aud` of every token (this API's client id at the identity provider), when set. */
  @IsOptional() @IsString() @MinLength(1) @MaxLength(500)
  JWT_AUDIENCE?: string;

  /** Clock difference tolerated when checking `exp` and `nbf`, in seconds. */
  @Type(() => Number) @IsInt() @Min(0) @Max(300)
  JWT_CLOCK_SKEW_S = 30;

  /** Browser origins allowed to call the API (comma-separated, e.g. `https://emulation.gov.vn`); empty: none. */
  @Transform(commaList) @IsArray() @ArrayMaxSize(50) @Matches(ORIGIN, { each: true, message: 'each origin must be scheme://host[:port], nothing after it' })
  CORS_ORIGINS: string[] = [];

  /** Requests one caller (token subject) may make per minute, over all routes. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests one client address may make per minute, with or without a token. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  RATE_LIMIT_IP_PER_MINUTE = 1200;

  /**
   * Reverse proxies in front of the API whose `X-Forwarded-For` is believed, so the limit per
   * address counts clients rather than the proxy. 0: the connection's own address.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(10)
  TRUST_PROXY = 0;

  /**
   * Whether webhooks may point at loopback, private or link-local addresses. Left unset: allowed
   * except in production, where such a URL could make the worker probe the internal network.
   */
  @IsOptional() @Transform(BOOLEAN) @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE?: boolean;
}
