import { factories } from '@strapi/strapi';
import { BLOG_POST_LIST_OMITS } from '@homepage/shared';
import { blogPostPopulate } from '../../../public-read/populate';

const publicRead = {
  name: 'global::public-read',
  config: { uid: 'api::blog-post.blog-post', populate: blogPostPopulate, listOmits: [...BLOG_POST_LIST_OMITS] },
};

export default factories.createCoreRouter('api::blog-post.blog-post', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
