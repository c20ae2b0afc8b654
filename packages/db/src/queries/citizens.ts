import { and, count, eq, getTableColumns, gte, lt, sql, type SQL } from 'drizzle-orm';
import {
  cprSearchPrefix,
  isCprSearchTerm,
  maskCpr,
  type TCitizenData,
  type TCitizenFilter,
  type TCitizenListInput,
} from '@skranke/domain';
import type { Queryable } from '../client.js';
import { listQuery, orderByOf, pageOf } from '../list.js';
import { preparedPerConnection } from '../prepared.js';
import { citizens, type CitizenRow } from '../schema.js';

/** What a list may show: the CPR number only masked (domain.md "CPR numbers"). */
export type CitizenListItem = Omit<CitizenRow, 'cpr' | 'notes'> & { cprMasked: string };

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function citizenFilterSql(filter: TCitizenFilter): SQL | undefined {
  switch (filter.field) {
    case 'q': {
      if (!filter.value) return undefined;
      const prefix = isCprSearchTerm(filter.value) ? cprSearchPrefix(filter.value) : null;
      // A range, not LIKE: SQLite's LIKE folds case and so cannot use the CPR index (':' sorts right after '9').
      if (prefix) return and(gte(citizens.cpr, prefix), lt(citizens.cpr, `${prefix}:`));
      // SQLite has no default escape character for LIKE: name it, so % and _ in a name are matched literally.
      return sql`${citizens.name} LIKE ${`%${escapeLike(filter.value)}%`} ESCAPE '\\'`;
    }
    case 'hasFixedAddress':
      return eq(citizens.hasFixedAddress, filter.value);
    case 'guardianship':
      return eq(citizens.guardianship, filter.value);
  }
}

/** A list row or export line: the CPR number masked, and [pub] a protected address left out (only the citizen's own record shows it). */
export function toCitizenListItem({ cpr, notes: _notes, ...rest }: CitizenRow): CitizenListItem {
  const hidden = rest.addressProtected ? { address: null, postalAddress: null } : {};
  return { ...rest, ...hidden, cprMasked: maskCpr(cpr) };
}

/** Most recently changed first: the order without sorters, and the one /citizens opens with. */
const newestFirst = { field: 'updatedAt', order: 'desc' } as const;

/** The citizens list's filtered, ordered select and its count, as drizzle builders. */
function citizensSelects(db: Queryable, input: Pick<TCitizenListInput, 'filters' | 'sorters'>) {
  const where = and(...input.filters.map(citizenFilterSql));
  const orderBy = orderByOf(
    input.sorters.length ? input.sorters : [newestFirst],
    { name: citizens.name, createdAt: citizens.createdAt, updatedAt: citizens.updatedAt },
    [],
    citizens.id,
  );
  const columns = getTableColumns(citizens);
  return {
    columns,
    select: db.select(columns).from(citizens).where(where).orderBy(...orderBy),
    count: db.select({ n: count() }).from(citizens).where(where),
  };
}

/** The citizens list's filtered, ordered select: one page for `citizens.list`, every row for the export. */
export function citizensQuery(db: Queryable, input: Pick<TCitizenListInput, 'filters' | 'sorters'>) {
  const { columns, select, count } = citizensSelects(db, input);
  return listQuery({ columns, select, count: () => count.get()?.n ?? 0, toItem: toCitizenListItem });
}

// The view /citizens opens with carries most of the list's requests, so its page and count are prepared once; any
// other search or sort is built per request.
const openingView = preparedPerConnection((db) => {
  const { select, count } = citizensSelects(db, { filters: [], sorters: [newestFirst] });
  return {
    rows: select.limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare(),
    count: count.prepare(),
  };
});

function isOpeningView(input: TCitizenListInput): boolean {
  const sortsAsOpened = input.sorters.every((s) => s.field === newestFirst.field && s.order === newestFirst.order);
  return sortsAsOpened && input.filters.every((f) => !citizenFilterSql(f));
}

export function listCitizens(db: Queryable, input: TCitizenListInput) {
  if (!isOpeningView(input)) return pageOf(input.pagination, citizensQuery(db, input));
  const view = openingView(db);
  return pageOf(input.pagination, {
    rows: (limit, offset) => view.rows.all({ limit, offset }).map(toCitizenListItem),
    count: () => view.count.get()?.n ?? 0,
  });
}

const citizenById = preparedPerConnection((db) =>
  db
    .select()
    .from(citizens)
    .where(eq(citizens.id, sql.placeholder('id')))
    .prepare(),
);

export function findCitizen(db: Queryable, id: number): CitizenRow | undefined {
  return citizenById(db).get({ id });
}

export function findCitizenByCpr(db: Queryable, cpr: string): CitizenRow | undefined {
  return db.select().from(citizens).where(eq(citizens.cpr, cpr)).get();
}

export function insertCitizen(db: Queryable, data: TCitizenData, now: Date): CitizenRow {
  return db
    .insert(citizens)
    .values({ ...data, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function updateCitizen(db: Queryable, id: number, data: TCitizenData, now: Date): CitizenRow | undefined {
  return db
    .update(citizens)
    .set({ ...data, updatedAt: now })
    .where(eq(citizens.id, id))
    .returning()
    .get();
}
