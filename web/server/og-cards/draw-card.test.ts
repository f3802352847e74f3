/** @vitest-environment node */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { CardContent } from './card-content';
import { CARD_HEIGHT, CARD_WIDTH, drawCard } from './draw-card';

const card = (title: string, authors: CardContent['authors'] = [{ name: 'Ruizhe Wang', owner: true }]): CardContent => ({
  locale: 'zh',
  label: '博客文章',
  title,
  authors,
  moreAuthors: 0,
  details: ['2025年3月1日'],
  siteName: 'Ruizhe Wang · 王瑞哲',
  siteHost: 'site.test',
});

/** The title's band: below the label, above the authors (a one- or two-line title). */
const TITLE = { top: 110, bottom: 280, left: 60, right: 1150 };

function pixelsOf(png: Buffer) {
  const image = PNG.sync.read(png);
  const at = (x: number, y: number) => {
    const offset = (y * image.width + x) * 4;
    return [image.data[offset] ?? 0, image.data[offset + 1] ?? 0, image.data[offset + 2] ?? 0] as const;
  };
  return { image, at };
}

/** Pixels of the title band that are not the card's background (#fdfdfc). */
function inkInTitle(png: Buffer): number {
  const { at } = pixelsOf(png);
  let ink = 0;
  for (let y = TITLE.top; y < TITLE.bottom; y++) {
    for (let x = TITLE.left; x < TITLE.right; x++) {
      const [r, g, b] = at(x, y);
      if (Math.abs(r - 0xfd) + Math.abs(g - 0xfd) + Math.abs(b - 0xfc) > 90) ink++;
    }
  }
  return ink;
}

/** How many pixels of the title band differ between two cards. */
function titleDifference(a: Buffer, b: Buffer): number {
  const one = pixelsOf(a);
  const two = pixelsOf(b);
  let differing = 0;
  for (let y = TITLE.top; y < TITLE.bottom; y++) {
    for (let x = TITLE.left; x < TITLE.right; x++) {
      const [r1, g1, b1] = one.at(x, y);
      const [r2, g2, b2] = two.at(x, y);
      if (Math.abs(r1 - r2) + Math.abs(g1 - g2) + Math.abs(b1 - b2) > 90) differing++;
    }
  }
  return differing;
}

describe('draw-card', () => {
  describe('drawCard', () => {
    it('draws a 1200×630 PNG', async () => {
      const { image } = pixelsOf(await drawCard(card('关于稀疏注意力的一些思考')));
      expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    }, 60_000);

    it('draws Chinese titles with real glyphs: two titles of the same length look different, and neither is blank', async () => {
      // Missing glyphs would be drawn as identical boxes (tofu), so two titles would look alike.
      const first = await drawCard(card('关于大语言模型训练中的稀疏注意力机制'));
      const second = await drawCard(card('我们如何在小数据集上评估检索增强生成'));
      const blank = await drawCard(card('　'));
      expect(inkInTitle(first)).toBeGreaterThan(8_000);
      expect(inkInTitle(second)).toBeGreaterThan(8_000);
      expect(titleDifference(first, blank)).toBeGreaterThan(8_000);
      expect(titleDifference(second, blank)).toBeGreaterThan(8_000);
      expect(titleDifference(first, second)).toBeGreaterThan(8_000);
    }, 60_000);
  });
});
