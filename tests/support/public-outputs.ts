/**
 * Everything public a site's visitors and other sites read, as one list of API paths: what must be
 * identical after a backup and restore, or after moving from SQLite to PostgreSQL.
 */
export const PUBLIC_OUTPUT_PATHS = [
  '/api/profile',
  '/api/publications?pagination[pageSize]=100',
  '/api/blog-posts?pagination[pageSize]=100&fields=*',
  '/api/profile?locale=zh',
  '/api/blog-posts?pagination[pageSize]=100&fields=*&locale=zh',
  '/api/tags?pagination[pageSize]=100',
  '/api/series-list?pagination[pageSize]=100',
  '/api/feeds/posts.rss',
  '/api/feeds/posts.atom',
  '/api/feeds/posts.json',
  '/api/feeds/publications.rss',
  '/api/citations/publications.bib',
  '/api/citations/publications.json',
  '/api/citations/publications.ris',
  '/api/sitemap.xml',
] as const;
