// The JSON Schemas of schemas/*.json as a plain ES module, outside the .wasm (the package's
// "fuling-rules/schemas"). The schemas and the error text come from the Rust core; this
// template is filled in by xtask (xtask/src/js.rs).
const SCHEMAS = /*@SCHEMAS@*/ null;
const UNKNOWN = /*@UNKNOWN@*/ null;
/** The names jsonSchema accepts. */
export const schemaNames = Object.freeze(Object.keys(SCHEMAS));
/** The JSON Schema of an input or output type (a fresh copy); unknown names throw RulesError "unknown_name". */
export function jsonSchema(name) {
  if (typeof name !== "string") throw new TypeError("jsonSchema(name): name must be a string");
  if (!Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    const [code, zh, en] = UNKNOWN;
    const e = new Error(en.replace("{0}", () => name));
    e.name = "RulesError";
    e.code = code;
    e.article = null;
    e.message_zh = zh.replace("{0}", () => name);
    e.message_en = e.message;
    throw e;
  }
  return JSON.parse(JSON.stringify(SCHEMAS[name]));
}
