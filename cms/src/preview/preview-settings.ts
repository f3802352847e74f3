/**
 * Settings of draft previews, read from the environment by config/admin.ts (the admin's preview
 * button) and by the preview route (src/api/preview), so both sign and check with the same secret.
 */
import { requiredEnv } from '../utils/required-env';

export interface PreviewSettings {
  secret: string;
  /** How long a preview link opens its draft. */
  lifetimeSeconds: number;
}

const DEFAULT_MINUTES = 15;

export function previewSettings(env: Record<string, string | undefined> = process.env): PreviewSettings {
  const secret = requiredEnv('PREVIEW_SECRET', env.PREVIEW_SECRET);
  const minutes = env.PREVIEW_LINK_MINUTES?.trim() || String(DEFAULT_MINUTES);
  if (!/^\d{1,4}$/.test(minutes) || Number(minutes) < 1) {
    throw new Error(`PREVIEW_LINK_MINUTES "${minutes}" must be a whole number of minutes from 1, e.g. PREVIEW_LINK_MINUTES=${DEFAULT_MINUTES}`);
  }
  return { secret, lifetimeSeconds: Number(minutes) * 60 };
}
