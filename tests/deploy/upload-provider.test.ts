/**
 * cms/src/uploads/upload-provider.ts: which upload provider the environment picks, and the boot
 * error when the S3 settings are incomplete.
 */
import { describe, expect, it } from 'vitest';
import { uploadMediaOrigins, uploadProviderConfig } from '../../cms/src/uploads/upload-provider';

const S3 = {
  UPLOAD_PROVIDER: 'aws-s3',
  S3_BUCKET: 'lab-media',
  S3_REGION: 'eu-central-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret-example',
} as const;

describe('upload-provider', () => {
  describe('uploadProviderConfig', () => {
    it.each([
      ['nothing is set', {}],
      ['UPLOAD_PROVIDER is empty', { UPLOAD_PROVIDER: '' }],
      ['UPLOAD_PROVIDER=local, even with S3 settings', { ...S3, UPLOAD_PROVIDER: 'local' }],
    ])('keeps the local folder when %s', (_, env) => {
      expect(uploadProviderConfig(env)).toEqual({ provider: 'local' });
    });

    it('configures the official S3 provider from S3_* on AWS', () => {
      expect(uploadProviderConfig(S3)).toEqual({
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: 'https://lab-media.s3.eu-central-1.amazonaws.com',
          s3Options: {
            credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret-example' },
            region: 'eu-central-1',
            forcePathStyle: false,
            params: { Bucket: 'lab-media', ACL: 'public-read' },
          },
        },
      });
    });

    it('talks to an S3-compatible endpoint, path-style, and links files at S3_PUBLIC_URL', () => {
      const config = uploadProviderConfig({
        ...S3,
        S3_ENDPOINT: 'http://minio:9000/',
        S3_FORCE_PATH_STYLE: 'true',
        S3_PUBLIC_URL: 'https://media.example.org/',
        S3_ACL: 'none',
      });
      expect(config).toMatchObject({
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: 'https://media.example.org',
          s3Options: { endpoint: 'http://minio:9000', forcePathStyle: true, params: { Bucket: 'lab-media', ACL: undefined } },
        },
      });
    });

    it.each([
      [{ S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' }, 'http://minio:9000/lab-media'],
      [{ S3_ENDPOINT: 'https://s3.example.net' }, 'https://lab-media.s3.example.net'],
    ])('links files where the bucket answers when S3_PUBLIC_URL is unset (%o)', (extra, baseUrl) => {
      expect(uploadProviderConfig({ ...S3, ...extra })).toMatchObject({ providerOptions: { baseUrl } });
    });

    it('names every missing variable', () => {
      expect(() => uploadProviderConfig({ UPLOAD_PROVIDER: 'aws-s3', S3_BUCKET: 'lab-media' })).toThrow(
        'UPLOAD_PROVIDER=aws-s3 needs S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (missing)',
      );
    });

    it.each([
      [{ UPLOAD_PROVIDER: 's3' }, 'UPLOAD_PROVIDER "s3" is not supported: use "local" (default, cms/public/uploads) or "aws-s3"'],
      [{ ...S3, S3_PUBLIC_URL: 'media.example.org' }, 'S3_PUBLIC_URL "media.example.org" must be an absolute http(s) URL'],
      [{ ...S3, S3_ENDPOINT: 'ftp://minio' }, 'S3_ENDPOINT "ftp://minio" must be an absolute http(s) URL'],
      [{ ...S3, S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE "yes" must be "true" or "false"'],
    ])('refuses %o', (env, message) => {
      expect(() => uploadProviderConfig(env)).toThrow(message);
    });
  });

  describe('uploadMediaOrigins', () => {
    it('adds the public origin of the bucket to the CSP sources, nothing for local uploads', () => {
      expect(uploadMediaOrigins(uploadProviderConfig({ ...S3, S3_PUBLIC_URL: 'https://media.example.org/lab/' }))).toEqual([
        'https://media.example.org',
      ]);
      expect(uploadMediaOrigins(uploadProviderConfig({}))).toEqual([]);
    });
  });
});
