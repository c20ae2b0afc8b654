import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

/**
 * Only libraries every page needs get a vendor chunk of their own (cached across deploys). antd and Refine's antd
 * kit are split by use instead: a group would pull every component any page uses into the first load. The rest of
 * what the app shell loads before any page (`$initial`) is one chunk: a dozen small ones cost a dozen requests, and
 * a browser sends only six at a time over HTTP/1.1.
 */
const chunkGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'trpc', test: /node_modules[\\/](@trpc|superjson)[\\/]/ },
  { name: 'shell', tags: ['$initial' as const] },
];

export default defineConfig({
  // Brotli and gzip files beside each asset, served by the server (@fastify/static `preCompressed`) so nothing is
  // compressed per request.
  plugins: [react(), compression()],
  resolve: {
    // The browser's own ResizeObserver instead of a polyfill that every supported browser has no need of.
    alias: { 'resize-observer-polyfill': fileURLToPath(new URL('./src/shims/resizeObserver.ts', import.meta.url)) },
  },
  server: {
    // The API server (apps/server); SKRANKE_API points elsewhere when 3000 is taken.
    proxy: { '/trpc': process.env.SKRANKE_API ?? 'http://localhost:3000', '/export': process.env.SKRANKE_API ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each entry loads, read by the benchmark (tests/bench) for first-load JS.
    manifest: true,
    rolldownOptions: {
      // Libraries that do not declare `sideEffects` (react-markdown via @refinedev/antd, papaparse) would otherwise
      // ship whole; only CSS and the React 19 patch for antd run code on import.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/') || /\.css$|v5-patch-for-react-19/.test(id) },
      output: { codeSplitting: { groups: chunkGroups } },
    },
  },
});
