/**
 * Creates the first admin of a production database (nothing is seeded there):
 *   SKRANKE_DB=/var/lib/skranke/skranke.db npm run admin:create -- <username> "<display name>"
 * The password is read from SKRANKE_ADMIN_PASSWORD or prompted for, never taken from the command line
 * (it would end up in the shell history and the process list).
 */
import { createInterface } from 'node:readline/promises';
import { passwordProblem, policy, translate } from '@skranke/domain';
import { closeDatabase, createStaff, defaultDatabasePath, findStaffByUsername, openDatabase } from '@skranke/db';

const [username, displayName] = process.argv.slice(2);
if (!username || !displayName) {
  console.error('Usage: npm run admin:create -- <username> "<display name>"');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.SKRANKE_ADMIN_PASSWORD) return process.env.SKRANKE_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const password = await rl.question('Password (at least 12 characters): ');
  rl.close();
  return password;
}

const password = await readPassword();
// The rules every staff member's own password follows (at least 12 characters, not the username, not a common one).
const problem = passwordProblem(password, { username, displayName });
if (problem) {
  console.error(translate(problem, 'en', { minimum: policy.passwordMinimumLength }));
  process.exit(2);
}
const db = openDatabase(process.env.SKRANKE_DB ?? defaultDatabasePath);
if (findStaffByUsername(db, username.toLowerCase())) {
  console.error(`A staff member named ${username} already exists.`);
  closeDatabase(db);
  process.exit(1);
}
const admin = await createStaff(db, { username: username.toLowerCase(), displayName, role: 'admin', password });
console.log(`Created admin ${admin.username} (id ${admin.id}).`);
closeDatabase(db);
