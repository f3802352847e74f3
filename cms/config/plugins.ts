import type { Core } from '@strapi/strapi';
import { uploadProviderConfig } from '../src/uploads/upload-provider';
import { requiredEnv } from '../src/utils/required-env';

// Media the owner uploads is served to strangers from the same origin as the API: no
// active content (SVG, HTML, scripts, executables), only images, PDFs and video.
const allowedMediaTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif', 'application/pdf', 'video/mp4', 'video/webm'];
const deniedTypes = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'application/javascript',
  'text/javascript',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-executable',
  'application/x-sh',
  'text/x-shellscript',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv('JWT_SECRET', env('JWT_SECRET')),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      // Local folder by default; UPLOAD_PROVIDER=aws-s3 and S3_* put media in a shared bucket.
      ...uploadProviderConfig(process.env),
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
      // Bytes; the same limit as the multipart parser (middlewares.ts), also for files fetched by URL.
      sizeLimit: env.int('UPLOAD_MAX_FILE_SIZE_MB', 50) * 1024 * 1024,
    },
  },
});

export default config;
