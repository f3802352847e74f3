/**
 * Says in the admin, under the profile's OpenAlex field, when this server has no OPENALEX_API_KEY
 * (OpenAlex requires one since 2026-02-13), and takes the warning away once it has one. Only the
 * help text we ship is touched: one the owner rewrote in "Configure the view" stays theirs.
 */
import type { Core } from '@strapi/strapi';
import { ADMIN_VIEWS } from '../bootstrap/admin-views';

const PROFILE = 'api::profile.profile';
export const MISSING_KEY_WARNING = '⚠ This server has no OPENALEX_API_KEY: OpenAlex will likely refuse (discovery and citation counts log it).';

interface Configuration {
  metadatas: Record<string, { edit?: { description?: string } }>;
}

export async function noteMissingOpenAlexKey(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const shipped = ADMIN_VIEWS[PROFILE]?.descriptions.openalexId;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const model = contentTypes.findContentType(PROFILE);
  if (!shipped || !model) return;
  const configuration = (await contentTypes.findConfiguration(model)) as Configuration;
  const edit = configuration.metadatas.openalexId?.edit;
  const current = edit?.description ?? '';
  if (!edit || (current !== shipped && current !== `${shipped} ${MISSING_KEY_WARNING}`)) return;
  const wanted = env.OPENALEX_API_KEY?.trim() ? shipped : `${shipped} ${MISSING_KEY_WARNING}`;
  if (current === wanted) return;
  edit.description = wanted;
  await contentTypes.updateConfiguration(model, configuration);
}
