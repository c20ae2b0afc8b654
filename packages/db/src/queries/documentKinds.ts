import { asc, eq } from 'drizzle-orm';
import { documentCatalogue, type DocumentCatalogue } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { documentKinds } from '../schema.js';

/** The kinds in the picker's order: by category, then position; retired ones only when asked for (old visits show them). */
export function listDocumentKinds(db: Queryable, options: { activeOnly: boolean }) {
  return db
    .select()
    .from(documentKinds)
    .where(options.activeOnly ? eq(documentKinds.active, true) : undefined)
    .orderBy(asc(documentKinds.category), asc(documentKinds.position))
    .all();
}

/** What the rule engine judges documents by: every kind, retired ones too (a retired kind is no longer offered, but a document shown is judged as it is). */
export function loadDocumentCatalogue(db: Queryable): DocumentCatalogue {
  return documentCatalogue(listDocumentKinds(db, { activeOnly: false }));
}
