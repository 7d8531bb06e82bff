// Minifies the package's JS in place with terser (issue 17: what a page loads), called by build.sh
// once the glue is final: node minify.mjs <file.js>...
//   - the glue (fuling_rules_wasm.js, notice.js, office.js with js/glue-tail.js appended): whole;
//     an ES module for pkg/web, CommonJS (`exports.X = …`, `Object.assign(exports, { … })`) for
//     pkg/node; class names and the exported functions' names are kept (`instanceof`, `.name`), and the
//     `@ts-self-types` header that points TypeScript to the .d.ts
//   - messages.js: its message catalogue (`const C = [ … ];`) is copied byte for byte, only the
//     renderer after it ("// The renderer" line) is minified (its free name `C` stays)
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { minify } from "terser";

// The names a module exports keep their function name (`.name`) though the module's top level is
// mangled: those of its `export { … }` lists (the class and `export function` names are kept anyway).
function exported(src) {
  const names = [];
  for (const [, list] of src.matchAll(/^export \{([^}]*)\};?$/gm)) {
    for (const item of list.split(",")) names.push(item.trim().split(/\s+/)[0]);
  }
  return names;
}

const options = (module, keep) => ({
  module,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: { reserved: ["C"] },
  keep_classnames: true,
  keep_fnames: keep.length ? new RegExp(`^(?:${keep.join("|")})$`) : false,
  format: { comments: /@ts-self-types/, ascii_only: false },
});

for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, "utf8");
  const module = basename(dirname(file)) === "web";
  let out;
  if (basename(file) === "messages.js") {
    const start = src.indexOf("const C = [");
    const marker = src.indexOf("\n// The renderer");
    if (start < 0 || marker < start) throw new Error(`${file}: catalogue or renderer not found`);
    const catalogue = src.slice(start, marker).trimEnd();
    if (!catalogue.endsWith("];")) throw new Error(`${file}: the catalogue does not end with "];"`);
    const renderer = (await minify(src.slice(marker), options(module, exported(src)))).code;
    // The renderer's token marks U+E000..U+E004 survive (as characters or as \u escapes).
    for (const c of ["\uE000", "\uE001", "\uE002", "\uE003", "\uE004"]) {
      const esc = "\\u" + c.charCodeAt(0).toString(16);
      if (!renderer.includes(c) && !renderer.toLowerCase().includes(esc)) {
        throw new Error(`${file}: U+${c.charCodeAt(0).toString(16)} lost in minification`);
      }
    }
    out = catalogue + "\n" + renderer + "\n";
  } else {
    out = (await minify(src, options(module, exported(src)))).code + "\n";
  }
  writeFileSync(file, out);
}
