import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverMain = join(repoRoot, 'apps/server/dist/main.js');

/** The Node options `npm start` gives the server (the root package.json's config), so tests and bench run that process. */
export const serverNodeOptions = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { config: { serverNodeOptions: string } }
).config.serverNodeOptions.split(' ');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type RunningServer = {
  url: string;
  databasePath: string;
  /** Every line the server wrote to stdout and stderr so far. */
  logs: string[];
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends SIGKILL, a crash: no shutdown, no checkpoint, requests in flight cut off. Resolves once it is gone. */
  kill(): Promise<void>;
};

/**
 * The built server as a real process on a fresh SQLite file in a temporary folder (demo data seeded), or on the file
 * `env.SKRANKE_DB` names (seeded only if empty). Stopping or killing it removes its temporary folder only, so a
 * database SKRANKE_DB names is kept.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: build first (npm test does)`);
  const dir = mkdtempSync(join(tmpdir(), 'skranke-test-'));
  const databasePath = env.SKRANKE_DB ?? join(dir, 'skranke.db');
  const port = await freePort();
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [...serverNodeOptions, serverMain], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', SKRANKE_DB: databasePath, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${logs.join('\n')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not answer /healthz:\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  async function end(signal: NodeJS.Signals) {
    if (child.exitCode === null) child.kill(signal);
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    return code;
  }
  return { url, databasePath, logs, stop: () => end('SIGTERM'), kill: async () => void (await end('SIGKILL')) };
}
