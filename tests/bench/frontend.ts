import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.js';
import { repoRoot } from './lib/server.js';
import { percentiles } from './lib/stats.js';

export const webDist = join(repoRoot, 'apps/web/dist');
export const manifestPath = join(webDist, '.vite/manifest.json');

/** A chunk as Vite's build manifest (`build.manifest: true`) describes it. */
type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

/**
 * The routes measured, each with the page module that renders it. A page that is code-split (imported with
 * `import()`) is a dynamic entry in the manifest and its chunks count for its route; a page bundled into the main
 * entry is already counted there.
 */
export const routes = [
  { path: '/citizens', page: 'src/features/citizens/list.tsx', procedure: 'citizens.list' },
  { path: '/visits', page: 'src/features/visits/list.tsx', procedure: 'visits.list' },
  { path: '/complaints', page: 'src/features/complaints/list.tsx', procedure: 'complaints.list' },
] as const;

export type BundleFigure = { route: string; jsFiles: number; jsBytes: number; jsGzip: number; cssGzip: number; splitPage: boolean };

/** First-load JS of each route: the entry's static imports, followed transitively, plus the route's own page chunk. */
export function bundleSizes(): BundleFigure[] {
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build the web app (npm run build) with build.manifest on`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('the manifest names no entry');
  const gzipped = new Map<string, { bytes: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (!size) {
      const content = readFileSync(join(webDist, file));
      size = { bytes: content.length, gzip: gzipSync(content).length };
      gzipped.set(file, size);
    }
    return size;
  };
  /** Chunk keys reachable from `key` by static imports (what the browser must load before the module runs). */
  const closure = (key: string, seen: Set<string>) => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) closure(imported, seen);
    return seen;
  };
  return routes.map(({ path, page }) => {
    const keys = closure(entryKey, new Set());
    const splitPage = Boolean(manifest[page]?.isDynamicEntry);
    if (splitPage) closure(page, keys);
    const chunks = [...keys].map((k) => manifest[k]!);
    const js = chunks.map((c) => sizeOf(c.file));
    const css = [...new Set(chunks.flatMap((c) => c.css ?? []))].map(sizeOf);
    return {
      route: path,
      jsFiles: js.length,
      jsBytes: js.reduce((s, x) => s + x.bytes, 0),
      jsGzip: js.reduce((s, x) => s + x.gzip, 0),
      cssGzip: css.reduce((s, x) => s + x.gzip, 0),
      splitPage,
    };
  });
}

/** Where a page load's time goes, in ms from navigation start (medians over the runs). */
export type LoadBreakdown = { domContentLoaded: number; scriptsLoaded: number; listRequestStart: number; listRequestEnd: number; firstRow: number };

export type FirstRowFigure = {
  route: string;
  coldP50: number;
  coldMax: number;
  warmP50: number;
  warmMax: number;
  runs: number;
  /** The cold loads' medians, phase by phase. */
  cold?: LoadBreakdown;
  error?: string;
};

const firstRowMark = 'skranke-bench:first-row';

/**
 * Time from navigation start to the frame that paints the first table row, from the page's own clock
 * (`performance.mark` relative to the navigation's time origin). Cold: a fresh browser context each run (empty
 * cache, as after a deploy). Warm: the same route opened again in that context (assets cached, data fetched anew).
 */
export async function firstRowTimes(baseUrl: string, cookie: string, runs: number, timeoutMs = 60_000): Promise<FirstRowFigure[]> {
  const browser = await launchBrowser();
  const [name, value] = cookie.split('=') as [string, string];
  try {
    const figures: FirstRowFigure[] = [];
    for (const { path, procedure } of routes) {
      const cold: number[] = [];
      const warm: number[] = [];
      const coldPhases: LoadBreakdown[] = [];
      let error: string | undefined;
      for (let run = 0; run < runs && !error; run++) {
        const context = await browser.newContext({ locale: 'da-DK', reducedMotion: 'reduce' });
        await context.addCookies([{ name, value, url: baseUrl }]);
        await context.addInitScript((mark: string) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('.ant-table-tbody tr.ant-table-row')) return;
            observer.disconnect();
            requestAnimationFrame(() => performance.mark(mark));
          });
          observer.observe(document, { childList: true, subtree: true });
        }, firstRowMark);
        const page = await context.newPage();
        const measure = async () => {
          await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
          await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, firstRowMark, { timeout: timeoutMs });
          if (new URL(page.url()).pathname !== path) throw new Error(`${path} went to ${page.url()}`);
          return page.evaluate(
            ([mark, procedure]) => {
              const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
              // The tRPC client batches: the list's request is the one whose path names the procedure.
              const list = resources.find((r) => new URL(r.name).pathname.includes(procedure));
              const scripts = resources.filter((r) => r.name.endsWith('.js'));
              return {
                domContentLoaded: navigation.domContentLoadedEventEnd,
                scriptsLoaded: Math.max(0, ...scripts.map((r) => r.responseEnd)),
                listRequestStart: list?.startTime ?? Number.NaN,
                listRequestEnd: list?.responseEnd ?? Number.NaN,
                firstRow: performance.getEntriesByName(mark)[0]!.startTime,
              };
            },
            [firstRowMark, procedure] as const,
          );
        };
        try {
          const first = await measure();
          coldPhases.push(first);
          cold.push(first.firstRow);
          warm.push((await measure()).firstRow);
        } catch (e) {
          // A route that shows no row in time is reported as such; the other routes are still measured.
          error = `no table row within ${timeoutMs / 1000} s (${(e as Error).message.split('\n')[0]})`;
        }
        await context.close();
      }
      const [coldP50] = percentiles(cold, [50]);
      const [warmP50] = percentiles(warm, [50]);
      const max = (xs: number[]) => (xs.length ? Math.max(...xs) : Number.NaN);
      const median = (key: keyof LoadBreakdown) => percentiles(coldPhases.map((p) => p[key]), [50])[0]!;
      const breakdown: LoadBreakdown | undefined = coldPhases.length
        ? { domContentLoaded: median('domContentLoaded'), scriptsLoaded: median('scriptsLoaded'), listRequestStart: median('listRequestStart'), listRequestEnd: median('listRequestEnd'), firstRow: median('firstRow') }
        : undefined;
      figures.push({
        route: path,
        coldP50: coldP50!,
        coldMax: max(cold),
        warmP50: warmP50!,
        warmMax: max(warm),
        runs: cold.length,
        ...(breakdown ? { cold: breakdown } : {}),
        ...(error ? { error } : {}),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
