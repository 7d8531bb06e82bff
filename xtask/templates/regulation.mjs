// The regulation's text and articleText(citation), outside the .wasm (the package's
// "fuling-rules/regulation"). The data and every error text below come from the Rust core;
// this template is filled in by xtask (xtask/src/js.rs).
const REGULATION = /*@REGULATION@*/ null;
const TEXTS = /*@TEXTS@*/ null;
/** The regulation's title. */
export const regulationTitle = REGULATION.title;
/** The Chinese names of the process states and of 第七条's lifecycle stages, by their JSON names. */
export const stateNames = /*@STATES@*/ null;
export const stageNames = /*@STAGES@*/ null;
function fill(template, ...args) {
  return template.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}
function rulesError([code, zh, en], ...args) {
  const e = new Error(fill(en, ...args));
  e.name = "RulesError";
  e.code = code;
  e.article = null;
  e.message_zh = fill(zh, ...args);
  e.message_en = e.message;
  return e;
}
function shapeError(pointer, reason) {
  return rulesError(TEXTS.shape, pointer, reason);
}
// serde's wording of an unexpected value, as the core's reader shows it.
function shown(v) {
  const s = TEXTS.shown;
  if (v === null) return s.null;
  if (Array.isArray(v)) return s.array;
  switch (typeof v) {
    case "boolean": return fill(s.boolean, v);
    case "number": return Number.isInteger(v) ? fill(s.integer, v) : s.fraction;
    case "string": return fill(s.string, JSON.stringify(v));
    default: return s.object;
  }
}
function field(c, key) {
  const v = c[key];
  const f = TEXTS.fields[key];
  if (typeof v !== "number" || !Number.isInteger(v)) throw shapeError(`/${key}`, fill(f.wrong_type, shown(v)));
  if (v < f.minimum || v > f.maximum) throw shapeError(`/${key}`, fill(f.wrong_value, shown(v)));
  return v;
}
/**
 * The text of a cited article or item ({"article": 19, "item": 2}, as an object or JSON text),
 * or null when the regulation has no such article or item. Throws RulesError for input of the
 * wrong shape, as the Rust core's Citation reader does.
 */
export function articleText(citation) {
  let c = citation;
  if (typeof c === "string") {
    if (c.length > TEXTS.max_text_len) throw rulesError(TEXTS.too_long, c.length);
    try { c = JSON.parse(c); } catch (e) {
      if (!(e instanceof SyntaxError)) throw rulesError(TEXTS.too_deep);
      throw rulesError(TEXTS.json, e.message);
    }
  } else if (c === undefined || typeof c === "function" || typeof c === "symbol") {
    throw new TypeError(`citation must be an object or a JSON string, got ${typeof c}`);
  } else {
    try {
      c = JSON.parse(JSON.stringify(c)); // applies toJSON
    } catch (e) {
      if (e instanceof TypeError) throw e; // a cycle or a BigInt
      throw rulesError(TEXTS.too_deep); // a stack overflow: nested too deeply
    }
  }
  if (c === null || typeof c !== "object" || Array.isArray(c)) {
    throw shapeError("", fill(TEXTS.not_struct, shown(c)));
  }
  for (const key of Object.keys(c).sort()) {
    if (!Object.prototype.hasOwnProperty.call(TEXTS.fields, key)) throw shapeError(`/${key}`, fill(TEXTS.unknown_field, key));
  }
  for (const key of TEXTS.required) {
    if (!(key in c)) throw shapeError(`/${key}`, fill(TEXTS.missing, key));
  }
  const article = REGULATION.articles[field(c, "article") - 1];
  const item = c.item === undefined || c.item === null ? null : field(c, "item");
  if (!article) return null;
  if (item === null) return article.text;
  return article.items[item - 1] ?? null;
}
