/**
 * Draws a card (./card-content.ts) as a 1200×630 PNG, the size Open Graph and Twitter's
 * `summary_large_image` show uncropped: satori lays the card out like a small HTML page and writes
 * its text as SVG paths in the site's fonts, resvg turns the SVG into pixels. Colours are the
 * light theme's (web/src/styles/main.css).
 */
import type { SatoriOptions } from 'satori';
import { fontsFor } from './fonts';
import { moreAuthorsText, type CardContent } from './card-content';
import { requireFromWeb } from './packages';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** web/src/styles/main.css, light theme. */
const COLOURS = { bg: '#fdfdfc', bgSoft: '#f3f4f2', text: '#1d2127', muted: '#545b64', accent: '#0a58a8', border: '#d9dcd8' } as const;

type Style = Record<string, string | number>;
interface CardNode {
  type: string;
  props: { style?: Style; children?: string | CardNode | (string | CardNode)[]; lang?: string };
}

const node = (type: string, style: Style, children?: CardNode['props']['children']): CardNode => ({ type, props: { style, children } });

/** Long titles get a smaller size before they are cut after three lines. */
function titleSize(title: string): number {
  const width = [...title].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  return width > 110 ? 50 : width > 70 ? 56 : 64;
}

function cardTree(content: CardContent, fontFamily: string): CardNode {
  const authors: (string | CardNode)[] = [];
  content.authors.forEach((author, index) => {
    if (index > 0) authors.push(', ');
    authors.push(author.owner ? node('span', { fontWeight: 700, color: COLOURS.accent, textDecoration: 'underline' }, author.name) : author.name);
  });
  if (content.moreAuthors > 0) authors.push(` ${moreAuthorsText(content)}`);
  const clamp = (lines: number): Style => ({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflow: 'hidden' });
  return node(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: COLOURS.bg, color: COLOURS.text, fontFamily },
    [
      node('div', { width: 18, flexShrink: 0, height: CARD_HEIGHT, background: COLOURS.accent }),
      node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 44px 64px' }, [
        node('div', { fontSize: 26, fontWeight: 700, color: COLOURS.accent, letterSpacing: 1, marginBottom: 18 }, content.label),
        node('div', { ...clamp(3), fontSize: titleSize(content.title), fontWeight: 700, lineHeight: 1.18 }, content.title),
        ...(authors.length > 0 ? [node('div', { ...clamp(2), fontSize: 30, lineHeight: 1.35, color: COLOURS.muted, marginTop: 28 }, authors)] : []),
        node('div', { ...clamp(1), fontSize: 28, color: COLOURS.muted, marginTop: 16 }, content.details.join('  ·  ')),
        node('div', { flexGrow: 1 }),
        node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderTop: `2px solid ${COLOURS.border}`, paddingTop: 22 }, [
          node('div', { fontSize: 30, fontWeight: 700 }, content.siteName),
          node('div', { fontSize: 26, color: COLOURS.accent }, content.siteHost),
        ]),
      ]),
    ],
  );
}

/** Every text the card shows, to pick the font files that hold its characters. */
function cardText(content: CardContent): string {
  return [content.label, content.title, ...content.authors.map((author) => author.name), moreAuthorsText(content), ...content.details, content.siteName, content.siteHost, '…·, '].join('');
}

type Satori = (element: unknown, options: SatoriOptions) => Promise<string>;

export async function drawCard(content: CardContent): Promise<Buffer> {
  const { default: satori } = requireFromWeb('satori') as { default: Satori };
  const { Resvg } = requireFromWeb('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const { fonts, stack } = fontsFor(cardText(content));
  const svg = await satori(cardTree(content, stack), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
