/** Public feeds of posts and publications (RSS 2.0, Atom 1.0, JSON Feed 1.1). */
const publicRoute = (path: string, handler: string) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const },
});

export default {
  routes: [
    publicRoute('/feeds/posts.rss', 'feeds.postsRss'),
    publicRoute('/feeds/posts.atom', 'feeds.postsAtom'),
    publicRoute('/feeds/posts.json', 'feeds.postsJson'),
    publicRoute('/feeds/publications.rss', 'feeds.publicationsRss'),
  ],
};
