import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeOptions } from '../../support/server.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const serverMain = join(repoRoot, 'apps/server/dist/main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type BenchServer = {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
};

/**
 * The built server as production runs it (NODE_ENV=production, so nothing is seeded; `npm start`'s Node options), on
 * `databasePath`. Logs go to a file as they would go to a log collector: at the production default level unless
 * `logLevel` says otherwise.
 * The session cookie is allowed over plain http (SKRANKE_INSECURE_COOKIES=1): the bench talks to 127.0.0.1.
 */
export async function startBenchServer(databasePath: string, logFile: string, logLevel: string | undefined): Promise<BenchServer> {
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...serverNodeOptions, serverMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SKRANKE_DB: databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      SKRANKE_INSECURE_COOKIES: '1',
      ...(logLevel ? { LOG_LEVEL: logLevel } : {}),
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not answer /healthz:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident and peak resident memory of a process, in bytes (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * fetch, tried again when a kept-alive connection turns out closed: after a long run the server may have closed
 * the idle socket that fetch's pool hands out next ("other side closed").
 */
export async function fetchAgain(input: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(input, init);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** A tRPC call as any client makes it: POST with a superjson body, so no input ever lands in a URL. */
export async function trpcCall(url: string, procedure: string, input: unknown, cookie?: string) {
  const response = await fetchAgain(`${url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ json: input }),
  });
  const text = await response.text();
  return { status: response.status, text, setCookie: response.headers.get('set-cookie') };
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const response = await trpcCall(url, 'auth.login', { username, password });
  if (response.status !== 200 || !response.setCookie) throw new Error(`login as ${username} failed (${response.status}): ${response.text}`);
  return response.setCookie.split(';')[0]!;
}
