/**
 * What the owner sees in the Content Manager: a label in words and a description under every
 * field (of content types and of components), list columns, default sort and the edit form's
 * order. Stored by Strapi as each type's view configuration, so the owner can still change all of
 * it in "Configure the view". Hence: labels and descriptions are only filled where they are still
 * Strapi's default (the field's name, or empty) or a text we shipped before; list columns,
 * settings and the edit order are set once per LAYOUT_STEPS entry, so a later change by the owner
 * stays.
 */
import type { Core, UID } from '@strapi/strapi';
import { ADMIN_VIEWS, SUPERSEDED_DESCRIPTIONS, type AdminView, type EditRow } from './admin-views';
import { COMPONENT_VIEWS } from './admin-component-views';

interface FieldMetadata {
  edit?: { label?: string; description?: string; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}
interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}
/** The content manager's configuration service, for content types and for components alike. */
interface ConfigurationService {
  find(uid: string): { uid: string } | undefined;
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

const LATER_VIEWS = new Set([ADMIN_VIEWS['api::news-item.news-item'], ADMIN_VIEWS['api::talk.talk']]);

/** Changes applied once each, in order; the number of the last one applied is stored. */
const LAYOUT_STEPS: ((view: AdminView, configuration: ViewConfiguration) => void)[] = [
  // 1: list columns and default sort.
  (view, configuration) => {
    configuration.layouts.list = view.listColumns;
    configuration.settings = { ...configuration.settings, ...view.settings };
  },
  // 2: the edit form in the order fields are filled in (the BibTeX box first on a publication).
  (view, configuration) => {
    if (view.editLayout) configuration.layouts.edit = orderEditLayout(configuration.layouts.edit, view.editLayout);
  },
  // 3: news items and talks came after steps 1 and 2 had run on existing sites: both, for them.
  (view, configuration) => {
    if (!LATER_VIEWS.has(view)) return;
    configuration.layouts.list = view.listColumns;
    configuration.settings = { ...configuration.settings, ...view.settings };
    if (view.editLayout) configuration.layouts.edit = orderEditLayout(configuration.layouts.edit, view.editLayout);
  },
];

export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'homepage' });
  const applied = ((await store.get({ key: 'admin-layout-version' })) as number | null) ?? 0;
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types');
  const components = contentManager.service('components');
  const typeService: ConfigurationService = {
    find: (uid) => contentTypes.findContentType(uid as UID.ContentType),
    findConfiguration: (model) => contentTypes.findConfiguration(model),
    updateConfiguration: (model, configuration) => contentTypes.updateConfiguration(model, configuration),
  };
  const componentService: ConfigurationService = {
    find: (uid) => components.findComponent(uid as UID.Component),
    findConfiguration: (model) => components.findConfiguration(model),
    updateConfiguration: (model, configuration) => components.updateConfiguration(model, configuration),
  };

  for (const [uid, view] of Object.entries(ADMIN_VIEWS)) {
    await updateView(typeService, uid, (configuration) => {
      fillWords(configuration, view, SUPERSEDED_DESCRIPTIONS[uid] ?? {});
      // Fields computed at save time are shown to nobody in the edit view.
      const computed = view.computed ?? [];
      for (const field of computed) {
        const metadata = configuration.metadatas[field];
        if (metadata?.edit) Object.assign(metadata.edit, { visible: false, editable: false });
      }
      configuration.layouts.edit = configuration.layouts.edit.map((row) => row.filter((cell) => !computed.includes(cell.name))).filter((row) => row.length > 0);
      for (const step of LAYOUT_STEPS.slice(applied)) step(view, configuration);
    });
  }
  for (const [uid, view] of Object.entries(COMPONENT_VIEWS)) {
    await updateView(componentService, uid, (configuration) => fillWords(configuration, view, {}));
  }
  if (applied < LAYOUT_STEPS.length) await store.set({ key: 'admin-layout-version', value: LAYOUT_STEPS.length });
}

async function updateView(service: ConfigurationService, uid: string, change: (configuration: ViewConfiguration) => void): Promise<void> {
  const model = service.find(uid);
  if (!model) return;
  const configuration = await service.findConfiguration(model);
  const stored = JSON.stringify(configuration);
  change(configuration);
  // Most boots find every view as they left it: writing it back unchanged cost a write per view.
  if (JSON.stringify(configuration) !== stored) await service.updateConfiguration(model, configuration);
}

/** Labels where Strapi's default (the field's name) is still there; help texts where empty or ours from before. */
function fillWords(configuration: ViewConfiguration, view: Pick<AdminView, 'labels' | 'descriptions'>, superseded: Record<string, string>): void {
  for (const [field, label] of Object.entries(view.labels)) {
    const metadata = configuration.metadatas[field];
    if (metadata?.edit && (!metadata.edit.label || metadata.edit.label === field)) metadata.edit.label = label;
    if (metadata?.list && (!metadata.list.label || metadata.list.label === field)) metadata.list.label = label;
  }
  for (const [field, description] of Object.entries(view.descriptions)) {
    const edit = configuration.metadatas[field]?.edit;
    if (edit && (!edit.description || edit.description === superseded[field])) edit.description = description;
  }
}

/**
 * The edit rows as `order` gives them, for the fields the current layout has; fields it leaves
 * out keep Strapi's place for them, after these rows, so no field ever disappears from the form.
 */
export function orderEditLayout(current: { name: string; size: number }[][], order: EditRow[]): { name: string; size: number }[][] {
  const present = new Set(current.flat().map((cell) => cell.name));
  const ordered = order.map((row) => row.filter(([name]) => present.has(name)).map(([name, size]) => ({ name, size }))).filter((row) => row.length > 0);
  const placed = new Set(ordered.flat().map((cell) => cell.name));
  const rest = current.map((row) => row.filter((cell) => !placed.has(cell.name))).filter((row) => row.length > 0);
  return [...ordered, ...rest];
}
