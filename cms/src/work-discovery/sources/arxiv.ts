/**
 * arXiv preprints by an author query (https://info.arxiv.org/help/api/user-manual.html):
 * `/api/query?search_query=au:<query>`, an Atom feed, newest first. arXiv's terms ask for at most
 * one request every three seconds (https://info.arxiv.org/help/api/tou.html), so every request of
 * this process waits its turn. arXiv knows names only: discover.ts decides which are the owner's.
 */
import { arxivIdIn, authorsOf, cleanDoi, workRecord, type FoundWork, type Owner } from '../found-work';
import { getText, sleep, SourceError, urlUnder, lazyXmlParser, type SourceClientOptions } from '../source-http';

export interface ArxivClientOptions extends SourceClientOptions {
  /** 3000 (arXiv's terms); tests shorten it. */
  minIntervalMs?: number;
  maxResults?: number;
}

export const ARXIV_INTERVAL_MS = 3000;
let nextSlot = 0;

/** Waits until this process may ask arXiv again, and books the next slot. */
async function waitForTurn(intervalMs: number, wait: (ms: number) => Promise<void>): Promise<void> {
  const now = Date.now();
  const at = Math.max(now, nextSlot);
  nextSlot = at + intervalMs;
  if (at > now) await wait(at - now);
}

const parser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

export async function fetchArxivWorks(owner: Owner, options: ArxivClientOptions): Promise<FoundWork[]> {
  if (!owner.arxivQuery) return [];
  const query = owner.arxivQuery.includes(':') ? owner.arxivQuery : `au:${owner.arxivQuery.trim().replace(/\s+/g, '_')}`;
  const url = urlUnder(options.baseUrl, '/api/query');
  url.searchParams.set('search_query', query);
  url.searchParams.set('start', '0');
  url.searchParams.set('max_results', String(options.maxResults ?? 100));
  url.searchParams.set('sortBy', 'submittedDate');
  url.searchParams.set('sortOrder', 'descending');
  await waitForTurn(options.minIntervalMs ?? ARXIV_INTERVAL_MS, options.sleep ?? sleep);
  return parseArxivFeed(await getText('arXiv', url, options, { accept: 'application/atom+xml' }), owner);
}

interface AtomEntry {
  id?: string;
  title?: string;
  summary?: string;
  published?: string;
  author?: { name?: string }[];
  doi?: string;
  journal_ref?: string;
  link?: { href?: string; title?: string; rel?: string }[];
}

export function parseArxivFeed(xml: string, owner: Owner): FoundWork[] {
  let feed: { feed?: { entry?: AtomEntry[] } | '' };
  try {
    feed = parser().parse(xml, true) as typeof feed;
  } catch (error) {
    throw new SourceError(`arXiv sent a feed that is not XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!feed || !('feed' in feed)) throw new SourceError('arXiv sent XML that is not an Atom feed');
  const found: FoundWork[] = [];
  // An empty <feed> (no results) parses as an empty string.
  for (const entry of (feed.feed || {}).entry ?? []) {
    const arxivId = arxivIdIn(String(entry.id ?? ''));
    const title = typeof entry.title === 'string' ? entry.title : '';
    // arXiv answers a bad query with one entry titled "Error".
    if (!arxivId || !title || title === 'Error') continue;
    const [year, month, day] = String(entry.published ?? '').slice(0, 10).split('-').map(Number);
    const record = workRecord({
      title,
      authors: authorsOf((entry.author ?? []).map((a) => ({ name: String(a.name ?? '') })), owner),
      year: year || null,
      date: year && month && day ? String(entry.published).slice(0, 10) : null,
      venue: typeof entry.journal_ref === 'string' ? entry.journal_ref : null,
      kind: typeof entry.journal_ref === 'string' ? 'journal-article' : 'preprint',
      doi: cleanDoi(typeof entry.doi === 'string' ? entry.doi : null),
      arxivId,
      abstract: typeof entry.summary === 'string' ? entry.summary.replace(/\s+/g, ' ').trim().slice(0, 5000) : null,
      url: `https://arxiv.org/abs/${arxivId}`,
      ids: {},
    });
    found.push({ source: 'arxiv', record, raw: entry, byIdentifier: false });
  }
  return found;
}
