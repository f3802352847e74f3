/** Public citation exports: all publications, one publication, one blog post. */
const publicRoute = (path: string, handler: string) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const },
});

export default {
  routes: [
    publicRoute('/citations/publications.:format', 'citations.publications'),
    publicRoute('/citations/publications/:slug.:format', 'citations.publication'),
    publicRoute('/citations/blog-posts/:slug.:format', 'citations.post'),
  ],
};
