/**
 * Fresh random values for every secret the CMS refuses to boot without (cms/.env.example lists
 * them). Instances of one deployment share one set, so admin tokens and cookies stay valid on all.
 */
import { randomBytes } from 'node:crypto';

export const CMS_SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'PREVIEW_SECRET',
] as const;
export type CmsSecretName = (typeof CMS_SECRET_NAMES)[number];
export type CmsSecrets = Record<CmsSecretName, string>;

export const randomSecret = () => randomBytes(24).toString('base64');

export function randomCmsSecrets(): CmsSecrets {
  const secrets = Object.fromEntries(CMS_SECRET_NAMES.map((name) => [name, randomSecret()])) as CmsSecrets;
  secrets.APP_KEYS = [randomSecret(), randomSecret()].join(',');
  return secrets;
}
