/** What a public blog-post response always includes. */
export const blogPostPopulate = {
  tags: { fields: ['name', 'slug', 'description'] },
  series: { fields: ['title', 'slug', 'description'] },
  cover: true,
  relatedPublications: { fields: ['title', 'slug', 'kind', 'venueShort', 'year'] },
};
