/**
 * Builds the add-in (task pane, ribbon commands) and the browser demo into dist/.
 * `https://localhost:3000/` in the manifest is rewritten to URL_PRODUCCION in production,
 * as the Office add-in template does. exceljs must only arrive through dynamic import()
 * (file opening in the demo), so it never lands in an entry chunk.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const URL_DESARROLLO = "https://localhost:3000/";
const URL_PRODUCCION = process.env.URL_PRODUCCION || "https://seguimiento.example.org/";

/**
 * The manifest in production: every development URL, the AppDomain (an origin, without the
 * trailing slash) included, points at the production site.
 */
function manifiestoProduccion(texto) {
  const origen = (url) => url.replace(/\/$/, "");
  return texto.split(URL_DESARROLLO).join(URL_PRODUCCION).split(origen(URL_DESARROLLO)).join(origen(URL_PRODUCCION));
}

/**
 * What the bundle may use: the engines of the supported hosts — WebView2 (Chromium) on Windows
 * with Microsoft 365 or Office 2021+, WKWebView (Safari 14+) on Mac, current browsers for Excel on
 * the web. Internet Explorer 11 and EdgeHTML (Office 2016/2019) get the ES5 check of the pages.
 */
const OBJETIVO = "es2020";

/** The ES5 check both pages carry inline, before office.js (src/commands/navegadorAntiguo.html). */
const navegadorAntiguo = fs.readFileSync(path.join(__dirname, "src/commands/navegadorAntiguo.html"), "utf8");

/**
 * `npm run dev-server` (webpack serve): https on port 3000 — the manifest's URL — with the certificate
 * `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs/, because Excel only loads
 * add-ins over https. Without it the pane is still served, over http, for a browser; `sirviendo` says
 * whether to print the notice (a build never does).
 */
function servidorDesarrollo(sirviendo) {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const clave = path.join(dir, "localhost.key");
  const certificado = path.join(dir, "localhost.crt");
  const https = fs.existsSync(clave) && fs.existsSync(certificado);
  if (!https && sirviendo) {
    console.warn(
      `Aviso: no hay certificado de desarrollo en ${dir}; el panel se sirve por http://localhost:3000/ ` +
        "y Excel no lo cargará (exige https). Instálelo una vez con `npx office-addin-dev-certs install` y vuelva a ejecutar `npm run dev-server`.",
    );
  }
  return {
    port: 3000,
    // Office loads the pane and the ribbon's commands.html from another origin.
    headers: { "Access-Control-Allow-Origin": "*" },
    // Everything served comes from the bundle (assets and manifest are copied into it).
    static: false,
    server: https ? { type: "https", options: { key: fs.readFileSync(clave), cert: fs.readFileSync(certificado) } } : { type: "http" },
  };
}

module.exports = (env, argv) => {
  const produccion = argv.mode === "production";
  return {
    target: ["web", OBJETIVO],
    devtool: produccion ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      demo: "./src/demo/index.tsx",
      // The e2e tests serve this in place of the CDN office.js (never loaded by a page itself).
      officeFalso: "./src/demo/officeFalso.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // TypeScript's nodenext needs "./x.js" in dynamic import(); the file is x.ts.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // exceljs' browser build needs no Node core modules; stub the few its package mentions.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so webpack can tree-shake and split on import().
              compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: true, target: OBJETIVO },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { navegadorAntiguo },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { navegadorAntiguo },
      }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      // The same page at the folder's address: dist/ published on a static host opens on it (issue 14).
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          { from: "ejemplos/*.xlsx", to: "[path][name][ext]", noErrorOnMissing: true },
          // Support and «Más información» page of the manifest: what the add-in needs and where it runs.
          { from: "src/commands/ayuda.html", to: "ayuda.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform: (contenido) => (produccion ? manifiestoProduccion(contenido.toString()) : contenido),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: servidorDesarrollo(env?.WEBPACK_SERVE === true),
  };
};
