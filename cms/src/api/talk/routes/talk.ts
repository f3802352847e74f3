import { factories } from '@strapi/strapi';
import { talkPopulate } from '../../../public-read/populate';

const publicRead = { name: 'global::public-read', config: { uid: 'api::talk.talk', populate: talkPopulate } };

export default factories.createCoreRouter('api::talk.talk', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
