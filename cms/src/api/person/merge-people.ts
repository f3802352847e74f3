/**
 * The owner merges two persons once: on the person to drop ("Y. Gong"), "Merged into" names the
 * person kept ("Yeyun Gong") and Save. Every author entry that pointed at the dropped person then
 * points at the kept one (drafts and published versions alike), so the kept person's page lists
 * the joint works of both; the dropped person keeps no works, so it leaves the API, the sitemap
 * and the site: its old address answers 404, as any unknown person does (a static site has no
 * redirects to offer, and a dropped spelling rarely has links pointing at it). Its record stays,
 * so a later paste that spells the name the dropped way links to the person kept (link-authors.ts).
 * A merge that would go round in a circle (A into B, B into A) is a 400 and changes nothing.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { relationAfterSave } from '../../content-rules/relation-input';
import type { Next, WriteContext } from '../../write-pipeline/hook';

const PERSON = 'api::person.person';

interface SaveParams {
  data?: Record<string, unknown>;
  documentId?: string;
}

interface PersonRow {
  id: number;
  documentId: string;
  name: string;
  mergedInto?: { documentId: string } | null;
}

async function findPerson(strapi: Core.Strapi, documentId: string): Promise<PersonRow | null> {
  return (await strapi.documents(PERSON).findOne({
    documentId,
    fields: ['name'],
    populate: { mergedInto: { fields: ['name'] } },
  })) as unknown as PersonRow | null;
}

/** Runs around a person's update (api/person/write-hooks.ts). */
export async function mergeOnSave(strapi: Core.Strapi, context: WriteContext, next: Next): Promise<unknown> {
  const { data, documentId } = context.params as SaveParams;
  if (!data || !documentId || !('mergedInto' in data)) return next();
  const current = await findPerson(strapi, documentId);
  const target = await relationAfterSave(strapi, PERSON, data.mergedInto, current?.mergedInto?.documentId ?? null);
  if (!current || !target || target === current.mergedInto?.documentId) return next();

  // Walk the chain from the person kept: reaching the person being merged is a circle.
  let step = await findPerson(strapi, target);
  const kept = step;
  const seen = new Set<string>();
  while (step && !seen.has(step.documentId)) {
    if (step.documentId === documentId) {
      const message = `"${current.name}" cannot be merged into "${kept?.name ?? target}": that person is ${target === documentId ? 'the same one' : `already merged into "${current.name}"`}; merge "${kept?.name ?? target}" into "${current.name}" instead, or choose another person`;
      throw new errors.ValidationError(message, { errors: [{ path: ['mergedInto'], message, name: 'ValidationError' }] });
    }
    seen.add(step.documentId);
    step = step.mergedInto ? await findPerson(strapi, step.mergedInto.documentId) : null;
  }
  if (!kept) return next();

  const result = await next();
  // Every author entry of every publication version (draft and published) moves to the person kept,
  await repointRelation(strapi, 'publication.author', 'person', current.id, kept.id);
  // and persons merged earlier into the one dropped now lead to the one kept, in one step.
  await repointRelation(strapi, PERSON, 'mergedInto', current.id, kept.id);
  return result;
}

/**
 * Points every row's `attribute` relation from one person to another, in its join table: the
 * Document Service would have to rewrite each publication (and publish it again) to do the same.
 */
async function repointRelation(strapi: Core.Strapi, uid: string, attribute: string, fromId: number, toId: number): Promise<void> {
  const relation = strapi.db.metadata.get(uid).attributes[attribute] as unknown as {
    joinTable: { name: string; inverseJoinColumn: { name: string } };
  };
  const { name: table, inverseJoinColumn } = relation.joinTable;
  await strapi.db.connection(table).where(inverseJoinColumn.name, fromId).update({ [inverseJoinColumn.name]: toId });
}
