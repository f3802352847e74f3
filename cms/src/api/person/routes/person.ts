import { factories } from '@strapi/strapi';

const publicRead = { name: 'global::public-read', config: { uid: 'api::person.person', populate: {} } };

export default factories.createCoreRouter('api::person.person', {
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
