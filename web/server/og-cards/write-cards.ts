/**
 * The prerenderer's side of the link-preview cards: each publication and post page, once rendered,
 * gets its card (`/og/publications/<slug>.png`, `/og/blog/<slug>.png`, `/zh/og/blog/<slug>.png` for
 * a translated post) drawn from the same data the page shows. A card is drawn again only when what
 * it shows changed: `.og-cards.json` keeps a hash of each card's content, and the render plan
 * (../render-plan.ts) already leaves unchanged pages, and so their cards, alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_LOCALE,
  localeOfPath,
  pathInLocale,
  pathWithoutLocale,
  sitePaths,
  type BlogPost,
  type Profile,
  type Publication,
  type SitePageKind,
} from '@homepage/shared';
import { removeSiteFile, writeSiteFile } from '../files';
import { postCard, publicationCard, type CardContent } from './card-content';
import { drawCard } from './draw-card';
import { fontVersions } from './fonts';

/** Bump when the drawing changes: every card is drawn again. */
const CARD_DESIGN = 1;
const RECORD = '.og-cards.json';

interface CardRecord {
  version: 1;
  /** By card path: the page it belongs to and the hash of what it shows. */
  cards: Record<string, { page: string; hash: string }>;
}

type State = Record<string, { data: unknown }>;

export interface PageCard {
  /** Where the card is served: `/og/blog/a-post.png`. */
  path: string;
  content: CardContent;
}

/**
 * The card a rendered page draws, or null. A page draws a card only in its content's own language,
 * so an untranslated post's Chinese page uses (and leaves to the English page) the English card.
 */
export function cardOfPage(pagePath: string, kind: SitePageKind, state: State, siteUrl: string): PageCard | null {
  if (kind !== 'publication' && kind !== 'post') return null;
  const locale = localeOfPath(pagePath);
  const slug = decodeURIComponent(pathWithoutLocale(pagePath).split('/').pop() ?? '');
  const localised = (key: string) => (locale === DEFAULT_LOCALE ? key : `${key}@${locale}`);
  const profile = (state[localised('profile')]?.data ?? null) as Profile | null;
  if (kind === 'publication') {
    const work = state[`publication:${slug}`]?.data as Publication | undefined;
    if (!work || locale !== DEFAULT_LOCALE) return null;
    return { path: sitePaths.publicationCard(work.slug), content: publicationCard(work, profile, siteUrl) };
  }
  const post = state[localised(`post:${slug}`)]?.data as BlogPost | undefined;
  if (!post || post.locale !== locale) return null;
  return { path: pathInLocale(sitePaths.postCard(post.slug), locale), content: postCard(post, profile, siteUrl) };
}

/** The file a card path names, refusing anything but a plain path inside the site's folder. */
function cardFile(outDir: string, cardPath: string): string {
  const decoded = decodeURIComponent(cardPath);
  if (!decoded.startsWith('/') || /(^|\/)\.\.?(\/|$)|[\\\0]/.test(decoded)) throw new Error(`Refusing to write the card "${cardPath}": not a plain path`);
  return path.join(outDir, decoded);
}

function readRecord(file: string): CardRecord {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<CardRecord>;
    if (saved.version === 1 && saved.cards) return saved as CardRecord;
  } catch {
    // No record (a first run) or one this version cannot read: every card is drawn.
  }
  return { version: 1, cards: {} };
}

export interface CardRun {
  drawn: number;
  /** Cards whose content had not changed, left as they were. */
  kept: number;
  removed: number;
  /** Time spent drawing, in total and per drawn card. */
  drawMs: number[];
}

/** One prerender run's cards: `page` after each rendered page, `finish` once all are. */
export function createCardWriter(outDir: string) {
  const recordFile = path.join(outDir, RECORD);
  const record = readRecord(recordFile);
  const fonts = fontVersions();
  const run: CardRun = { drawn: 0, kept: 0, removed: 0, drawMs: [] };
  const remove = (cardPath: string) => {
    removeSiteFile(outDir, cardFile(outDir, cardPath));
    delete record.cards[cardPath];
    run.removed++;
  };

  /** Draws (or keeps) the card of a page just rendered; drops a card the page no longer has. */
  async function page(pagePath: string, card: PageCard | null): Promise<void> {
    for (const [cardPath, entry] of Object.entries(record.cards)) {
      if (entry.page === pagePath && cardPath !== card?.path) remove(cardPath);
    }
    if (!card) return;
    const hash = createHash('sha256').update(JSON.stringify({ design: CARD_DESIGN, fonts, content: card.content })).digest('hex');
    const file = cardFile(outDir, card.path);
    if (record.cards[card.path]?.hash === hash && existsSync(file)) {
      run.kept++;
      return;
    }
    const started = performance.now();
    const png = await drawCard(card.content).catch((error: Error) => {
      throw new Error(`its link-preview card ${card.path} could not be drawn: ${error.message}`);
    });
    run.drawMs.push(performance.now() - started);
    writeSiteFile(file, png);
    record.cards[card.path] = { page: pagePath, hash };
    run.drawn++;
  }

  /** Removes the cards of pages the site no longer has, and saves the record. */
  function finish(pages: ReadonlySet<string>): CardRun {
    for (const [cardPath, entry] of Object.entries(record.cards)) if (!pages.has(entry.page)) remove(cardPath);
    writeFileSync(recordFile, JSON.stringify(record));
    return run;
  }

  return { page, finish };
}
