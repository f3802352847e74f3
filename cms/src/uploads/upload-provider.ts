/**
 * Where uploaded media lives. By default Strapi's local provider writes it to cms/public/uploads,
 * which only works while one machine serves the CMS. With UPLOAD_PROVIDER=aws-s3 Strapi's official
 * S3 provider stores it in a bucket (AWS or any S3-compatible service), so every instance serves
 * every file. Pure: it reads the environment it is given, so the choice can be tested without Strapi.
 * https://docs.strapi.io/cms/configurations/media-library-providers/amazon-s3
 */

export type Environment = Readonly<Record<string, string | undefined>>;

export interface S3ProviderOptions {
  /** Prefix of the URLs stored for uploaded files (the bucket's public address, or a CDN in front). */
  baseUrl: string;
  s3Options: {
    credentials: { accessKeyId: string; secretAccessKey: string };
    region: string;
    endpoint?: string;
    forcePathStyle: boolean;
    params: { Bucket: string; ACL?: string };
  };
}

export type UploadProviderConfig = { provider: 'local' } | { provider: 'aws-s3'; providerOptions: S3ProviderOptions };

const REQUIRED_S3 = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

function absoluteUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} "${value}" must be an absolute http(s) URL, e.g. "https://media.example.org"`);
  }
  return value.replace(/\/+$/, '');
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} "${value}" must be "true" or "false"`);
}

/** The upload provider the environment asks for; throws, naming every missing variable, when it is incomplete. */
export function uploadProviderConfig(env: Environment): UploadProviderConfig {
  const choice = env.UPLOAD_PROVIDER || 'local';
  if (choice === 'local') return { provider: 'local' };
  if (choice !== 'aws-s3') {
    throw new Error(`UPLOAD_PROVIDER "${choice}" is not supported: use "local" (default, cms/public/uploads) or "aws-s3"`);
  }
  const missing = REQUIRED_S3.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`UPLOAD_PROVIDER=aws-s3 needs ${missing.join(', ')} (missing); see README "Shared uploads"`);
  }
  const bucket = env.S3_BUCKET as string;
  const region = env.S3_REGION as string;
  const endpoint = env.S3_ENDPOINT ? absoluteUrl('S3_ENDPOINT', env.S3_ENDPOINT) : undefined;
  const forcePathStyle = flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE);
  // Without S3_PUBLIC_URL, files are linked where the bucket itself answers.
  const bucketUrl = endpoint
    ? forcePathStyle
      ? `${endpoint}/${bucket}`
      : endpoint.replace('://', `://${bucket}.`)
    : `https://${bucket}.s3.${region}.amazonaws.com`;
  const baseUrl = env.S3_PUBLIC_URL ? absoluteUrl('S3_PUBLIC_URL', env.S3_PUBLIC_URL) : bucketUrl;
  // Buckets created since 2023 refuse ACLs ("bucket owner enforced"): S3_ACL=none sends none.
  const acl = env.S3_ACL || 'public-read';
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl,
      s3Options: {
        credentials: { accessKeyId: env.S3_ACCESS_KEY_ID as string, secretAccessKey: env.S3_SECRET_ACCESS_KEY as string },
        region,
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle,
        params: acl === 'none' ? { Bucket: bucket, ACL: undefined } : { Bucket: bucket, ACL: acl },
      },
    },
  };
}

/**
 * Origins the admin UI loads media from, for the Content-Security-Policy's img-src and media-src:
 * none beyond the CMS itself for local uploads, the bucket's public origin for S3.
 */
export function uploadMediaOrigins(config: UploadProviderConfig): string[] {
  return config.provider === 'aws-s3' ? [new URL(config.providerOptions.baseUrl).origin] : [];
}
