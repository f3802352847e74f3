import type { Talk } from '@homepage/shared';
import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';

/** Every talk, newest first (the /talks page). */
export function useTalks() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey('talks:all'),
    () => cms.talks.listAll(locale.value),
  );
}

export interface TalkYear {
  year: string;
  talks: Talk[];
}

/** Talks grouped by the year of their date, in the order given (newest first from the CMS). */
export function talksByYear(talks: readonly Talk[]): TalkYear[] {
  const years: TalkYear[] = [];
  for (const talk of talks) {
    const year = talk.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.talks.push(talk);
    else years.push({ year, talks: [talk] });
  }
  return years;
}

/** The element id of a talk on the /talks page (a letter first, so it is a valid selector). */
export function talkAnchor(documentId: string): string {
  return `talk-${documentId}`;
}
