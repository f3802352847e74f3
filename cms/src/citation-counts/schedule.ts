/**
 * The citation-count job, off unless configured:
 * - CITATION_COUNTS_CRON: when to run, a cron rule, e.g. "0 4 * * 1" (Mondays 04:00);
 * - CITATION_COUNTS_RUN_ON_BOOT=true: also run once right after boot;
 * - OPENALEX_URL (default https://api.openalex.org), OPENALEX_MAILTO (your e-mail, for OpenAlex's polite pool),
 *   OPENALEX_API_KEY (required by OpenAlex since 2026-02-13; logged as missing when unset).
 * With several instances on one database only one runs it at a time (cluster/run-exclusively).
 * https://docs.strapi.io/cms/configurations/cron
 */
import type { Core } from '@strapi/strapi';
import { runExclusively } from '../cluster/run-exclusively';
import { refreshCitationCounts } from './refresh-citation-counts';
import { OPENALEX_KEY_MISSING } from '../work-discovery/sources';

const DEFAULT_OPENALEX_URL = 'https://api.openalex.org';

export function scheduleCitationCounts(strapi: Core.Strapi): void {
  const rule = process.env.CITATION_COUNTS_CRON?.trim();
  const onBoot = process.env.CITATION_COUNTS_RUN_ON_BOOT === 'true';
  if (!rule && !onBoot) return;
  const baseUrl = process.env.OPENALEX_URL?.trim() || DEFAULT_OPENALEX_URL;
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new Error(`OPENALEX_URL "${baseUrl}" must include a scheme, e.g. "${DEFAULT_OPENALEX_URL}"`);
  }
  const apiKey = process.env.OPENALEX_API_KEY?.trim() || undefined;
  if (!apiKey) strapi.log.warn(`Citation counts: ${OPENALEX_KEY_MISSING}`);
  const options = { baseUrl, mailto: process.env.OPENALEX_MAILTO?.trim() || undefined, apiKey };

  const run = async () => {
    const started = Date.now();
    const result = await runExclusively(strapi, 'citation-counts', () => refreshCitationCounts(strapi, options));
    if (!result.ran) return strapi.log.info('Citation counts: another instance is refreshing them; skipped');
    const { asked, updated, failed } = result.value;
    strapi.log.info(`Citation counts: ${updated} of ${asked} publications updated, ${failed} kept after errors, in ${Date.now() - started} ms`);
  };
  const runLogged = () => run().catch((error: Error) => strapi.log.error(`Citation counts failed: ${error.message}`));

  if (rule) strapi.cron.add({ 'citation-counts': { task: runLogged, options: { rule } } });
  // Not awaited: the server starts listening while the counts arrive.
  if (onBoot) void runLogged();
}
