/**
 * Strapi's onboarding tour opens over the first view of every section and blocks the owner's first
 * clicks; it teaches schema building and API tokens, which the owner never does here. Strapi 5.54
 * ignores the documented `config.tutorials` switch: the tour reads its state from localStorage
 * (`STRAPI_GUIDED_TOUR`, components/GuidedTour/Context in @strapi/admin), so we store "off" there
 * before the app renders. Only when nothing is stored: an owner who restarts the tour keeps it.
 */
const STORAGE_KEY = 'STRAPI_GUIDED_TOUR';

export function turnOffGuidedTour(storage: Storage = window.localStorage): void {
  if (storage.getItem(STORAGE_KEY) !== null) return;
  storage.setItem(STORAGE_KEY, JSON.stringify({ enabled: false, hidden: false, completedActions: [] }));
}
