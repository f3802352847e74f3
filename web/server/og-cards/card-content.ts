/**
 * What a link-preview card says about one publication or post: the words only, in the language of
 * the page that shows it, decided before anything is drawn (./draw-card.ts) so the rules (who is
 * named, what is cut) can be read and tested without an image.
 */
import { DEFAULT_LOCALE, formatAuthorName, type Author, type BlogPost, type Profile, type Publication, type SiteLocale } from '@homepage/shared';
import { en, type MessageKey } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { formatDate, venueWithYear } from '../../src/lib/format';

export interface CardAuthor {
  name: string;
  /** Drawn apart (bold, underlined, in the accent colour), as the site's author lists mark the owner. */
  owner: boolean;
}

export interface CardContent {
  locale: SiteLocale;
  /** Above the title: the kind of work (`Conference paper`) or `Blog post`. */
  label: string;
  title: string;
  authors: CardAuthor[];
  /** How many authors were left out (`… and 5 more`); 0 when all are named. */
  moreAuthors: number;
  /** The line under the authors: venue and year, or a post's date, reading time and tags. */
  details: string[];
  /** The site, named by its owner (`Ruizhe Wang · 王瑞哲`). */
  siteName: string;
  /** The site's host, as a visitor would type it. */
  siteHost: string;
}

/** At most this many authors are named; longer lists keep the first few and the owner. */
export const MAX_CARD_AUTHORS = 6;
const MAX_TAGS = 3;
const MESSAGES = { en, zh } as const;

function message(locale: SiteLocale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The authors a card names: every one when they fit, else the first `max - 1` (the first `max - 2`
 * and the owner when the owner comes later), so the owner is always on the card.
 */
export function cardAuthors(authors: readonly Author[], max = MAX_CARD_AUTHORS): { shown: CardAuthor[]; more: number } {
  const asCard = (author: Author): CardAuthor => ({ name: formatAuthorName(author), owner: author.isOwner });
  if (authors.length <= max) return { shown: authors.map(asCard), more: 0 };
  const owner = authors.findIndex((author) => author.isOwner);
  const first = owner >= 0 && owner >= max - 1 ? max - 2 : max - 1;
  const kept = authors.slice(0, first);
  if (owner >= first) kept.push(authors[owner] as Author);
  return { shown: kept.map(asCard), more: authors.length - kept.length };
}

function siteNameOf(profile: Profile | null): string {
  if (!profile) return '';
  return profile.nativeName && profile.nativeName !== profile.name ? `${profile.name} · ${profile.nativeName}` : profile.name;
}

export function publicationCard(work: Publication, profile: Profile | null, siteUrl: string): CardContent {
  const { shown, more } = cardAuthors(work.authors);
  // Publications are not translated: their card is in the default language.
  const locale = DEFAULT_LOCALE;
  return {
    locale,
    label: message(locale, `kind.${work.kind}`),
    title: work.title,
    authors: shown,
    moreAuthors: more,
    details: [venueWithYear(work.venueShort ?? work.venue, work.year)],
    siteName: siteNameOf(profile),
    siteHost: new URL(siteUrl).host,
  };
}

export function postCard(post: BlogPost, profile: Profile | null, siteUrl: string): CardContent {
  const locale = post.locale;
  return {
    locale,
    label: message(locale, 'card.post'),
    title: post.title,
    authors: profile ? [{ name: profile.name, owner: true }] : [],
    moreAuthors: 0,
    details: [
      formatDate(post.date, locale),
      ...(post.readingMinutes ? [message(locale, 'post.minutes', { minutes: post.readingMinutes })] : []),
      ...post.tags.slice(0, MAX_TAGS).map((tag) => `#${tag.name}`),
    ],
    siteName: siteNameOf(profile),
    siteHost: new URL(siteUrl).host,
  };
}

/** `and 5 more` / `等 5 人`. */
export function moreAuthorsText(content: CardContent): string {
  return message(content.locale, 'card.moreAuthors', { count: content.moreAuthors });
}
