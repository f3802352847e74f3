/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set, the first boot creates that super admin when there is
 * no admin yet (local use, tests, unattended deployments). Without them the admin UI shows
 * Strapi's own registration screen. There is no default password anywhere.
 */
import type { Core } from '@strapi/strapi';

export async function ensureOwnerAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  try {
    // createFirstAdmin locks the super-admin role row, so two instances booting together on one
    // PostgreSQL database cannot both create an owner.
    await users.createFirstAdmin({
      email,
      password,
      firstname: process.env.ADMIN_FIRSTNAME ?? 'Site',
      lastname: process.env.ADMIN_LASTNAME ?? 'Owner',
    });
    strapi.log.info(`Created the super admin ${email} from ADMIN_EMAIL / ADMIN_PASSWORD`);
  } catch (error) {
    if (await users.exists()) return; // another instance won the race
    throw new Error(
      `Could not create the super admin ADMIN_EMAIL="${email}": ${(error as Error).message}. ` +
        'The password needs 8+ characters with an upper-case letter, a lower-case letter and a digit, e.g. "Owner-Passw0rd".',
    );
  }
}
