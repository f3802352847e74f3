/** Public citation exports: all publications, one publication, one blog post. */
import { publicRoute } from '../../../public-read/public-route';

export default {
  routes: [
    publicRoute('/citations/publications.:format', 'citations.publications'),
    publicRoute('/citations/publications/:slug.:format', 'citations.publication'),
    publicRoute('/citations/blog-posts/:slug.:format', 'citations.post'),
  ],
};
