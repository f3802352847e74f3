/** Public feeds of posts and publications (RSS 2.0, Atom 1.0, JSON Feed 1.1). */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [
    publicRoute('/feeds/posts.rss', 'feeds.postsRss'),
    publicRoute('/feeds/posts.atom', 'feeds.postsAtom'),
    publicRoute('/feeds/posts.json', 'feeds.postsJson'),
    publicRoute('/feeds/publications.rss', 'feeds.publicationsRss'),
  ],
};
