// The renderer of the core's message tokens (issue 17). The wasm modules are built without the
// core's feature `message-text`: a message leaves the `.wasm` as a token,
// U+E000 number (U+E001 argument)* U+E002 (an argument may itself be a token, or be marked to be
// rendered in one language), and is rendered here from the catalogue `C` in the language of the
// field it sits in. `cargo xtask codegen` writes this file, after the catalogue, into
// `bindings-wasm/js/messages.js`; build.sh puts one copy beside each target's glue, imported by
// all three wasm modules (`src/js.rs`).

const T_START = "\uE000", T_ARG = "\uE001", T_END = "\uE002";
// An argument marked U+E003 is rendered in English, U+E004 in Chinese, whatever the field
// (the core's `En` and `Zh`: an error's Display, `[code] en / zh`, inside a message).
const PIN = { "\uE003": 1, "\uE004": 0 };

/** The template of message `n` in language `lang` (0 Chinese, 1 English), or undefined. */
function template(n, lang) {
  const area = C[lang][n - (n % 1000)];
  return area && area[n % 1000];
}

/** Argument `a` rendered in `lang`, or in the language its mark pins. */
function arg(a, lang) {
  const pin = PIN[a[0]];
  return pin === undefined ? render(a, lang) : render(a.slice(1), pin);
}

/** `t` with `{N}` replaced by argument N (rendered), `{{` by `{` and `}}` by `}`, as the core's
 * `render` (core/src/message/mod.rs): a placeholder beyond the arguments stays as written. */
function fill(t, args, lang) {
  return t.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, d) =>
    m === "{{" ? "{" : m === "}}" ? "}" : +d < args.length ? arg(args[+d], lang) : m);
}

/** The token starting at `s[i]` (a U+E000) rendered in `lang`, and the index after it; null when
 * it is not a well-formed token with a known number. */
function token(s, i, lang) {
  let j = i + 1;
  while (s[j] >= "0" && s[j] <= "9") j++;
  if (j === i + 1) return null;
  const n = +s.slice(i + 1, j), args = [];
  while (s[j] === T_ARG) {
    let k = ++j;
    for (let depth = 0; ; k++) {
      const c = s[k];
      if (c === undefined) return null;
      if (c === T_START) depth++;
      else if (c === T_END) { if (!depth--) break; }
      else if (c === T_ARG && !depth) break;
    }
    args.push(s.slice(j, k));
    j = k;
  }
  const t = s[j] === T_END && template(n, lang);
  return typeof t === "string" ? [fill(t, args, lang), j + 1] : null;
}

/** `s` rendered in `lang` (0 Chinese, 1 English) when it is a token of the catalogue; anything
 * else as it is. */
function render(s, lang) {
  if (typeof s !== "string" || s[0] !== T_START) return s;
  const r = token(s, 0, lang);
  return r && r[1] === s.length ? r[0] : s;
}

/** A Mermaid diagram's text (`timelineMermaid`, the one text answer that embeds messages: the
 * errors on its `%%` lines) with every token in it rendered in English and cleaned as the core's
 * `sanitize` (core/src/process/status.rs) cleans a message there: `:`, `;`, `#` and line breaks
 * become spaces. */
function renderMermaid(s) {
  let out = "", from = 0;
  for (let i = s.indexOf(T_START); i >= 0; ) {
    const r = token(s, i, 1);
    if (r) {
      out += s.slice(from, i) + r[0].replace(/[:;#\n\r]/g, " ");
      from = r[1];
    }
    i = s.indexOf(T_START, r ? r[1] : i + 1);
  }
  return out + s.slice(from);
}

/** `v` (a result parsed from the core's JSON) with every string under a key ending in `_zh`
 * rendered in Chinese and under `_en` in English, at any depth below that key. */
function renderFields(v, lang) {
  if (typeof v === "string") return lang === undefined ? v : render(v, lang);
  if (v !== null && typeof v === "object") {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = renderFields(v[i], lang);
    } else {
      for (const k in v) {
        const x = v[k], y = renderFields(x, k.endsWith("_zh") ? 0 : k.endsWith("_en") ? 1 : lang);
        if (y !== x) v[k] = y;
      }
    }
  }
  return v;
}

/** The thrown `RulesError`: a JS `Error` named `RulesError`, its message `[code] message_en`,
 * with `code`, `article` (a citation object or null), `message_zh` and `message_en`. */
function rulesError(code, article, zh, en) {
  en = render(en, 1);
  const e = new Error("[" + code + "] " + en);
  e.name = "RulesError";
  e.code = code;
  e.article = article;
  e.message_zh = render(zh, 0);
  e.message_en = en;
  return e;
}

/** A `TypeError` whose message is rendered in English. */
function typeError(message) {
  return new TypeError(render(message, 1));
}
