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

/**
 * One prerender run's cards: `page` after each rendered page notes its card, `finish` once all are
 * draws the cards whose content changed, one at a time. Drawing keeps the CPU busy for a while;
 * done between page renders it would stall their requests to the CMS.
 */
export function createCardWriter(outDir: string) {
  const recordFile = path.join(outDir, RECORD);
  const record = readRecord(recordFile);
  const fonts = fontVersions();
  const run: CardRun = { drawn: 0, kept: 0, removed: 0, drawMs: [] };
  /** By page: the card it showed this run (null: none). */
  const noted = new Map<string, PageCard | null>();
  const remove = (cardPath: string) => {
    removeSiteFile(outDir, cardFile(outDir, cardPath));
    delete record.cards[cardPath];
    run.removed++;
  };

  /** Notes the card of a page just rendered (null when it has none). */
  function page(pagePath: string, card: PageCard | null): void {
    noted.set(pagePath, card);
  }

  async function draw(pagePath: string, card: PageCard): Promise<void> {
    const hash = createHash('sha256').update(JSON.stringify({ design: CARD_DESIGN, fonts, content: card.content })).digest('hex');
    const file = cardFile(outDir, card.path);
    if (record.cards[card.path]?.hash === hash && existsSync(file)) {
      run.kept++;
      return;
    }
    const started = performance.now();
    const png = await drawCard(card.content).catch((error: Error) => {
      throw new Error(`the link-preview card ${card.path} of ${pagePath} could not be drawn: ${error.message}`);
    });
    run.drawMs.push(performance.now() - started);
    writeSiteFile(file, png);
    record.cards[card.path] = { page: pagePath, hash };
    run.drawn++;
  }

  /**
   * Draws the cards noted, removes those of pages the site no longer has or that no longer have
   * one, and saves the record. Failures are returned, one line each; the other cards are drawn.
   */
  async function finish(pages: ReadonlySet<string>): Promise<{ run: CardRun; failed: string[] }> {
    const failed: string[] = [];
    const current = new Set([...noted.values()].flatMap((card) => (card ? [card.path] : [])));
    for (const [cardPath, entry] of Object.entries(record.cards)) {
      const dropped = noted.has(entry.page) && !current.has(cardPath);
      if (dropped || !pages.has(entry.page)) remove(cardPath);
    }
    for (const [pagePath, card] of noted) {
      if (!card) continue;
      // Drawing holds the thread; the static server prerenders in its own process, so it answers
      // the requests that arrived meanwhile between two cards rather than after all of them.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await draw(pagePath, card);
      } catch (error) {
        failed.push((error as Error).message);
      }
    }
    writeFileSync(recordFile, JSON.stringify(record));
    return { run, failed };
  }

  return { page, finish };
}
