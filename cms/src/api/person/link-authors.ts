/**
 * Every co-author named on a saved publication is linked to a `person`, made when none fits, so
 * BibTeX pastes, imports and the seed need no extra click (issue 21). Which person a name is:
 * 1. a person whose name or one of whose aliases has the same key (accents, case, dots: nameKey);
 * 2. for an abbreviated name ("Y. Gong"), the one person whose names it could abbreviate, if
 *    exactly one does: with two ("Yeyun Gong", "Yang Gong") it is a person of its own, never a
 *    guess, and the owner merges it once in the admin (merge-people.ts);
 * 3. otherwise a new person with the name as written.
 * A full name never joins an abbreviated person on its own either: the owner merges those too.
 * Merged persons stay as records so their spellings keep leading to the person they were merged
 * into. The owner (`isOwner`) is no co-author of themself and links to no one.
 */
import type { Core } from '@strapi/strapi';
import { hasInitials, initialsFit, nameKey } from '@homepage/shared';
import { slugFromTitle } from '../../content-rules/slug-from-title';
import { onFirstUse } from '../../utils/on-first-use';

/** Its tables take about 50 ms to load, paid only once a name without Latin letters is saved. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transliteration = onFirstUse(() => require('transliteration') as typeof import('transliteration'));

const PERSON = 'api::person.person';

export interface StoredPerson {
  id: number;
  documentId: string;
  name: string;
  aliases?: string | null;
  mergedInto?: { documentId: string } | null;
}

/** The names a person answers to: their name and each alias, one per line. */
export function namesOf(person: Pick<StoredPerson, 'name' | 'aliases'>): string[] {
  const aliases = (person.aliases ?? '').split(/\r?\n|;/).map((alias) => alias.trim()).filter(Boolean);
  return [person.name, ...aliases];
}

/** Follows `mergedInto` to the person kept (a chain of merges ends at one). */
export function keptPerson(people: ReadonlyMap<string, StoredPerson>, person: StoredPerson): StoredPerson {
  let current = person;
  const seen = new Set<string>();
  while (current.mergedInto && !seen.has(current.documentId)) {
    seen.add(current.documentId);
    const next = people.get(current.mergedInto.documentId);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Which known person a name is, or undefined when it should be a person of its own. */
export function personForName(people: ReadonlyMap<string, StoredPerson>, name: string): StoredPerson | undefined {
  const key = nameKey(name);
  const all = [...people.values()];
  const same = all.find((person) => namesOf(person).some((known) => nameKey(known) === key));
  if (same) return keptPerson(people, same);
  if (!hasInitials(name)) return undefined;
  const fitting = new Map<string, StoredPerson>();
  for (const person of all) {
    if (namesOf(person).some((known) => !hasInitials(known) && initialsFit(name, known))) {
      const kept = keptPerson(people, person);
      fitting.set(kept.documentId, kept);
    }
  }
  return fitting.size === 1 ? [...fitting.values()][0] : undefined;
}

async function loadPeople(strapi: Core.Strapi): Promise<Map<string, StoredPerson>> {
  const found = (await strapi.documents(PERSON).findMany({
    fields: ['name', 'aliases'],
    populate: { mergedInto: { fields: ['documentId'] } },
    limit: 100_000,
  })) as unknown as StoredPerson[];
  return new Map(found.map((person) => [person.documentId, person]));
}

interface AuthorData {
  name?: unknown;
  isOwner?: unknown;
  person?: unknown;
}

/** The person the owner picked by hand in the admin's relation field, if they did. */
function pickedInAdmin(person: unknown): string | undefined {
  const connect = (person as { connect?: { documentId?: string }[] } | null)?.connect;
  return Array.isArray(connect) ? connect[connect.length - 1]?.documentId : undefined;
}

/**
 * The keys of the owner's own names (profile: name, nativeName), so the owner written exactly so
 * is never a co-author even when `isOwner` was left unticked. Only exact spellings: the BibTeX
 * owner matcher's looser "R. Wang" may be someone else, whom the owner unticks.
 */
async function ownerKeys(strapi: Core.Strapi): Promise<Set<string>> {
  const profile =
    (await strapi.documents('api::profile.profile').findFirst({ status: 'published' })) ??
    (await strapi.documents('api::profile.profile').findFirst());
  return new Set([profile?.name, profile?.nativeName].filter((name): name is string => Boolean(name)).map(nameKey));
}

/** Sets `person` on every author of a publication's saved data (create or update). */
export async function linkAuthorsToPeople(strapi: Core.Strapi, data: Record<string, unknown>): Promise<void> {
  const authors = data.authors;
  if (!Array.isArray(authors) || authors.length === 0) return;
  const people = await loadPeople(strapi);
  const owner = await ownerKeys(strapi);
  for (const author of authors as AuthorData[]) {
    if (typeof author !== 'object' || author === null) continue;
    if (author.isOwner === true || typeof author.name !== 'string' || author.name.trim() === '' || owner.has(nameKey(author.name))) {
      author.person = { set: [] };
      continue;
    }
    const picked = pickedInAdmin(author.person);
    const person = picked && people.has(picked) ? keptPerson(people, people.get(picked)!) : (personForName(people, author.name) ?? (await createPerson(strapi, people, author.name.trim())));
    author.person = { set: [{ documentId: person.documentId }] };
  }
}

/**
 * A name without Latin letters (王瑞哲, 김민준) gives no slug the usual way: it is spelled in Latin
 * letters first ("wang-rui-zhe"), and made free if another person has it.
 */
async function slugForName(strapi: Core.Strapi, name: string): Promise<string | undefined> {
  if (slugFromTitle(name) !== '') return undefined; // the slug rule makes it from the name
  const value = slugFromTitle(transliteration().slugify(name)) || 'co-author';
  const uids = strapi.plugin('content-manager').service('uid');
  return (await uids.findUniqueUID({ contentTypeUID: PERSON, field: 'slug', value, locale: '*' })) as string;
}

async function createPerson(strapi: Core.Strapi, people: Map<string, StoredPerson>, name: string): Promise<StoredPerson> {
  const slug = await slugForName(strapi, name);
  const created = (await strapi.documents(PERSON).create({ data: { name, ...(slug ? { slug } : {}) } })) as unknown as StoredPerson;
  const person = { id: created.id, documentId: created.documentId, name, aliases: null, mergedInto: null };
  people.set(person.documentId, person);
  return person;
}
