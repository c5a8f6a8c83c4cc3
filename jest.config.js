/** Two projects: node for core/io/cli, jsdom for the task pane (DEVELOPERS.md, Testing). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/e2e/", "/test/taskpane/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testPathIgnorePatterns: ["/test/(?!taskpane/)"],
      testMatch: ["**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
