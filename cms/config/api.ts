import type { Core } from '@strapi/strapi';
import { QUERY_LIMITS } from '@homepage/shared';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: QUERY_LIMITS.defaultPageSize,
    maxLimit: QUERY_LIMITS.maxPageSize,
    withCount: true,
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
