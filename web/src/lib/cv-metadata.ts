/**
 * The CV page's schema.org Person: the home page's Person (metadata.ts) plus what a CV states,
 * as schema.org names it: degrees as `hasCredential` (EducationalOccupationalCredential), their
 * institutions as `alumniOf`, ongoing positions as `worksFor`, awards as `award`.
 * https://schema.org/Person
 */
import type { Profile } from '@homepage/shared';
import { personJsonLd, type JsonLd } from './metadata';

export function cvPersonJsonLd(profile: Profile, siteUrl: string, pageUrl: string, imageUrl: string | null = null): JsonLd {
  const organisation = (name: string, type = 'Organization') => ({ '@type': type, name });
  return {
    ...personJsonLd(profile, siteUrl, imageUrl),
    mainEntityOfPage: pageUrl,
    ...(profile.education.length
      ? {
          alumniOf: profile.education.map((entry) => organisation(entry.institutions, 'EducationalOrganization')),
          hasCredential: profile.education.map((entry) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'degree',
            name: entry.degree,
            recognizedBy: organisation(entry.institutions, 'EducationalOrganization'),
          })),
        }
      : {}),
    ...(profile.positions.some((position) => !position.end)
      ? { worksFor: profile.positions.filter((position) => !position.end).map((position) => organisation(position.organisation)) }
      : {}),
    ...(profile.awards.length ? { award: profile.awards.map((award) => award.title) } : {}),
  };
}
