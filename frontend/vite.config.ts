import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The gateway serves the SPA and /api on one origin; in dev, vite forwards the API paths to it.
const backend = process.env.BIZSOS_BACKEND_URL ?? 'http://127.0.0.1:8080'
const proxy = Object.fromEntries(
  ['/api', '/q', '/.well-known'].map((path) => [path, { target: backend, changeOrigin: false }]),
)

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    target: 'es2022',
    // Pretendard GOV woff2 files stay separate assets; never inline them.
    assetsInlineLimit: 4096,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    css: false,
  },
})
