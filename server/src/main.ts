import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createContext } from './context.js';
import { describeDatabase } from './db/open.js';
import { DEMO_USERS, seedFirstUsers, seedOrganisations } from './seed/seed.js';
import { seedPlans } from './seed/plans.js';
import { seedIndicatorFramework } from './indicators/seed-framework.js';
import { bakuToday } from '../../common/src/dates.js';
import { createMailer } from './notifications/mailer.js';
import { collectReminders, sendMail } from './notifications/reminders.js';
import { scheduleReferralAlerts } from './referrals/referral-alerts.js';
import { scanForDuplicates } from './cases/duplicates/duplicate-job.js';
import { seedDemoCases } from './seed/demo-cases.js';
import { seedDemoShelters } from './seed/demo-shelters.js';
import { seedDemoEvents } from './events/demo-events.js';
import { seedDemoMeetings } from './seed/demo-meetings.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const ctx = await createContext(config);
  const added = await seedOrganisations(ctx.db);
  const firstUsers = await seedFirstUsers(ctx.db, config.DEMO_DATA);
  const seededMeasures = await seedPlans(ctx.db);
  await seedIndicatorFramework(ctx.db);
  if (config.DEMO_DATA) await seedDemoCases(ctx.db, ctx.vault);
  if (config.DEMO_DATA) await seedDemoShelters(ctx.db, ctx.vault);
  if (config.DEMO_DATA) await seedDemoEvents(ctx.db);
  if (config.DEMO_DATA) await seedDemoMeetings(ctx.db);
  const { app, state } = await buildApp(ctx, { serveWeb: true });

  // Reminders for reporting due dates: at start and then at a fixed interval.
  const mailer = createMailer(config);
  const remind = async () => {
    const outgoing = await collectReminders(ctx.db, bakuToday(), config.REMINDER_DAYS_BEFORE);
    const mailed = await sendMail(mailer, outgoing, (error) => app.log.warn({ err: error }, 'reminder e-mail not sent'));
    if (outgoing.length) app.log.info({ reminders: outgoing.length, mailed }, 'reporting reminders');
  };
  const reminders = setInterval(() => void remind().catch((error) => app.log.error({ err: error }, 'reminders failed')), config.REMINDER_INTERVAL_MINUTES * 60_000);
  reminders.unref();
  // Referrals to the special police unit not accepted in time: checked every few minutes, each alerted once.
  const stopReferralAlerts = scheduleReferralAlerts(ctx.db, config, mailer, app.log);

  // Data keys added by a rotation are picked up within a minute; candidate duplicates are looked
  // for once a day among the persons changed since the last pass (all of them at start).
  const vaultReload = setInterval(() => void ctx.vault.reload().catch((error) => app.log.error({ err: error }, 'reloading data keys failed')), 60_000);
  vaultReload.unref();
  let lastScan: Date | null = null;
  const scanDuplicates = async () => {
    const started = new Date();
    const { scanned, found } = await scanForDuplicates(ctx.db, ctx.vault, lastScan);
    lastScan = started;
    if (found) app.log.info({ scanned, found }, 'duplicate candidates');
  };
  const duplicateScans = setInterval(() => void scanDuplicates().catch((error) => app.log.error({ err: error }, 'duplicate scan failed')), 24 * 3_600_000);
  duplicateScans.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    state.shuttingDown = true;
    clearInterval(reminders);
    stopReferralAlerts();
    clearInterval(vaultReload);
    clearInterval(duplicateScans);
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close();
      await ctx.db.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
  void remind().catch((error) => app.log.error({ err: error }, 'reminders failed'));
  void scanDuplicates().catch((error) => app.log.error({ err: error }, 'duplicate scan failed'));
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const lines = [
    '',
    `Koordinator is running at http://${shownHost}:${config.PORT}`,
    `Database: ${describeDatabase(config)}${ctx.migrated.length ? ` (applied ${ctx.migrated.join(', ')})` : ''}`,
  ];
  if (added) lines.push(`Loaded ${added} organisations of the 2020–2024 plan.`);
  if (seededMeasures) lines.push(`Loaded the 2020–2024 National Action Plan (${seededMeasures} measures).`);
  if (ctx.keyGenerated) lines.push(`Generated a secret key in ${config.DATA_DIR}/secret.key (set SECRET_KEY in production).`);
  if (firstUsers.kind === 'demo') {
    lines.push('Demo accounts (password for all: ' + firstUsers.password + '):');
    for (const user of DEMO_USERS) lines.push(`  ${user.login.padEnd(18)} ${user.role}`);
    lines.push('Roles that see personal data, and admin, set up a second factor (authenticator app) at first login.');
  } else if (firstUsers.kind === 'admin') {
    lines.push(`First administrator: login "${firstUsers.login}", one-time password "${firstUsers.password}" (change it at first login).`);
  } else {
    lines.push('Log in with your account. Demo logins are listed in the README.');
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error('Koordinator failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
