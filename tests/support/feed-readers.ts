/**
 * RSS, Atom and JSON feeds read back by independent feed readers, each brought to the same shape:
 * what a subscriber's reader would show as title, link, date, author line and content.
 */
import FeedParser from 'feedparser';
import Parser from 'rss-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

export interface ReadItem {
  title: string;
  link: string;
  date: Date | undefined;
  /** The authors the reader exposes, in order, each as it would show them. */
  authors: string[];
  html: string;
}

export interface FeedReader {
  name: string;
  read: (xml: string) => Promise<ReadItem[]>;
}

const date = (value: string | Date | null | undefined) => (value ? new Date(value) : undefined);

// keepArray: every <author> of an Atom entry, not only the first.
const rssParser = new Parser<Record<string, never>, { authors?: { name?: string[] }[]; creator?: string; author?: string }>({
  customFields: { item: [['author', 'authors', { keepArray: true }] as never] },
});

const rssParserReader: FeedReader = {
  name: 'rss-parser',
  async read(xml) {
    const feed = await rssParser.parseString(xml);
    return feed.items.map((item) => {
      const atomAuthors = (item.authors ?? []).map((a) => (typeof a === 'string' ? a : (a.name?.[0] ?? '')));
      return {
        title: item.title ?? '',
        link: item.link ?? '',
        date: date(item.isoDate),
        authors: item.creator ? [item.creator] : atomAuthors,
        html: ((item as { 'content:encoded'?: string })['content:encoded'] ?? item.content ?? '') as string,
      };
    });
  },
};

const feedparserReader: FeedReader = {
  name: 'feedparser',
  read: (xml) =>
    new Promise((resolve, reject) => {
      const parser = new FeedParser({});
      const items: ReadItem[] = [];
      parser.on('error', reject);
      parser.on('readable', () => {
        let item: FeedParser.Item | null;
        while ((item = parser.read() as FeedParser.Item | null)) {
          items.push({
            title: item.title,
            link: item.link,
            date: date(item.pubdate ?? item.date),
            authors: item.author ? [item.author] : [],
            html: item.description ?? '',
          });
        }
      });
      parser.on('end', () => resolve(items));
      parser.end(xml);
    }),
};

const feedsmithReader: FeedReader = {
  name: 'feedsmith',
  async read(xml) {
    if (xml.includes('<feed xmlns="http://www.w3.org/2005/Atom"')) {
      return (parseAtomFeed(xml).entries ?? []).map((entry) => ({
        title: entry.title?.value ?? '',
        link: entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? '',
        date: date(entry.published ?? entry.updated),
        authors: (entry.authors ?? []).map((a) => a.name ?? ''),
        html: entry.content?.value ?? '',
      }));
    }
    return (parseRssFeed(xml).items ?? []).map((item) => ({
      title: item.title ?? '',
      link: item.link ?? '',
      date: date(item.pubDate),
      // feedsmith reads RSS <author> and Dublin Core creators apart; a subscriber sees either.
      authors: item.dc?.creators ?? (item.authors ?? []).map((a) => a.name ?? a.email ?? ''),
      html: item.content?.encoded ?? item.description ?? '',
    }));
  },
};

export const XML_FEED_READERS: FeedReader[] = [rssParserReader, feedparserReader, feedsmithReader];

/** JSON Feed 1.1 through feedsmith's JSON Feed reader. */
export function readJsonFeed(document: unknown): ReadItem[] {
  return (parseJsonFeed(document).items ?? []).map((item) => ({
    title: item.title ?? '',
    link: item.url ?? '',
    date: date(item.date_published),
    authors: (item.authors ?? []).map((a) => a.name ?? ''),
    html: item.content_html ?? '',
  }));
}
