import { fakerDA as faker } from '@faker-js/faker';
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Db } from '../client.js';
import { createStaff, type StaffMember } from '../queries/staff.js';
import { hashSecret } from '../secrets.js';
import { citizens, staff } from '../schema.js';
import { seedDemoCodes } from './seedCodes.js';
import { seedDemoComplaints } from './seedComplaints.js';
import { seedDemoExemptions } from './seedExemptions.js';
import { seedDemoVisits } from './seedVisits.js';

export const demoPassword = 'skranke-demo';

export const demoStaff = [
  { username: 'caseworker', displayName: 'Karen Sagsbehandler', role: 'caseworker' },
  { username: 'supervisor', displayName: 'Søren Teamleder', role: 'supervisor' },
  { username: 'admin', displayName: 'Anne Administrator', role: 'admin' },
] as const;

const mod11Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * A fictitious CPR number. It deliberately fails modulus 11: real numbers issued before 2007 pass it,
 * so a demo number can then never be a real older person's number.
 */
function fictitiousCpr(birth: Date): string {
  const year = birth.getUTCFullYear();
  const datePart = [birth.getUTCDate(), birth.getUTCMonth() + 1, year % 100]
    .map((n) => String(n).padStart(2, '0'))
    .join('');
  // [pub] 7th digit 0–3 means 19YY; 4 means 20YY for YY 00–36.
  const centuryDigit = year >= 2000 ? 4 : faker.number.int({ min: 0, max: 3 });
  for (;;) {
    const digits = `${datePart}${centuryDigit}${faker.string.numeric(3)}`;
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (mod11Weights[i] ?? 0), 0);
    if (sum % 11 !== 0) return digits;
  }
}

function demoCitizen(now: Date, used: Set<string>) {
  const sex = faker.person.sexType();
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName();
  const birth = faker.date.birthdate({ mode: 'age', min: 12, max: 95, refDate: now });
  let cpr = fictitiousCpr(birth);
  while (used.has(cpr)) cpr = fictitiousCpr(birth);
  used.add(cpr);
  const hasFixedAddress = faker.number.float() > 0.08;
  const street = `${faker.location.streetAddress()}, ${faker.location.zipCode()} ${faker.location.city()}`;
  const underGuardianship = faker.number.float() < 0.05;
  const createdAt = faker.date.between({ from: new Date(now.getTime() - 3 * 365 * 864e5), to: now });
  return {
    cpr,
    name: `${firstName} ${lastName}`,
    hasFixedAddress,
    address: hasFixedAddress ? street : null,
    postalAddress: hasFixedAddress ? null : `Poste restante, ${faker.location.zipCode()} ${faker.location.city()}`,
    phone: faker.number.float() > 0.1 ? faker.phone.number() : null,
    email: faker.number.float() > 0.3 ? faker.internet.email({ firstName, lastName }).toLowerCase() : null,
    // [pub] A few have name and address protection.
    addressProtected: hasFixedAddress && faker.number.float() < 0.03,
    guardianship: underGuardianship ? ('guardianship' as const) : ('none' as const),
    guardianName: underGuardianship ? faker.person.fullName() : null,
    notes: null,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * Demo staff, about 200 fictitious citizens, a month of their visits and the codes issued in them, two months of
 * complaints, exemption requests, read accesses and blocks, written only into an empty database and never in
 * production.
 * Deterministic, so the demo looks the same on every machine.
 */
export async function seedDemoData(db: Db, now: Date, citizenCount = 200): Promise<boolean> {
  const staffCount = db.select({ n: count() }).from(staff).get()?.n ?? 0;
  const citizenRows = db.select({ n: count() }).from(citizens).get()?.n ?? 0;
  if (staffCount > 0 || citizenRows > 0) return false;
  faker.seed(20231031);
  const used = new Set<string>();
  const rows = Array.from({ length: citizenCount }, () => demoCitizen(now, used));
  const members = [];
  for (const member of demoStaff) members.push(await createStaff(db, { ...member, password: demoPassword }));
  const counterStaff = members.filter((m) => m.role !== 'admin');
  const [caseworker, supervisor] = counterStaff as [StaffMember, StaffMember];
  const demoCodeHash = await hashSecret(randomBytes(16).toString('hex'));
  db.transaction((tx) => {
    const inserted = [];
    for (let i = 0; i < rows.length; i += 100) inserted.push(...tx.insert(citizens).values(rows.slice(i, i + 100)).returning().all());
    seedDemoVisits(tx, faker, now, inserted, counterStaff.map((m) => m.id));
    seedDemoComplaints(tx, faker, now, inserted, counterStaff);
    seedDemoCodes(tx, faker, now, demoCodeHash, inserted, caseworker.id);
    seedDemoExemptions(tx, faker, now, inserted, caseworker.id, supervisor.id);
  });
  return true;
}

