//! Messages of the area `records` (see the catalogue's module documentation).

super::messages! { 7000;
    // records/amend.rs: a correction or void ({0} its index in the stored list).
    AMENDMENT_WITHOUT_REASON: "第 {0} 项(从 0 起):更正或撤销须说明理由", "entry {0}: a correction or void must state its reason";
    AMENDMENT_OF_LATER_ENTRY: "第 {0} 项(从 0 起):只能更正或撤销此前的记录", "entry {0}: a correction or void names an earlier entry only";
    AMENDMENT_OF_VOID: "第 {0} 项(从 0 起):不能更正或撤销一项撤销记录;请更正原事件", "entry {0}: a void cannot be corrected or voided; correct the original event instead";
    // records/application.rs: a shape error's reason (serde's English words in both languages,
    // as the area `input`'s reasons).
    UNKNOWN_APPLICATION_EVENT_TYPE: "unknown application event type {0}, expected one of {1}", "unknown application event type {0}, expected one of {1}";
    // records/application.rs: reading and replaying an application record (the messages it
    // shares with a project's replay are the area `process`'s rows).
    APPLICATION_EVENT_NOT_ALLOWED: "应用状态 {0} 下不能发生事件 {1}", "event {1} is not allowed in application state {0}";
    APPLICATION_RECORD_TOO_LARGE: "应用档案 JSON 过大", "application record JSON is too large";
    APPLICATION_RECORD_SCHEMA_REQUIRED: "应用档案须为第 {0} 版", "an application record must have schema {0}";
    APPLICATION_RECORD_SCHEMA_UNSUPPORTED: "不支持的应用档案版本 {0}", "unsupported application record schema {0}";
    APPLICATION_ID_MISSING: "应用档案须写明应用标识(application.id)", "an application record names its application (application.id)";
    APPLICATION_TOO_MANY_EVENTS: "事件数超过上限 {0}", "more than {0} events";
    OTHER_LABEL_UNNAMED: "其他标签须写明名称及所属之项;仅其他标签写 other", "an other label needs its name and item (1-3); `other` only with label other";
    PROJECT_NAMES_OTHER_APPLICATION: "项目 {0} 的应用标识“{1}”不是应用档案“{2}”", "project {0} names application \"{1}\", not the record \"{2}\"";
    // records/in_force.rs: warnings and rulesets.
    RULESET_DIFFERS: "记录按规则集 {0} 登记,现按 {1} 评估", "the record is kept under ruleset {0}, evaluated under {1}";
    EVENTS_BEFORE_IN_FORCE: "{0} 个事件早于规则集 {1} 的施行日期 {2}", "{0} events predate ruleset {1}'s in-force date {2}";
    NO_RULESET_GIVEN: "规则集列表为空", "no ruleset given";
    RULESET_ID_REPEATED: "规则集标识重复:{0}", "ruleset id {0} repeated";
    RULESETS_SAME_DATE: "规则集 {0} 与 {1} 的施行日期相同", "rulesets {0} and {1} take effect on the same date";
    NO_RULESET_IN_FORCE: "{0} 没有施行中的规则集", "no ruleset is in force on {0}";
    // records/migrate.rs: a schema-1 value of the wrong shape ({0} the JSON Pointer).
    V1_NOT_AN_ARRAY: "{0}:须为数组", "{0}: must be an array";
    V1_NOT_AN_OBJECT: "{0}:须为对象", "{0}: must be an object";
    V1_NOT_A_STRING: "{0}:须为字符串", "{0}: must be a string";
    V1_PROJECT_ID_MISSING: "{0}:项目须有标识", "{0}: the project needs an id";
    V1_RECORD_NOT_AN_OBJECT: "{0}:项目记录须为 JSON 对象", "{0}: a project record is a JSON object";
    // records/migrate.rs: the migration notes.
    NOTE_RULESET_ASSUMED: "第 1 版记录按征求意见稿评估,记为规则集 {0}", "schema-1 records were evaluated under the draft: ruleset {0} recorded";
    NOTE_APPLICATION_ID_FROM_PROJECT: "应用未写标识,以项目标识 {0} 作为应用标识", "the application had no id: the project's id {0} names it";
    NOTE_RELEASE_RECORDED_ON_APPLICATION: "发布渠道记入应用档案(项目保留其发布事件)", "the release channel is recorded on the application record (the project keeps its release step)";
    NOTE_EVENT_MOVED_TO_APPLICATION: "事件 {0} 属于应用,移入应用档案", "event {0} is the application's: moved to the application record";
    // records/migrate.rs: a schema-1 project of the wrong shape after the steps ({0} the
    // pointer, {1} the reason; the words naming the part are in both languages in both).
    V1_PROJECT_WRONG_SHAPE: "项目 project {0}:{1}", "项目 project {0}: {1}";
    V1_APPLICATION_EVENTS_WRONG_SHAPE: "应用事件 application events {0}:{1}", "应用事件 application events {0}: {1}";
    PROJECT_SCHEMA_UNSUPPORTED: "不支持的项目数据版本 {0}(支持 1、{1})", "unsupported project schema {0} (supported: 1, {1})";
    PROJECT_SCHEMA_MISSING: "项目 JSON 缺少 schema 字段", "project JSON lacks the \"schema\" field";
    PROJECT_JSON_TOO_LARGE: "项目 JSON 超过 {0} 字节", "project JSON exceeds {0} bytes";
    // records/migrate.rs: the conflicts.
    APPLICATION_VERSIONS_DIFFER: "这些项目内嵌的同一应用信息不一致,未合并", "these projects embed different versions of the application; not merged";
    /// {0}: the replay's error in Chinese, {1} in English.
    APPLICATION_EVENTS_NOT_REPLAYABLE: "这些项目记录的应用事件合在一起无法重放:{0}", "the application events these projects record cannot be replayed together: {1}";
}
