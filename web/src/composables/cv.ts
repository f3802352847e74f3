import { computed } from 'vue';
import type { JsonResume, Profile } from '@homepage/shared';
import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';
import { yearSpan } from '../lib/format';

/**
 * One line of a CV section: when, what, and where or with whom. Education, positions, awards,
 * service and talks all print as these rows, so the sections line up on paper.
 */
export interface CvRow {
  key: string;
  /** "2021–present", "2024", "2026-05-20"; empty when the owner gave no date. */
  when: string;
  title: string;
  detail: string | null;
  note: string | null;
  url?: string | null;
}

export type CvTalk = JsonResume['projects'][number];


const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ') || null;

export function educationRows(profile: Profile, present: string, advisedBy: (advisors: string) => string): CvRow[] {
  return profile.education.map((entry) => ({
    key: `education-${entry.id}`,
    when: yearSpan(entry.start, entry.end, present),
    title: entry.degree,
    detail: entry.institutions,
    note: joined(entry.advisors ? advisedBy(entry.advisors) : null, entry.note),
  }));
}

export function positionRows(profile: Profile, present: string): CvRow[] {
  return profile.positions.map((position) => ({
    key: `position-${position.id}`,
    when: yearSpan(position.start, position.end, present),
    title: position.title,
    detail: joined(position.organisation, position.place),
    note: position.note,
  }));
}

export function awardRows(profile: Profile): CvRow[] {
  return profile.awards.map((award) => ({ key: `award-${award.id}`, when: award.date ?? '', title: award.title, detail: award.issuer, note: award.note }));
}

export function serviceRows(profile: Profile): CvRow[] {
  return profile.service.map((service) => ({ key: `service-${service.id}`, when: service.years ?? '', title: service.role, detail: service.venue, note: null }));
}

export function talkRows(talks: readonly CvTalk[], kindLabel: (kind: string) => string): CvRow[] {
  return talks.map((talk, index) => ({
    key: `talk-${index}-${talk.startDate}`,
    when: talk.startDate,
    title: talk.name,
    detail: joined(talk.entity, typeof talk.location === 'string' ? talk.location : null),
    note: talk.keywords.map(kindLabel).join(', ') || null,
    url: talk.url ?? null,
  }));
}

/**
 * The owner's talks for the CV, newest first, in the page's language. Read from the CMS's JSON
 * Resume (`projects` of type "talk"): the one public read of talks the CV needs.
 */
export function useCvTalks() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  const resume = useResource(
    () => localisedKey('cv:json-resume'),
    () => cms.cv.jsonResume(locale.value),
  );
  const talks = computed(() => (resume.data.value?.projects ?? []).filter((project) => project.type === 'talk'));
  return { resume, talks };
}
