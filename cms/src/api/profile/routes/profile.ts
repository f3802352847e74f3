import { factories } from '@strapi/strapi';

const publicRead = {
  name: 'global::public-read',
  config: {
    uid: 'api::profile.profile',
    populate: {
      affiliations: true,
      advisors: true,
      collaborators: true,
      researchInterests: true,
      links: true,
      education: true,
      avatar: true,
    },
  },
};

export default factories.createCoreRouter('api::profile.profile', {
  config: { find: { middlewares: [publicRead] } },
});
