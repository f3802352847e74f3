/**
 * What a public response of each content type always includes: the route middleware, the
 * published-content reads (feeds, citations, sitemap) and the preview all populate the same.
 * Explicit and shallow (STYLE: never `populate=*` for public traffic).
 */
// Field lists are typed as literal unions so they also satisfy the content types Strapi generates
// (cms/types/generated) when `strapi develop` runs.
const tagFields: ('name' | 'slug' | 'description')[] = ['name', 'slug', 'description'];
const seriesFields: ('title' | 'slug' | 'description')[] = ['title', 'slug', 'description'];
const publicationFields: ('title' | 'slug' | 'kind' | 'venueShort' | 'year')[] = ['title', 'slug', 'kind', 'venueShort', 'year'];

const personFields: ('name' | 'slug')[] = ['name', 'slug'];

export const publicationPopulate = {
  // Each co-author's person, so author lists link to their pages (api/person/).
  authors: { populate: { person: { fields: personFields } } },
  links: true,
  tags: { fields: tagFields },
  teaser: true,
};

export const blogPostPopulate = {
  tags: { fields: tagFields },
  series: { fields: seriesFields },
  cover: true,
  relatedPublications: { fields: publicationFields },
};

const postFields: ('title' | 'slug' | 'date' | 'language')[] = ['title', 'slug', 'date', 'language'];

/** A news item links one paper or one post at most: the fields its line needs to link there. */
export const newsItemPopulate = {
  publication: { fields: publicationFields },
  post: { fields: postFields },
};

export const profilePopulate = {
  affiliations: true,
  advisors: true,
  collaborators: true,
  researchInterests: true,
  links: true,
  education: true,
  positions: true,
  awards: true,
  service: true,
  avatar: true,
};

export const talkPopulate = {
  publication: { fields: publicationFields },
  slides: true,
};
