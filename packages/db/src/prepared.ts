import type { Queryable } from './client.js';

/**
 * A fixed-shape query (its values as `sql.placeholder`s) built and prepared once per connection, then only bound
 * and run: otherwise drizzle writes the SQL and SQLite compiles it on every call, which under load cost more than
 * running it (issue #9's CPU profile). A transaction is a connection of its own here: it prepares its own copy.
 */
export function preparedPerConnection<Prepared>(build: (db: Queryable) => Prepared): (db: Queryable) => Prepared {
  const prepared = new WeakMap<Queryable, Prepared>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) prepared.set(db, (statement = build(db)));
    return statement;
  };
}
