import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { startServer, type RunningServer } from '../support/server.js';
import { login, trpc } from '../support/trpc.js';

const fullCpr = /\b\d{6}-?\d{4}\b/;

let server: RunningServer;
let supervisor: string;
let caseworker: string;
beforeAll(async () => {
  server = await startServer();
  supervisor = await login(server.url, 'supervisor');
  caseworker = await login(server.url, 'caseworker');
});
afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

function exportCsv(resource: string, body: unknown, cookie?: string) {
  return fetch(`${server.url}/export/${resource}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}
const rowsOf = (text: string) => parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];

describe('POST /export/:resource', () => {
  test('without a session: 401 with a Danish message, and no file', async () => {
    const response = await exportCsv('visits', {});
    expect(response.status).toBe(401);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHORIZED', message: 'Du er ikke logget ind, eller din session er udløbet.' } });
  });

  test('a caseworker asking for the audit log: 403', async () => {
    const response = await exportCsv('audit', {}, caseworker);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  test('a supervisor downloads every matching visit as a Danish CSV, past the largest page', async () => {
    const filters = [{ field: 'day', operator: 'gte', value: '2000-01-01' }];
    const response = await exportCsv('visits', { filters }, supervisor);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="skranke-visits-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).not.toMatch(fullCpr);
    const rows = rowsOf(text);
    const listed = await trpc(server.url, 'visits.list', { filters, pagination: { currentPage: 1, pageSize: 1 } }, { cookie: supervisor });
    expect(listed.data.total).toBeGreaterThan(100);
    expect(rows).toHaveLength(listed.data.total);
    expect(rows[0]!['CPR-nummer']).toMatch(/^\d{6}-XXXX$/);
    expect(rows[0]!.Startet).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  });

  test('a browser form post carries the input in the body; a CPR search reaches neither the URL nor a log line', async () => {
    const citizens = await trpc(server.url, 'citizens.list', { pagination: { currentPage: 1, pageSize: 1 } }, { cookie: supervisor });
    const full = await trpc(server.url, 'citizens.get', { id: citizens.data.data[0].id }, { cookie: supervisor });
    const input = JSON.stringify({ filters: [{ field: 'q', operator: 'contains', value: full.data.cpr }] });
    const response = await fetch(`${server.url}/export/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: supervisor },
      body: new URLSearchParams({ input }).toString(),
    });
    expect(response.status).toBe(200);
    expect(rowsOf(await response.text()).map((r) => r.Navn)).toEqual([full.data.name]);

    const unreadable = await fetch(`${server.url}/export/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: supervisor },
      body: new URLSearchParams({ input: '{not json' }).toString(),
    });
    expect(unreadable.status).toBe(400);
    // A form is bounded like a JSON body (#15, point 1): too deep is refused unparsed, too large before it is read.
    const formPost = (text: string) =>
      fetch(`${server.url}/export/citizens`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: supervisor },
        body: new URLSearchParams({ input: text }).toString(),
      });
    expect((await formPost('['.repeat(10_000) + ']'.repeat(10_000))).status).toBe(400);
    expect((await formPost('x'.repeat(100_000))).status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await new Promise((r) => setTimeout(r, 200));
    expect(server.logs.filter((line) => line.includes('/export/citizens')).length).toBeGreaterThan(0);
    expect(server.logs.filter((line) => fullCpr.test(line))).toEqual([]);
    const db = new Database(server.databasePath, { readonly: true });
    const exports = db.prepare("select entity, details from audit_log where action = 'export'").all() as { entity: string; details: string }[];
    db.close();
    expect(exports.map((e) => e.entity)).toEqual(['visits', 'citizens']);
    expect(JSON.stringify(exports)).not.toMatch(fullCpr);
  });

  test('the audit log in the server’s database refuses UPDATE and DELETE of a recent entry', () => {
    const db = new Database(server.databasePath);
    expect(() => db.prepare("update audit_log set action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('delete from audit_log').run()).toThrow(/retention/);
    db.close();
  });
});
