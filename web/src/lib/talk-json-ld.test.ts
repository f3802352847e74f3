import { describe, expect, it } from 'vitest';
import type { Talk } from '@homepage/shared';
import { isOnlineTalk, talkJsonLd } from './talk-json-ld';

const talk = {
  documentId: 'abc',
  title: 'Training LLMs in FP4',
  event: 'ICML 2025',
  place: 'Vancouver, Canada',
  date: '2025-07-15',
  kind: 'contributed',
  abstract: null,
  slides: null,
  slidesUrl: null,
  videoUrl: 'https://video.test/v',
  eventUrl: 'https://icml.test/',
  publication: null,
  locale: 'en',
  locales: ['en'],
} as unknown as Talk;
const owner = { name: 'Ruizhe Wang', url: 'https://site.test/' };
const links = { pageUrl: 'https://site.test/talks#talk-abc', slidesUrl: null };

describe('talk-json-ld', () => {
  describe('isOnlineTalk', () => {
    it.each([
      ['Online', true],
      ['线上', true],
      [' virtual ', true],
      ['Vancouver, Canada', false],
      [null, false],
    ])('reads the place %j as online: %s', (place, online) => {
      expect(isOnlineTalk({ place })).toBe(online);
    });
  });

  describe('talkJsonLd', () => {
    it('describes a talk given in person as an Event at a Place, performed by the owner', () => {
      const event = talkJsonLd(talk, owner, links);
      expect(event).toMatchObject({
        '@type': 'Event',
        name: 'Training LLMs in FP4',
        startDate: '2025-07-15',
        location: { '@type': 'Place', name: 'Vancouver, Canada' },
        performer: { '@type': 'Person', name: 'Ruizhe Wang' },
        url: links.pageUrl,
      });
    });

    it('puts an online talk at a VirtualLocation at its event page', () => {
      const event = talkJsonLd({ ...talk, place: 'Online' }, owner, links);
      expect(event.location).toEqual({ '@type': 'VirtualLocation', url: 'https://icml.test/' });
    });
  });
});
