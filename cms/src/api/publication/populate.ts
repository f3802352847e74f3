/** What a public publication response always includes. */
// Field lists are typed as literal unions so they also satisfy the content types Strapi generates
// (cms/types/generated) when `strapi develop` runs.
const tagFields: ('name' | 'slug' | 'description')[] = ['name', 'slug', 'description'];

export const publicationPopulate = {
  authors: true,
  links: true,
  tags: { fields: tagFields },
  teaser: true,
};
