// What a visitor is told when the CMS fails (api/errors.ts names the failures, this file words them).
import type { CmsErrorCode } from '../api/errors';
import type { MessageKey } from './en';

export const ERROR_MESSAGES: Record<CmsErrorCode, MessageKey> = {
  network: 'error.network',
  timeout: 'error.timeout',
  'not-found': 'error.notFound',
  refused: 'error.refused',
  server: 'error.server',
};
