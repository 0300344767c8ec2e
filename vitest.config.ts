import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The bridge writes notes in the computer's language (language: auto): tests read English on any machine.
    // LC_MESSAGES decides once LC_ALL is empty; LC_ALL itself is not set to a locale the machine may lack
    // (bash warns about that on stderr). Tests of other languages set the language or locale they need.
    env: { LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
