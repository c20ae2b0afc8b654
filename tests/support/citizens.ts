import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { trpc } from './trpc.js';

export type SeededCitizen = { id: number; cpr: string; name: string };

/** The tables of the demo data that name a citizen in `citizen_id`: a test may want none of them for its citizen. */
export type CaseTable = 'visits' | 'temporary_codes' | 'blocks' | 'exemptions' | 'read_accesses';

/**
 * Demo citizens born 1940–1999 (7th digit 0–3 means 19YY) with a fixed address and no guardian, so nothing stands in
 * the way of a verified visit, and with no demo rows in `untouchedIn`, so every such case on their pages is the test's
 * own. Read once (call it in beforeAll); each call of the returned function hands out the next one, so each test
 * takes its own citizen and what one test does to its citizen shows on no other test's pages.
 */
export function untouchedAdults(databasePath: string, untouchedIn: readonly CaseTable[]): () => SeededCitizen {
  const db = new Database(databasePath, { readonly: true });
  let adults: SeededCitizen[];
  try {
    const none = untouchedIn.map((table) => `AND id NOT IN (SELECT citizen_id FROM ${table})`).join(' ');
    const rows = db
      .prepare(`SELECT id, cpr, name FROM citizens WHERE has_fixed_address = 1 AND guardianship = 'none' ${none} ORDER BY id`)
      .all() as SeededCitizen[];
    adults = rows.filter(({ cpr }) => Number(cpr[6]) <= 3 && Number(cpr.slice(4, 6)) >= 40);
  } finally {
    db.close();
  }
  return () => {
    const next = adults.shift();
    expect(next, 'an untouched adult left in the demo data for this test').toBeDefined();
    return next!;
  };
}

/**
 * A credential visit verified now through the API, as the counter would record it: a passport with CPR number and
 * three CPR questions answered, BETYDELIG. The counter flow itself has its own test (visits.test.ts).
 */
export async function verifyVisitNow(serverUrl: string, cookie: string, citizenId: number): Promise<number> {
  const started = await trpc(serverUrl, 'visits.create', { citizenId, service: 'activationCode' }, { cookie });
  expect(started.error).toBeUndefined();
  const id = started.data.id as number;
  const evidence = {
    method: 'cprQuestions',
    targetLevel: 'BETYDELIG',
    documents: [{ kind: 'passportWithCpr', expiresOn: `${new Date().getFullYear() + 5}-01-01` }],
    cprQuestions: { asked: 3, correct: 3 },
  };
  const completed = await trpc(serverUrl, 'visits.complete', { id, evidence }, { cookie });
  expect(completed.error).toBeUndefined();
  return id;
}
