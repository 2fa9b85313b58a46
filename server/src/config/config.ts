import { resolve } from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (what: string) =>
  z.coerce.number({ message: `must be a number (${what})` }).int(`must be a whole number (${what})`).positive(`must be positive (${what})`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  PORT: positiveInt('TCP port').max(65535, 'must be at most 65535').default(8080),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, 'data')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
  SESSION_IDLE_MINUTES: positiveInt('minutes').default(30),
  SESSION_MAX_HOURS: positiveInt('hours').default(12),
  LOGIN_MAX_FAILURES: positiveInt('attempts').default(5),
  LOGIN_LOCK_MINUTES: positiveInt('minutes').default(15),
  TRUST_PROXY: booleanFromEnv.default(false),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { message: 'must be auto, true or false' }).default('auto'),
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes), e.g. from `openssl rand -hex 32`')
    .optional(),
  // Set during a master-key rotation: the key being replaced, so that values it sealed still open.
  SECRET_KEY_PREVIOUS: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  BODY_LIMIT_BYTES: positiveInt('bytes').default(1_048_576),
  DEMO_DATA: booleanFromEnv.default(true),
  DB_POOL_SIZE: positiveInt('connections').default(10),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3, 'must be an address such as Koordinator <noreply@example.gov.az>').default('Koordinator <noreply@localhost>'),
  REMINDER_INTERVAL_MINUTES: positiveInt('minutes').default(60),
  REMINDER_DAYS_BEFORE: positiveInt('days').max(60, 'must be at most 60').default(7),
  // A referral to the special police unit not accepted within this time alerts the unit's supervisors and the sender.
  REFERRAL_ACCEPT_HOURS: positiveInt('hours').max(720, 'must be at most 720 (30 days)').default(24),
  REFERRAL_URGENT_ACCEPT_HOURS: positiveInt('hours').max(720, 'must be at most 720 (30 days)').default(2),
  // The length of a victim's reflection period, and how many days before its end it is alerted.
  REFLECTION_DAYS: positiveInt('days').max(365, 'must be at most 365').default(30),
  // Statistics on victims: counts 1..threshold-1 are suppressed ("<5"); see server/src/statistics/.
  STATS_SUPPRESSION_THRESHOLD: positiveInt('people').min(2, 'must be at least 2').max(50, 'must be at most 50').default(5),
  // The default k of the de-identified case-level export: every combination of the generalised fields is shared by at least k people.
  STATS_EXPORT_K: positiveInt('people').min(2, 'must be at least 2').max(1000, 'must be at most 1000').default(11),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; every bad value is named with the reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = present[name];
        const shown = ['SECRET_KEY', 'SECRET_KEY_PREVIOUS', 'DATABASE_URL', 'SMTP_URL'].includes(name) ? '(hidden)' : JSON.stringify(value);
        return `${name}=${shown}: ${issue.message}`;
      }),
    );
  }
  if (parsed.data.REFERRAL_URGENT_ACCEPT_HOURS > parsed.data.REFERRAL_ACCEPT_HOURS) {
    throw new ConfigError([`REFERRAL_URGENT_ACCEPT_HOURS=${parsed.data.REFERRAL_URGENT_ACCEPT_HOURS}: must not be more than REFERRAL_ACCEPT_HOURS (${parsed.data.REFERRAL_ACCEPT_HOURS})`]);
  }
  return parsed.data;
}
