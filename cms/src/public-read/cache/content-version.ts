/**
 * A token that changes whenever any public content changes, shared by every CMS instance through
 * the database. Cached responses are keyed by it, so a write invalidates everything at once, on
 * every instance: the writing instance sees the new token immediately, the others within
 * `refreshMs` (they re-read the token, one indexed row, at most that often).
 *
 * Chosen over a notification channel (PostgreSQL LISTEN/NOTIFY) because it works the same on
 * SQLite and PostgreSQL, needs no extra connection, and cannot miss a message.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const KEY = 'content-version';

export interface ContentVersion {
  /** The current token (from memory when read less than `refreshMs` ago). */
  current(): Promise<string>;
  /**
   * The token if it was read less than `refreshMs` ago, without waiting for the database; else
   * undefined. Past half that age it also starts a re-read in the background, so a steady stream
   * of requests always finds a fresh token and never waits (the front door only answers then).
   */
  peek(): string | undefined;
  /** Records a change: a new token, in this process at once and then in the database. */
  bump(): Promise<void>;
}

export function createContentVersion(strapi: Core.Strapi, refreshMs = 250): ContentVersion {
  const store = strapi.store({ type: 'core', name: 'homepage' });
  let token = '';
  let readAt = 0;
  let reading: Promise<string> | undefined;
  /** Bumps made by this process: a read that started before one must not put the old token back. */
  let bumps = 0;

  async function read(): Promise<string> {
    const bumpsBefore = bumps;
    const stored = (await store.get({ key: KEY })) as string | null;
    if (bumps === bumpsBefore) {
      token = stored ?? 'initial';
      readAt = Date.now();
    }
    return token;
  }

  /** Concurrent requests share one read. */
  function readShared(): Promise<string> {
    reading ??= read().finally(() => {
      reading = undefined;
    });
    return reading;
  }

  return {
    async current() {
      if (token && Date.now() - readAt < refreshMs) return token;
      return readShared();
    },
    peek() {
      const age = Date.now() - readAt;
      if (!token || age >= refreshMs) return undefined;
      if (age >= refreshMs / 2 && !reading) {
        readShared().catch((error: Error) => strapi.log.error(`response cache: reading the content version failed: ${error.message}`));
      }
      return token;
    },
    async bump() {
      // This process stops serving the old version at once, before the write below: a bump queued
      // for a transaction's commit runs unawaited, and the owner's next request may come first.
      const next = randomUUID();
      bumps += 1;
      token = next;
      readAt = Date.now();
      await store.set({ key: KEY, value: next });
      readAt = Date.now();
    },
  };
}

const versions = new WeakMap<Core.Strapi, ContentVersion>();

/** The one ContentVersion of this Strapi instance (shared by the cache and the write hooks). */
export function contentVersionOf(strapi: Core.Strapi): ContentVersion {
  let version = versions.get(strapi);
  if (!version) {
    version = createContentVersion(strapi);
    versions.set(strapi, version);
  }
  return version;
}
