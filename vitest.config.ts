import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Compiles once per run (skipped when lib/ is newer than the sources): CLI tests spawn bin/, which runs lib/.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Build and browser tests spawn real processes; two cores are all these machines have.
    maxWorkers: 2,
  },
});
