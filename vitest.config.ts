import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'entrypoints/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/lib/vitest-setup.ts'],
    testTimeout: 60_000,
  },
});
