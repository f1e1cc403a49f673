// Builds the renderer alone: the browser host serves renderer/dist, and electron-vite has its own
// renderer entry for the app. `base: './'` keeps asset URLs relative so the same build loads from
// app://chapterhouse/ and from http://127.0.0.1:PORT/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The app is loaded from disk or loopback: one chunk per entry is fine, no CDN splitting games.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5180, strictPort: false },
});
