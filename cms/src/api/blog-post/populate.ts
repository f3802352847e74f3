/** What a public blog-post response always includes. */
// Field lists are typed as literal unions so they also satisfy the content types Strapi generates
// (cms/types/generated) when `strapi develop` runs.
const tagFields: ('name' | 'slug' | 'description')[] = ['name', 'slug', 'description'];
const seriesFields: ('title' | 'slug' | 'description')[] = ['title', 'slug', 'description'];
const publicationFields: ('title' | 'slug' | 'kind' | 'venueShort' | 'year')[] = ['title', 'slug', 'kind', 'venueShort', 'year'];

export const blogPostPopulate = {
  tags: { fields: tagFields },
  series: { fields: seriesFields },
  cover: true,
  relatedPublications: { fields: publicationFields },
};
