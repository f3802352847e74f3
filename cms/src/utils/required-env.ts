/** Reads a setting Strapi cannot boot without, failing with a message that says how to fix it. */
export function requiredEnv(name: string, value: string | undefined): string {
  if (!value) {
    throw new Error(
      `${name} is not set: run the CMS through "pnpm start" / "pnpm dev" (which generate cms/.env on first run) ` +
        `or set it in the environment, e.g. ${name}=$(openssl rand -base64 24)`,
    );
  }
  return value;
}
