/** End-to-end tests: built add-in served on 127.0.0.1, Debian Chromium driven by playwright-core. */
const path = require("path");
module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testEnvironment: "node",
  testTimeout: 180000,
  globalSetup: "<rootDir>/test/e2e/construir.ts",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }] },
};
