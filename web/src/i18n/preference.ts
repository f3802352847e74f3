/**
 * Which language a visitor wants: the one they chose with the header's switch (remembered in
 * localStorage), else the first of their browser's languages (navigator.languages) that the site
 * speaks. Browser only; the prerendered pages never guess.
 */
import { isSiteLocale, type SiteLocale } from '@homepage/shared';

export const LOCALE_STORAGE_KEY = 'locale';

/** The language picked with the switch, if any (storage may be disabled: then none). */
export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): SiteLocale | null {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY);
    return isSiteLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: SiteLocale, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page view.
  }
}

/** `['zh-CN', 'en-US']` → `zh`; `['fr', 'en']` → `en`; none of ours → null. Primary subtags only. */
export function browserLocale(languages: readonly string[]): SiteLocale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isSiteLocale(primary)) return primary;
  }
  return null;
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
