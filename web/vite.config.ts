import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const backend = 'http://localhost:8080';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('@mantine') || id.includes('@floating-ui')) return 'mantine';
          if (id.includes('react-router') || id.includes('@tanstack') || id.includes('i18next')) return 'app-libs';
          return undefined;
        },
      },
    },
  },
  server: {
    fs: { allow: [here('..')] },
    proxy: { '/api': backend, '/healthz': backend, '/readyz': backend },
  },
});
