import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Long jobs (documents, package) run in this worker so the window never freezes.
          'job-worker': resolve(root, 'electron/jobs/job-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } }
    },
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    plugins: [react()]
  }
})
