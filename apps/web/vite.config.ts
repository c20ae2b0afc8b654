import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vendor code changes less often than ours; separate chunks stay cached across deploys. */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component)[\\/]/ },
  { name: 'refine', test: /node_modules[\\/](@refinedev|@tanstack)[\\/]/ },
  { name: 'trpc', test: /node_modules[\\/](@trpc|superjson)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: {
    // The API server (apps/server); SKRANKE_API points elsewhere when 3000 is taken.
    proxy: { '/trpc': process.env.SKRANKE_API ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is one vendor chunk (~900 kB, ~270 kB gzipped) on purpose: cached once, shared by every page.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
