import { onMounted, ref } from 'vue';

export type Theme = 'light' | 'dark';

/** Where the visitor's choice is remembered; index.html reads the same key before first paint. */
export const THEME_STORAGE_KEY = 'theme';

/**
 * Light or dark, following the system until the visitor picks one. The choice is written to
 * `<html data-theme>` (the stylesheet's switch) and to localStorage.
 */
export function useTheme() {
  const theme = ref<Theme>('light');

  onMounted(() => {
    const chosen = document.documentElement.dataset.theme;
    theme.value =
      chosen === 'dark' || chosen === 'light'
        ? chosen
        : window.matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
  });

  function toggle() {
    theme.value = theme.value === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme.value;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, theme.value);
    } catch {
      // Storage can be disabled (private mode); the choice then lasts for this page view.
    }
  }

  return { theme, toggle };
}
