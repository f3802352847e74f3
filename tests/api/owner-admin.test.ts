/**
 * cms/src/bootstrap/owner-admin.ts over HTTP: ADMIN_EMAIL / ADMIN_PASSWORD create the one super
 * admin on first boot, and no default account exists. The admin login limiter allows 5 logins per
 * 5 minutes per email: this file logs the owner in once more (the run's setup did the first).
 */
import { describe, expect, inject, it } from 'vitest';
import { adminLogin } from '../support/admin-api';
import { OWNER } from '../support/cms-process';
import { request } from '../support/http';

const cmsUrl = inject('cmsUrl');

interface AdminUser {
  email: string;
  isActive: boolean;
  roles: { code: string }[];
}

describe('owner-admin', () => {
  describe('ensureOwnerAdmin', () => {
    it('created the owner from ADMIN_EMAIL as an active super admin', async () => {
      const response = await request('GET', `${cmsUrl}/admin/users/me`, { token: inject('adminToken') });
      expect(response.status).toBe(200);
      const me = (response.body as { data: AdminUser }).data;
      expect(me.email).toBe(OWNER.email);
      expect(me.isActive).toBe(true);
      expect(me.roles.map((r) => r.code)).toContain('strapi-super-admin');
    });

    it('lets the owner log in with ADMIN_PASSWORD', async () => {
      await expect(adminLogin(cmsUrl, OWNER)).resolves.toMatch(/^ey/);
    });

    it.each([
      { email: 'admin@strapi.io', password: 'admin' },
      { email: 'admin@strapi.io', password: 'Admin123' },
      { email: 'admin@example.com', password: 'admin' },
      { email: OWNER.email, password: 'admin' },
      { email: OWNER.email, password: '' },
    ])('refuses $email / "$password" (no default credentials)', async (credentials) => {
      const response = await request('POST', `${cmsUrl}/admin/login`, { json: credentials });
      expect([400, 401]).toContain(response.status);
      expect(response.text).not.toContain('token');
    });

    it('closed the first-admin registration screen to strangers', async () => {
      const init = await request('GET', `${cmsUrl}/admin/init`);
      expect((init.body as { data: { hasAdmin: boolean } }).data.hasAdmin).toBe(true);

      const register = await request('POST', `${cmsUrl}/admin/register-admin`, {
        json: { email: 'eve@example.test', password: 'Eve-Passw0rd!', firstname: 'Eve' },
      });
      expect([400, 401, 403]).toContain(register.status);
      expect(register.text).not.toContain('token');
    });
  });
});
