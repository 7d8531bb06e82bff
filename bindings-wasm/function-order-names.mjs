// Rewrites the function names of a .wasm's name section so that `wasm-opt
// --reorder-functions-by-name` puts the functions in the order of their Rust paths (build.sh, step 3;
// benches/README.md, WASM): each name loses its hash (`::h` and 16 hex digits) and gets its index,
// zero-padded, so the copies of one generic function stay in the order rustc emitted them; a trait
// method's implementation (`<T as Trait>::f`) is sorted under the trait (`Trait::f T`), so all the
// `FromJson::from_json` or `ToJson::write_json` are side by side. Alike functions side by side
// compress better with gzip (its window is 32 KB): -1.5 KB gzipped on the main module of
// 2026-12-01. Only the order changes; build.sh's `--strip-debug` drops the names afterwards.
//
//     node bindings-wasm/function-order-names.mjs in.wasm out.wasm
import { readFileSync, writeFileSync } from "node:fs";

const [src, dst] = process.argv.slice(2);
const b = readFileSync(src);

function leb(i) {
  let r = 0, s = 0, x;
  do {
    x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return [r, i];
}
function enc(n) {
  const out = [];
  do {
    let x = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n ? x | 0x80 : x);
  } while (n);
  return Buffer.from(out);
}
const section = (id, body) => Buffer.concat([Buffer.from([id]), enc(body.length), body]);

const parts = [b.subarray(0, 8)];
let i = 8;
while (i < b.length) {
  const id = b[i];
  const [n, start] = leb(i + 1);
  const end = start + n;
  let done = false;
  if (id === 0) {
    const [l, k0] = leb(start);
    if (b.toString("latin1", k0, k0 + l) === "name") {
      const subs = [enc(4), Buffer.from("name")];
      let k = k0 + l;
      while (k < end) {
        const sub = b[k];
        const [sl, k2] = leb(k + 1);
        if (sub === 1) {
          let [count, m] = leb(k2);
          const names = [enc(count)];
          for (let c = 0; c < count; c++) {
            let idx, nl;
            [idx, m] = leb(m);
            [nl, m] = leb(m);
            const name = b.toString("utf8", m, m + nl).replace(/::h[0-9a-f]{16}$/, "");
            m += nl;
            // A trait method's implementations side by side: `<T as Trait>::f` sorts as `Trait::f T`.
            const impl = /^<(.*?) as (.*?)>(::.*)$/s.exec(name);
            const path = impl ? `${impl[2]}${impl[3]} ${impl[1]}` : name;
            const key = Buffer.from(`${path}#${String(idx).padStart(6, "0")}`);
            names.push(enc(idx), enc(key.length), key);
          }
          subs.push(section(1, Buffer.concat(names)));
        } else {
          subs.push(b.subarray(k, k2 + sl));
        }
        k = k2 + sl;
      }
      parts.push(section(0, Buffer.concat(subs)));
      done = true;
    }
  }
  if (!done) parts.push(b.subarray(i, end));
  i = end;
}
writeFileSync(dst, Buffer.concat(parts));
