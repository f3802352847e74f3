/**
 * A talk as a schema.org Event (https://schema.org/Event), so search engines and calendars read
 * its name, day, place and speaker from the /talks page. An online talk is at a VirtualLocation
 * (https://schema.org/VirtualLocation) with its event page or recording as the address.
 */
import type { Talk } from '@homepage/shared';
import type { JsonLd } from './metadata';

const CONTEXT = 'https://schema.org';

/** Places the owner writes for a talk given online, in either language. */
const ONLINE = /^(online|virtual|remote|zoom|线上|在线|网络)$/i;

/** True when the talk's place says it was given online. */
export function isOnlineTalk(talk: Pick<Talk, 'place'>): boolean {
  return ONLINE.test(talk.place?.trim() ?? '');
}

export interface TalkLinks {
  /** The talk's own place on the site (`…/talks#talk-<documentId>`). */
  pageUrl: string;
  /** Absolute URL of the uploaded slides, when there are some. */
  slidesUrl: string | null;
}

export function talkJsonLd(talk: Talk, performer: { name: string; url: string }, links: TalkLinks): JsonLd {
  const online = isOnlineTalk(talk);
  const virtualUrl = talk.eventUrl ?? talk.videoUrl ?? links.pageUrl;
  const location = online
    ? { '@type': 'VirtualLocation', url: virtualUrl }
    : { '@type': 'Place', name: talk.place ?? talk.event, ...(talk.place ? { address: talk.place } : {}) };
  const slides = links.slidesUrl ?? talk.slidesUrl;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: talk.title,
    startDate: talk.date,
    location,
    performer: { '@type': 'Person', name: performer.name, url: performer.url },
    url: links.pageUrl,
    ...(talk.abstract ? { description: talk.abstract } : {}),
    superEvent: { '@type': 'Event', name: talk.event, ...(talk.eventUrl ? { url: talk.eventUrl } : {}) },
    ...(slides || talk.videoUrl ? { workFeatured: [slides, talk.videoUrl].filter((url): url is string => Boolean(url)).map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
    inLanguage: talk.locale,
  };
}
