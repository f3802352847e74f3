import { onBeforeUnmount, ref, type Ref } from 'vue';

/** `copied` for a while after a copy; `selected` when the clipboard was unavailable. */
export type CopyOutcome = 'idle' | 'copied' | 'selected';

/**
 * Copies text with the Async Clipboard API (https://w3c.github.io/clipboard-apis/#dom-clipboard-writetext).
 * Where it is missing or refused (plain HTTP, an old browser, a denied permission), the text's
 * element is selected instead, so the visitor's own Ctrl+C or ⌘C copies it.
 */
export function useCopyText(resetAfterMs = 2500): { outcome: Ref<CopyOutcome>; copy: (text: string, element: Element | null) => Promise<void> } {
  const outcome = ref<CopyOutcome>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onBeforeUnmount(() => clearTimeout(timer));

  async function copy(text: string, element: Element | null) {
    clearTimeout(timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      outcome.value = 'copied';
      timer = setTimeout(() => (outcome.value = 'idle'), resetAfterMs);
    } catch {
      selectContents(element);
      outcome.value = 'selected';
    }
  }
  return { outcome, copy };
}

function selectContents(element: Element | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
