/**
 * Who the owner is, for every rule that ticks the owner in an author list: a publication's BibTeX
 * paste (api/publication/fill-from-bibtex.ts), `pnpm import:bib`, and accepting a found work
 * (work-review/). Read from the profile, so renaming the owner there changes all three.
 */
import type { Core } from '@strapi/strapi';
import { ownerNameMatcher } from '../bibtex';

/** Whether an author's name is the owner's, from the profile (the draft when nothing is published yet; nobody before a profile exists). */
export async function ownerMatcherOf(strapi: Core.Strapi): Promise<(author: string) => boolean> {
  const profile =
    (await strapi.documents('api::profile.profile').findFirst({ status: 'published' })) ??
    (await strapi.documents('api::profile.profile').findFirst());
  return ownerNameMatcher({ name: profile?.name ?? '', nativeName: profile?.nativeName });
}
