// Node benchmark (not a test): 100,000 addWorkingDays calls on the official calendar,
// the same random (date in 2015–2025, n in 1..60) pairs idea as benches/python.
// Usage: node bindings-wasm/bench/add-working-days.mjs   (after bindings-wasm/build.sh)
import { addWorkingDays, Calendar } from "../pkg/node/index.mjs";

let seed = 20250930;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const start = Date.UTC(2015, 0, 1);
const days = (Date.UTC(2025, 11, 31) - start) / 86400000;
const N = 100_000;
const pairs = Array.from({ length: N }, () => [
  new Date(start + Math.floor(rand() * days) * 86400000).toISOString().slice(0, 10),
  1 + Math.floor(rand() * 60),
]);

function run(label, fn) {
  fn(pairs.slice(0, 1000)); // warm up
  let best = Infinity;
  let check = "";
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    check = fn(pairs);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  const rate = Math.round(N / (best / 1000));
  console.log(`${label}: ${N} calls in ${best.toFixed(1)} ms (best of 5): ${rate.toLocaleString("en")} calls/s, ${((best * 1e6) / N).toFixed(0)} ns/call [last ${check}]`);
}

run("addWorkingDays(date, n)", (ps) => {
  let last = "";
  for (const [d, n] of ps) last = addWorkingDays(d, n);
  return last;
});
const cal = Calendar.official();
run("Calendar.official().addWorkingDays(date, n)", (ps) => {
  let last = "";
  for (const [d, n] of ps) last = cal.addWorkingDays(d, n);
  return last;
});
