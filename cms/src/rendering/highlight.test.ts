import { beforeEach, describe, expect, it, vi } from 'vitest';

type CreateHighlighter = (...args: unknown[]) => Promise<unknown>;

const createHighlighter = vi.hoisted(() => vi.fn<CreateHighlighter>());

vi.mock('shiki', async (importOriginal) => {
  const shiki = await importOriginal<{ createHighlighter: CreateHighlighter }>();
  createHighlighter.mockImplementation(shiki.createHighlighter);
  return { ...shiki, createHighlighter };
});

// A fresh module per test, so each starts without a highlighter.
const freshHighlightModule = () => import('./highlight');

beforeEach(() => {
  vi.resetModules();
  createHighlighter.mockClear();
});

describe('rendering/highlight', () => {
  describe('loadCodeHighlighter', () => {
    it('creates one highlighter however many posts ask at once', async () => {
      const { loadCodeHighlighter } = await freshHighlightModule();
      const highlighters = await Promise.all([loadCodeHighlighter(), loadCodeHighlighter(), loadCodeHighlighter()]);
      await loadCodeHighlighter();
      expect(createHighlighter).toHaveBeenCalledTimes(1);
      expect(new Set(highlighters).size).toBe(1);
    }, 30_000);

    it('tries again after a failed load', async () => {
      const { loadCodeHighlighter } = await freshHighlightModule();
      createHighlighter.mockRejectedValueOnce(new Error('grammar failed to load'));
      await expect(loadCodeHighlighter()).rejects.toThrow('grammar failed to load');
      await expect(loadCodeHighlighter()).resolves.toBeTypeOf('function');
      expect(createHighlighter).toHaveBeenCalledTimes(2);
    }, 30_000);

    it('does not show a fence’s closing newline as an empty last line', async () => {
      const { loadCodeHighlighter } = await freshHighlightModule();
      const highlightCode = await loadCodeHighlighter();
      expect(highlightCode('x = 1\n', 'python')).toMatch(/<span class="line">.*<\/span><\/code><\/pre>$/);
      expect(highlightCode('x = 1\n', 'python')).not.toContain('\n');
    }, 30_000);
  });
});
