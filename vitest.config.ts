import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // SQLite files, documents and a browser per file: two workers match the two-core CI machines.
    maxWorkers: 2,
    fileParallelism: true
  }
})
