/** What a public publication response always includes. */
export const publicationPopulate = {
  authors: true,
  links: true,
  tags: { fields: ['name', 'slug', 'description'] },
  teaser: true,
};
