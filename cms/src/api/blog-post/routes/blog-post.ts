import { factories } from '@strapi/strapi';
import { blogPostPopulate } from '../populate';

const publicRead = { name: 'global::public-read', config: { uid: 'api::blog-post.blog-post', populate: blogPostPopulate } };

export default factories.createCoreRouter('api::blog-post.blog-post', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
