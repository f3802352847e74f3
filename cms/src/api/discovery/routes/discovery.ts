/** How other sites and crawlers find their way: the OpenAPI document and the sitemap. */
const publicRoute = (path: string, handler: string) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const },
});

export default {
  routes: [publicRoute('/openapi.json', 'discovery.openapi'), publicRoute('/sitemap.xml', 'discovery.sitemap')],
};
