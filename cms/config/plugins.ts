import type { Core } from '@strapi/strapi';

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
      jwtSecret: env('JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
    },
  },
});

export default config;
