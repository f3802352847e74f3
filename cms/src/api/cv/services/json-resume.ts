/**
 * The owner's CV as a JSON Resume 1.0.0 document (see shared/src/json-resume.ts for why talks are
 * `projects` and service is `volunteer`). Pure: the controller reads published content and passes
 * it in. Empty sections stay as empty arrays, so a reader sees what the CV has, not a guess.
 */
import {
  DEFAULT_LOCALE,
  JSON_RESUME_SCHEMA_URL,
  JSON_RESUME_VERSION,
  pathInLocale,
  sitePaths,
  type JsonResume,
  type Profile,
  type Publication,
  type SiteLocale,
  type Talk,
} from '@homepage/shared';
import { toResumeDate, toResumeSpan } from './resume-dates';

export interface CvSources {
  profile: Profile;
  publications: Publication[];
  talks: Talk[];
  locale: SiteLocale;
  siteUrl: string;
  /** The CMS's public origin: uploads and the export's own address live there. */
  cmsUrl: string;
}

/** Keys whose value is undefined are dropped, so the JSON carries no `"x": null` the schema would refuse. */
function defined<T extends Record<string, unknown>>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== null && value !== '')) as T;
}

const absolute = (url: string, origin: string) => (/^https?:\/\//.test(url) ? url : `${origin}${url}`);
const text = (value: string | null | undefined) => value ?? undefined;

function basics({ profile, locale, siteUrl, cmsUrl }: CvSources): JsonResume['basics'] {
  const email = profile.links.find((link) => link.kind === 'email');
  return defined({
    name: profile.name,
    label: text(profile.position),
    image: profile.avatar ? absolute(profile.avatar.url, cmsUrl) : undefined,
    email: email?.url.replace(/^mailto:/, ''),
    url: `${siteUrl}${pathInLocale(sitePaths.home, locale)}`,
    summary: text(profile.bio),
    profiles: profile.links.filter((link) => link.kind !== 'email').map((link) => ({ network: link.label, url: link.url })),
  });
}

function latestChange(sources: CvSources): string {
  const stamps = [sources.profile, ...sources.publications, ...sources.talks].map((entry) => entry.updatedAt).filter(Boolean);
  return stamps.reduce((latest, stamp) => (stamp > latest ? stamp : latest), stamps[0] ?? new Date(0).toISOString());
}

export function buildJsonResume(sources: CvSources): JsonResume {
  const { profile, publications, talks, locale, siteUrl, cmsUrl } = sources;
  const page = (path: string) => `${siteUrl}${pathInLocale(path, locale)}`;
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: basics(sources),
    work: profile.positions.map((position) =>
      defined({
        name: position.organisation,
        position: position.title,
        location: text(position.place),
        startDate: toResumeDate(position.start),
        endDate: toResumeDate(position.end),
        summary: text(position.note),
      }),
    ),
    volunteer: profile.service.map((service) => defined({ organization: service.venue, position: service.role, ...toResumeSpan(service.years) })),
    education: profile.education.map((entry) =>
      defined({
        institution: entry.institutions,
        studyType: entry.degree,
        startDate: toResumeDate(entry.start),
        endDate: toResumeDate(entry.end),
        summary: [entry.advisors, entry.note].filter(Boolean).join('; ') || undefined,
      }),
    ),
    awards: profile.awards.map((award) => defined({ title: award.title, date: toResumeDate(award.date), awarder: text(award.issuer), summary: text(award.note) })),
    publications: publications.map((publication) =>
      defined({
        name: publication.title,
        publisher: text(publication.venueShort ?? publication.venue),
        releaseDate: toResumeDate(publication.date) ?? String(publication.year),
        url: page(sitePaths.publication(publication.slug)),
        summary: text(publication.summary),
      }),
    ),
    projects: talks.map((talk) =>
      defined({
        name: talk.title,
        type: 'talk' as const,
        entity: talk.event,
        startDate: talk.date,
        url: talk.eventUrl ?? talk.slidesUrl ?? (talk.slides ? absolute(talk.slides.url, cmsUrl) : undefined) ?? talk.videoUrl ?? undefined,
        description: text(talk.abstract),
        location: text(talk.place),
        roles: ['Speaker'],
        keywords: [talk.kind],
      }),
    ),
    interests: profile.researchInterests.map((interest) => ({ name: interest.label })),
    meta: { canonical: `${cmsUrl}/api/cv.json${locale === DEFAULT_LOCALE ? '' : `?locale=${locale}`}`, version: JSON_RESUME_VERSION, lastModified: latestChange(sources) },
  };
}
