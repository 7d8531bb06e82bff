#!/usr/bin/env node
// A tiny static server for the demo page, on 127.0.0.1 only, on a free port (or PORT / --port).
//
// It serves the bindings-wasm folder, but only these parts of it:
//   /www/                        the page (index.html, app.js, app.css)
//   /pkg/web/                    the browser ES-module package that build.sh produces (and its
//                                optional module notice.js, which the page itself does not import)
//   /pkg/schemas.mjs             the package's JSON Schemas (the generated forms are built from them)
//   /pkg/regulation.mjs          the regulation module (the states' and stages' Chinese names)
//   /node_modules/mermaid/dist/  the mermaid npm package, so the page works with no network
// `/` redirects to `/www/`. The page refers to the other two with relative URLs
// (`../pkg/web/…`, `../node_modules/mermaid/dist/…`), so any static server rooted at
// bindings-wasm/ serves it the same way.
//
//   node bindings-wasm/www/serve.mjs            # prints the URL; Ctrl-C stops it
//   import { startServer } from "./serve.mjs"   # { url, port, close() }, used by the browser test
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.dirname(here); // bindings-wasm/

const ALLOWED = ["/www/", "/pkg/web/", "/pkg/schemas.mjs", "/pkg/regulation.mjs", "/node_modules/mermaid/dist/"];

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function send(res, status, body, type = "text/plain; charset=utf-8", extra = {}) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...extra });
  res.end(body);
}

function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "method not allowed\n", undefined, { Allow: "GET, HEAD" });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (pathname === "/" || pathname === "/www") {
    return send(res, 302, "", undefined, { Location: "/www/" });
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  // Normalise and refuse anything outside the allowed folders (.. , encoded slashes, NUL).
  const normal = path.posix.normalize(pathname);
  if (pathname.includes("\0") || normal !== pathname || !ALLOWED.some((p) => normal.startsWith(p))) {
    return send(res, 404, "not found\n");
  }
  const file = path.join(root, normal);
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) return send(res, 404, "not found\n");
    const type = MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Content-Length": st.size, "Cache-Control": "no-store" });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  });
}

/** Starts the server on 127.0.0.1; `port` 0 (the default) picks a free port. */
export function startServer({ port = 0 } = {}) {
  const server = http.createServer(handle);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const actual = server.address().port;
      resolve({
        port: actual,
        url: `http://127.0.0.1:${actual}/www/`,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT ?? 0);
  if (!fs.existsSync(path.join(root, "pkg/web/fuling_rules_wasm.js"))) {
    console.warn("serve.mjs: bindings-wasm/pkg/web is missing; run bindings-wasm/build.sh first");
  }
  const { url } = await startServer({ port });
  console.log(`serve.mjs: ${url}  (Ctrl-C to stop)`);
}
