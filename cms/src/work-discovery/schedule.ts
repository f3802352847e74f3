/**
 * Discovery on a schedule, off unless configured: DISCOVERY_CRON is a cron rule (e.g. "0 5 * * 1",
 * Mondays 05:00; six fields for seconds). With several instances on one database each fires the
 * rule; one runs it (cluster/run-exclusively) and the slot it ran for is stored, so an instance
 * that gets the lock after the first has finished sees the slot taken and skips it.
 * https://docs.strapi.io/cms/configurations/cron
 */
import type { Core } from '@strapi/strapi';
import { runExclusively } from '../cluster/run-exclusively';
import { discoverNewWorks } from './discover';
import { OPENALEX_KEY_MISSING } from './sources';

const JOB = 'work-discovery';

export function scheduleWorkDiscovery(strapi: Core.Strapi): void {
  const rule = process.env.DISCOVERY_CRON?.trim();
  if (!rule) return;
  if (!process.env.OPENALEX_API_KEY?.trim()) strapi.log.warn(`Discovery: ${OPENALEX_KEY_MISSING}`);
  const run = async () => {
    // The second the rule fired for: the same on every instance whose clock is right.
    const slot = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const result = await runExclusively(strapi, JOB, async () => {
      const store = strapi.store({ type: 'core', name: 'homepage' });
      if ((await store.get({ key: 'work-discovery-last-slot' })) === slot) return undefined;
      await store.set({ key: 'work-discovery-last-slot', value: slot });
      return discoverNewWorks(strapi);
    });
    if (!result.ran || !result.value) return strapi.log.info('Discovery: another instance runs it for this slot; skipped');
    const { proposed, seenAgain, namesakes } = result.value;
    strapi.log.info(`Discovery: ${proposed.length} new candidate(s), ${seenAgain} seen again, ${namesakes} namesake work(s) left out`);
  };
  strapi.cron.add({ [JOB]: { task: () => run().catch((error: Error) => strapi.log.error(`Discovery failed: ${error.message}`)), options: { rule } } });
}
