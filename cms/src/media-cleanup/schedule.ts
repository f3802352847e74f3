/**
 * Media that no content uses any more is deleted after a grace period (rather than the owner
 * being asked to delete it by hand, which is how a removed avatar stayed public): the owner
 * removes or replaces an image and does nothing else. The grace period is the undo: for that long
 * the file stays in the Media Library, so a slip is put right by picking it again, and a site that
 * is rebuilt or deployed a while after the edit never links a file that is already gone.
 * - MEDIA_GRACE_HOURS (default 24): a day covers "I'll put it back tomorrow morning" and any
 *   deploy, and still means a removed photo is gone by the next day; its address was never listed
 *   once no page links it (the name carries a random hash). 0 deletes at the next sweep.
 * - MEDIA_SWEEP_CRON (default every 10 minutes): when to look for files past their grace period.
 * With several instances on one database one sweeps at a time (cluster/run-exclusively).
 * https://docs.strapi.io/cms/configurations/cron
 */
import type { Core } from '@strapi/strapi';
import { runExclusively } from '../cluster/run-exclusively';
import { sweepOrphans } from './sweep-orphans';

const DEFAULT_GRACE_HOURS = 24;
const DEFAULT_SWEEP_CRON = '*/10 * * * *';

/** The grace period in milliseconds from MEDIA_GRACE_HOURS, or a message naming the bad value. */
export function gracePeriodMs(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_GRACE_HOURS * 3_600_000;
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours < 0) {
    throw new Error(`MEDIA_GRACE_HOURS "${value}" must be a number of hours, 0 or more, e.g. "24" (the default) or "0.5"`);
  }
  return hours * 3_600_000;
}

export function scheduleMediaSweep(strapi: Core.Strapi): void {
  const graceMs = gracePeriodMs(process.env.MEDIA_GRACE_HOURS);
  const rule = process.env.MEDIA_SWEEP_CRON?.trim() || DEFAULT_SWEEP_CRON;
  const task = async () => {
    const outcome = await runExclusively(strapi, 'media-sweep', () => sweepOrphans(strapi, graceMs));
    if (outcome.ran && outcome.value.deleted.length > 0) {
      strapi.log.info(`Media cleanup: deleted ${outcome.value.deleted.length} unused file(s): ${outcome.value.deleted.join(', ')}`);
    }
  };
  strapi.cron.add({
    'media-sweep': { task: () => task().catch((error: Error) => strapi.log.error(`Media cleanup failed: ${error.message}`)), options: { rule } },
  });
}
