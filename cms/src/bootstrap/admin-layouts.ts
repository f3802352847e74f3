/**
 * What the owner sees in the Content Manager: list columns, default sort and a description under
 * every field. Stored by Strapi as each type's view configuration, so the owner can still change
 * it in "Configure the view"; we only fill descriptions that are empty and set list columns once.
 */
import type { Core, UID } from '@strapi/strapi';
import { ADMIN_VIEWS } from './admin-views';

interface FieldMetadata {
  edit?: { description?: string; [key: string]: unknown };
  list?: Record<string, unknown>;
}
interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

const LAYOUT_VERSION = 1;

export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'homepage' });
  const applied = ((await store.get({ key: 'admin-layout-version' })) as number | null) ?? 0;
  const contentTypes = strapi.plugin('content-manager').service('content-types');

  for (const [uid, view] of Object.entries(ADMIN_VIEWS)) {
    const contentType = contentTypes.findContentType(uid as UID.ContentType);
    if (!contentType) continue;
    const configuration = (await contentTypes.findConfiguration(contentType)) as ViewConfiguration;

    for (const [field, description] of Object.entries(view.descriptions)) {
      const metadata = configuration.metadatas[field];
      if (metadata?.edit && !metadata.edit.description) metadata.edit.description = description;
    }
    // Fields computed at save time are shown to nobody in the edit view.
    for (const field of view.computed ?? []) {
      const metadata = configuration.metadatas[field];
      if (metadata?.edit) Object.assign(metadata.edit, { visible: false, editable: false });
    }
    configuration.layouts.edit = configuration.layouts.edit.map((row) => row.filter((cell) => !(view.computed ?? []).includes(cell.name))).filter((row) => row.length > 0);
    if (applied < LAYOUT_VERSION) {
      configuration.layouts.list = view.listColumns;
      configuration.settings = { ...configuration.settings, ...view.settings };
    }
    await contentTypes.updateConfiguration(contentType, configuration);
  }
  if (applied < LAYOUT_VERSION) await store.set({ key: 'admin-layout-version', value: LAYOUT_VERSION });
}
