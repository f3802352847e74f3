/** Public feeds of posts, publications, news and all three together (RSS 2.0, Atom 1.0, JSON Feed 1.1). */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [
    publicRoute('/feeds/posts.rss', 'feeds.postsRss'),
    publicRoute('/feeds/posts.atom', 'feeds.postsAtom'),
    publicRoute('/feeds/posts.json', 'feeds.postsJson'),
    publicRoute('/feeds/publications.rss', 'feeds.publicationsRss'),
    publicRoute('/feeds/news.rss', 'feeds.newsRss'),
    publicRoute('/feeds/news.atom', 'feeds.newsAtom'),
    publicRoute('/feeds/news.json', 'feeds.newsJson'),
    publicRoute('/feeds/all.rss', 'feeds.allRss'),
    publicRoute('/feeds/all.atom', 'feeds.allAtom'),
    publicRoute('/feeds/all.json', 'feeds.allJson'),
  ],
};
