/**
 * The admin login limiter (5 attempts per 5 minutes per email, path and IP; Strapi lower-cases and
 * normalises the path in its key) must hold for every spelling of the login path, the email and
 * the client address: once /admin/login is used up for an account, no variant logs it in.
 * Otherwise it is an unlimited password oracle. passport-local, which checks the password, takes
 * the email and password from the body or else from the query string (`?email=`), so every place
 * it reads them from must count in the same bucket too.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { uniqueMarker } from '../support/drafts';
import { rawRequest } from '../support/hostile-http';
import { request } from '../support/http';

const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');

interface Variant {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** How the email is spelled in this variant (the limiter's key includes the email). */
  email?: (email: string) => string;
}

const VARIANTS: Variant[] = [
  { name: 'capitalised segment', path: '/admin/Login' },
  { name: 'upper-case prefix', path: '/ADMIN/login' },
  { name: 'all upper case', path: '/ADMIN/LOGIN' },
  { name: 'trailing slash', path: '/admin/login/' },
  { name: 'two trailing slashes', path: '/admin/login//' },
  { name: 'doubled slash', path: '/admin//login' },
  { name: 'leading doubled slash', path: '//admin/login' },
  { name: 'dot segment', path: '/admin/./login' },
  { name: 'dot-dot segment', path: '/admin/x/../login' },
  { name: 'empty query', path: '/admin/login?' },
  { name: 'query string', path: '/admin/login?x=1' },
  { name: 'percent-encoded letter', path: '/admin/logi%6E' },
  { name: 'percent-encoded slash', path: '/admin%2Flogin' },
  { name: 'fragment-like suffix', path: '/admin/login%23' },
  { name: 'semicolon suffix', path: '/admin/login;x' },
  { name: 'spoofed X-Forwarded-For', path: '/admin/login', headers: { 'x-forwarded-for': '203.0.113.7' } },
  { name: 'spoofed X-Real-IP', path: '/admin/login', headers: { 'x-real-ip': '203.0.113.8' } },
  { name: 'upper-case email', path: '/admin/login', email: (email) => email.toUpperCase() },
  { name: 'email with surrounding spaces', path: '/admin/login', email: (email) => ` ${email} ` },
];

/** Where a request puts the credentials passport-local reads (body first, then query string). */
interface CredentialsPlacement {
  name: string;
  query: (email: string, password: string) => string;
  body: (email: string, password: string) => Record<string, unknown>;
}

const enc = encodeURIComponent;

/** What the admin UI sends. */
const IN_BODY: CredentialsPlacement = { name: 'both in the body', query: () => '', body: (email, password) => ({ email, password }) };
const EMAIL_IN_QUERY: CredentialsPlacement = {
  name: 'email in the query string only',
  query: (email) => `?email=${enc(email)}`,
  body: (_, password) => ({ password }),
};

const QUERY_PLACEMENTS: CredentialsPlacement[] = [
  EMAIL_IN_QUERY,
  { name: 'an empty email in the body', query: (email) => `?email=${enc(email)}`, body: (_, password) => ({ email: '', password }) },
  { name: 'an array as the body email', query: (email) => `?email=${enc(email)}`, body: (email, password) => ({ email: [email], password }) },
  { name: 'null as the body email', query: (email) => `?email=${enc(email)}`, body: (_, password) => ({ email: null, password }) },
  { name: 'an upper-case email in the query', query: (email) => `?email=${enc(email.toUpperCase())}`, body: (_, password) => ({ password }) },
  { name: 'email and password in the query string', query: (email, password) => `?email=${enc(email)}&password=${enc(password)}`, body: () => ({}) },
  { name: 'a body email and a query password', query: (_, password) => `?password=${enc(password)}`, body: (email) => ({ email }) },
];

const PASSWORD = 'Limited-Passw0rd!';

const login = (path: string, email: string, password: string, headers: Record<string, string> = {}) =>
  rawRequest(cmsUrl, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });

const loginWith = ({ query, body }: CredentialsPlacement, email: string, password: string) =>
  rawRequest(cmsUrl, {
    method: 'POST',
    path: `/admin/login${query(email, password)}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body(email, password)),
  });

/** An author account of this file's own, so locking it out disturbs no other test. */
async function createAdminUser(email: string): Promise<void> {
  const roles = await request('GET', `${cmsUrl}/admin/roles`, { token: adminToken });
  const author = (roles.body as { data: { id: number; code: string }[] }).data.find((role) => role.code === 'strapi-author');
  const created = await request('POST', `${cmsUrl}/admin/users`, {
    token: adminToken,
    json: { email, firstname: 'Limited', lastname: 'Author', roles: [author?.id] },
  });
  expect(created.status, created.text.slice(0, 300)).toBe(201);
  const { registrationToken } = (created.body as { data: { registrationToken: string } }).data;
  const registered = await request('POST', `${cmsUrl}/admin/register`, {
    json: { registrationToken, userInfo: { firstname: 'Limited', lastname: 'Author', password: PASSWORD } },
  });
  expect(registered.status, registered.text.slice(0, 300)).toBe(200);
}

describe('admin login limiter: path and email variants', () => {
  const email = `${uniqueMarker('limited')}@example.test`;

  beforeAll(async () => {
    await createAdminUser(email);
    // The account works, then /admin/login is used up (the limiter counts successful logins too).
    expect((await login('/admin/login', email, PASSWORD)).status).toBe(200);
    let status = 0;
    for (let i = 0; i < 6 && status !== 429; i++) status = (await login('/admin/login', email, 'Wrong-Passw0rd')).status;
    expect(status).toBe(429);
    expect((await login('/admin/login', email, PASSWORD)).status).toBe(429);
  });

  // With the right password, a 200 from a variant would mean it skipped the limit: an unlimited
  // oracle. A variant must answer 429 (same bucket), or never reach the password check (404, 405,
  // or an unknown-account 400 for an email that names nobody).
  it.each(VARIANTS)('does not let $name ($path) log in once /admin/login is limited', async ({ path, headers, email: spell }) => {
    const response = await login(path, spell ? spell(email) : email, PASSWORD, headers);
    expect(response.status, `${path} answered ${response.status}: ${response.text.slice(0, 200)}`).not.toBe(200);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain('"token"');
  });

  it.each(QUERY_PLACEMENTS)('does not let a login with $name through once /admin/login is limited', async (placement) => {
    const response = await loginWith(placement, email, PASSWORD);
    expect(response.status, `${placement.name} answered ${response.status}: ${response.text.slice(0, 200)}`).toBe(429);
    expect(response.text).not.toContain('"token"');
  });
});

describe('admin login limiter: credentials in the query string', () => {
  const email = `${uniqueMarker('split')}@example.test`;
  beforeAll(() => createAdminUser(email));

  it('counts guesses split between the body and ?email= together: the sixth is refused', async () => {
    for (const placement of [IN_BODY, EMAIL_IN_QUERY, IN_BODY, EMAIL_IN_QUERY, EMAIL_IN_QUERY]) {
      const response = await loginWith(placement, email, 'Wrong-Passw0rd');
      expect(response.status, `${placement.name}: ${response.text.slice(0, 200)}`).toBe(400);
    }
    // The right password on the sixth attempt, through the query string: a 200 would be a sixth guess.
    const sixth = await loginWith(EMAIL_IN_QUERY, email, PASSWORD);
    expect(sixth.status, sixth.text.slice(0, 200)).toBe(429);
    expect(sixth.body).toMatchObject({ data: null, error: { status: 429 } });
  });
});
