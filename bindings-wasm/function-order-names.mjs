// Rewrites the function names of a .wasm's name section so that `wasm-opt
// --reorder-functions-by-name` puts alike functions side by side, which gzip (window 32 KB)
// compresses better (build.sh, step 3; benches/README.md, WASM). Only the order changes; build.sh's
// `--strip-debug` drops the names afterwards.
//
// 1. Each function gets a path key: its Rust path without the hash (`::h` and 16 hex digits), a trait
//    method's implementation (`<T as Trait>::f`) under the trait (`Trait::f T`), and its index,
//    zero-padded (the copies of one generic function in the order rustc emitted them). Sorting by
//    these keys saved 1.5 KB gzipped on the main module of 2026-12-01.
// 2. From the first function in path order, a greedy walk puts next the function whose body's
//    5-byte shingles are most covered by those of the functions already placed in the last 32 KB
//    (gzip's window), score = covered / total^0.8 (a little in favour of larger functions), ties in
//    path order. Measured on the bodies before wasm-opt, which its inlining and merging change
//    little: another 1.7 KB gzipped on the main module of 2026-12-01 (117,449 -> 115,770). Integer
//    hashes and a fixed tie rule: the same input gives the same order.
// The new name is the rank in that walk, zero-padded, then the path key.
//
//     node bindings-wasm/function-order-names.mjs in.wasm out.wasm
import { readFileSync, writeFileSync } from "node:fs";

const [src, dst] = process.argv.slice(2);
const b = readFileSync(src);
const SHINGLE = 5, WINDOW = 32768, SIZE_POWER = 0.8;

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
const skipLimits = (p) => {
  const flags = b[p++];
  [, p] = leb(p);
  if (flags & 1) [, p] = leb(p);
  return p;
};

// The sections, the number of imported functions, the code bodies (function index = imports + i).
const sections = [];
let imports = 0;
const bodies = [];
for (let i = 8; i < b.length; ) {
  const id = b[i];
  const [n, start] = leb(i + 1);
  sections.push({ id, start, end: start + n, at: i });
  if (id === 2) {
    let [count, p] = leb(start);
    for (let c = 0; c < count; c++) {
      let l;
      [l, p] = leb(p);
      p += l;
      [l, p] = leb(p);
      p += l;
      const kind = b[p++];
      if (kind === 0) {
        imports++;
        [, p] = leb(p);
      } else if (kind === 1) p = skipLimits(p + 1);
      else if (kind === 2) p = skipLimits(p);
      else if (kind === 3) p += 2;
      else if (kind === 4) [, p] = leb(p + 1);
      else throw new Error(`function-order-names: import kind ${kind}`);
    }
  } else if (id === 10) {
    let [count, p] = leb(start);
    for (let c = 0; c < count; c++) {
      let size;
      [size, p] = leb(p);
      bodies.push(b.subarray(p, p + size));
      p += size;
    }
  }
  i = start + n;
}

// 1. The path keys, from the name section's function names.
const keys = new Map();
for (const s of sections) {
  const [l, k0] = s.id === 0 ? leb(s.start) : [0, 0];
  if (s.id !== 0 || b.toString("latin1", k0, k0 + l) !== "name") continue;
  for (let k = k0 + l; k < s.end; ) {
    const [sl, k2] = leb(k + 1);
    if (b[k] === 1) {
      let [count, m] = leb(k2);
      for (let c = 0; c < count; c++) {
        let idx, nl;
        [idx, m] = leb(m);
        [nl, m] = leb(m);
        const name = b.toString("utf8", m, m + nl).replace(/::h[0-9a-f]{16}$/, "");
        m += nl;
        // A trait method's implementations side by side: `<T as Trait>::f` sorts as `Trait::f T`.
        const impl = /^<(.*?) as (.*?)>(::.*)$/s.exec(name);
        const path = impl ? `${impl[2]}${impl[3]} ${impl[1]}` : name;
        keys.set(idx, `${path}#${String(idx).padStart(6, "0")}`);
      }
    }
    k = k2 + sl;
  }
}

// 2. The greedy walk over the defined functions (f = index - imports), from path order.
const key = (f) => keys.get(f + imports) ?? `#${String(f + imports).padStart(6, "0")}`;
const byPath = bodies.map((_, f) => f).sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
const pathRank = new Int32Array(bodies.length);
byPath.forEach((f, r) => (pathRank[f] = r));
const shingles = bodies.map((body) => {
  const set = new Set();
  for (let p = 0; p + SHINGLE <= body.length; p++) {
    let h = 0;
    for (let q = 0; q < SHINGLE; q++) h = (Math.imul(h, 0x01000193) ^ body[p + q]) >>> 0;
    set.add(h);
  }
  return [...set];
});
const holders = new Map(); // shingle -> the functions that have it
shingles.forEach((set, f) =>
  set.forEach((h) => {
    const l = holders.get(h);
    if (l) l.push(f);
    else holders.set(h, [f]);
  }),
);
const inWindow = new Map(); // shingle -> how many functions in the window have it
const covered = new Int32Array(bodies.length); // per function: its shingles in the window
const placed = new Uint8Array(bodies.length);
const rank = new Int32Array(bodies.length);
const window = [];
let windowBytes = 0, head = 0;
const enter = (f, d) => {
  for (const h of shingles[f]) {
    const c = (inWindow.get(h) ?? 0) + d;
    inWindow.set(h, c);
    if (c === (d > 0 ? 1 : 0)) for (const g of holders.get(h)) covered[g] += d;
  }
};
for (let r = 0, cur = byPath[0]; r < bodies.length; r++) {
  placed[cur] = 1;
  rank[cur] = r;
  enter(cur, 1);
  window.push(cur);
  windowBytes += bodies[cur].length;
  while (windowBytes > WINDOW && window.length - head > 1) {
    const old = window[head++];
    windowBytes -= bodies[old].length;
    enter(old, -1);
  }
  let best = -1, bestScore = -1;
  for (const g of byPath) {
    if (placed[g]) continue;
    const score = shingles[g].length ? covered[g] / shingles[g].length ** SIZE_POWER : 1;
    if (score > bestScore) [best, bestScore] = [g, score];
  }
  cur = best;
}

// The name section rewritten: rank, zero-padded, then the path key (imports keep the path key).
const parts = [b.subarray(0, 8)];
for (const s of sections) {
  const [l, k0] = s.id === 0 ? leb(s.start) : [0, 0];
  if (s.id !== 0 || b.toString("latin1", k0, k0 + l) !== "name") {
    parts.push(b.subarray(s.at, s.end));
    continue;
  }
  const subs = [enc(4), Buffer.from("name")];
  for (let k = k0 + l; k < s.end; ) {
    const [sl, k2] = leb(k + 1);
    if (b[k] === 1) {
      let [count, m] = leb(k2);
      const names = [enc(count)];
      for (let c = 0; c < count; c++) {
        let idx, nl;
        [idx, m] = leb(m);
        [nl, m] = leb(m);
        m += nl;
        const f = idx - imports;
        const prefix = f >= 0 && f < bodies.length ? String(rank[f]).padStart(6, "0") : "import";
        const name = Buffer.from(`${prefix} ${keys.get(idx)}`);
        names.push(enc(idx), enc(name.length), name);
      }
      subs.push(section(1, Buffer.concat(names)));
    } else {
      subs.push(b.subarray(k, k2 + sl));
    }
    k = k2 + sl;
  }
  parts.push(section(0, Buffer.concat(subs)));
}
writeFileSync(dst, Buffer.concat(parts));
