// ESLint 9 flat config. Typed typescript-eslint rules everywhere; eslint-plugin-office-addins on the
// only code that talks to Office.js (src/io/office); src/core kept pure by no-restricted-imports
// (STYLE.md, practices 1 and 9). test/arquitectura.test.ts checks the same boundaries by resolution.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** Packages and modules the pure core must never import. */
const prohibidasEnCore = [
  ...builtinModules.filter((m) => !m.startsWith("_")),
  "exceljs",
  "jszip",
  "react",
  "react-dom",
  "commander",
  "cli-progress",
  "playwright-core",
  "office-js",
].map((name) => ({ name, message: "src/core es TypeScript puro: sin Node, DOM, Office, exceljs ni UI (STYLE.md §1)." }));

const patronesCore = [
  { group: ["node:*"], message: "src/core no usa módulos de Node." },
  { group: ["@fluentui/*", "@types/*", "@microsoft/*"], message: "src/core no depende de la UI ni de Office." },
  {
    group: ["**/io/**", "**/io", "**/taskpane/**", "**/taskpane", "**/cli/**", "**/cli", "**/demo/**", "**/demo", "**/commands/**", "**/commands"],
    message: "La flecha apunta hacia adentro: src/core no importa de io, taskpane, cli, demo ni commands.",
  },
];

/**
 * One config per folder depth inside src/core, so that a relative import climbing out of src/core
 * (one "../" more than the file's depth) is refused whatever folder it names.
 */
const limitesCore = [0, 1, 2, 3, 4].map((profundidad) => ({
  files: [`src/core/${"*/".repeat(profundidad)}*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: prohibidasEnCore,
        patterns: [
          ...patronesCore,
          {
            regex: `^(\\.\\./){${profundidad + 1},}`,
            message: "Este import sale de src/core: el núcleo solo importa módulos de src/core.",
          },
        ],
      },
    ],
  },
}));

const reglasOffice = Object.fromEntries(Object.keys(officeAddins.rules).map((regla) => [`office-addins/${regla}`, "error"]));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Build and test configs are CommonJS run by Node.
    files: ["*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly", console: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // React event props accept async handlers; a floating promise elsewhere is still an error.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // A leading underscore marks a parameter a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "office-addins/no-office-initialize": "error",
    },
    plugins: { "office-addins": officeAddins },
  },
  {
    files: ["src/io/office/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: reglasOffice,
  },
  ...limitesCore,
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      // jest's expect(obj.method) and mock functions trip this rule without being bugs.
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
