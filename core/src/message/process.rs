//! Messages of the area `process` (see the catalogue's module documentation).

super::messages! { 6000;
    // process/guards.rs: a guard of the transition row fails.
    MUNICIPAL_FILING_REQUIRED: "应用开发资金计划 {0} 元在{1}元(含)以上,组织评审前区大数据发展局应当将应用开发方案报市大数据发展局备案", "the development funding plan of {0} yuan is at or above {1} yuan: the Bureau must file the development plan with the municipal Big Data Bureau before the joint review is organised";
    EXCEPTION_BASIS_MISSING: "特别纳入一本账的申请须写明依据", "the exception request must name its basis";
    LEADING_GROUP_CONSENT_MISSING: "不满足三张清单规定的应用需求须报请领导小组同意后纳入一本账,请写明领导小组同意的文件", "a need outside the 三张清单 rules is ledgered only with the leading group's consent: name it";
    REJECTION_GROUNDS_MISSING: "不予通过联合评审须列明第二十三条所列情形", "a rejection must name at least one Art. 23 ground";
    /// {0}, {1}: the blocking findings' codes, joined for each language.
    APPROVAL_WITH_REJECTION_GROUNDS: "评审材料有第二十三条不予通过的情形,不能批复:{0}", "the review dossier has Art. 23 grounds to refuse, so it cannot be approved: {1}";
    OUTSIDE_BUDGET_BASIS_MISSING: "须写明依据", "the basis is required";
    NO_DEADLINE_OPEN: "没有逾期的期限,不能调整项目", "no deadline is open, so the project cannot be adjusted";
    /// {0}: the state; {1}: the expected reason.
    ADJUSTMENT_REASON_MISMATCH: "当前状态 {0} 下的调整理由应为 {1}", "in state {0} the adjustment reason must be {1}";
    ADJUSTMENT_CONSENT_MISSING: "调整项目须报领导小组同意,请写明同意文件", "an adjustment needs the leading group's consent: name it";
    /// {0}: the due date; {1}: the event's date.
    DEADLINE_NOT_PASSED: "期限至 {0} 尚未届满,{1} 不能以逾期为由调整项目", "the deadline {0} has not passed on {1}: no adjustment for lateness yet";
    /// {0}, {1}: the missing documents, joined for each language.
    TESTING_DOCUMENTS_MISSING: "测试、联调须形成测试用例、测试计划、测试报告、联调记录;缺少:{0}", "testing must produce test cases, test plan, test report and joint-debugging record; missing: {1}";
    RELEASE_CHANNEL_MISSING: "非涉密应用须通过“渝快办”或者“渝快政”集成发布,请选择发布渠道", "a non-secret application is released through 渝快办 or 渝快政: name the channel";
    /// {0}: the start; {1}: the days; {2}: the minimum period; {3}: the earliest end.
    TRIAL_RUN_TOO_SHORT: "试运行自 {0} 起仅 {1} 天,原则上不低于{2}(最早 {3} 结束);提前结束须记录例外及其依据", "the trial run started {0} has lasted only {1} days; in principle it lasts until at least {3} ({2}): ending it earlier needs an exception and its basis";
    TRIAL_RUN_NOT_PASSED: "试运行合格后方可组织验收", "acceptance follows a passed trial run";
    /// {0}, {1}: the unmet conditions' articles, joined for each language.
    ACCEPTANCE_CONDITIONS_UNMET: "验收须同时满足第三十四条各项条件;未满足:{0}", "acceptance needs every Art. 34 condition; not met: {1}";
    NO_TRIAL_RUN_REPORT_PENDING: "没有待编制的试运行报告", "no trial-run report is pending";
    NO_FAULT_REPORT_PENDING: "没有待形成的故障情况报告", "no fault report is pending";
    CATALOG_UPDATE_REQUIRED: "应用的重大功能实施迭代前,应当在IRS系统中动态更新应用编目信息", "before a major-function iteration the catalog information must be updated in IRS";
    OTHER_REASON_MISSING: "其他注销理由须写明", "another reason must be described (other_reason)";
    OTHER_LABEL_UNNAMED: "其他标签须写明名称及所属之项", "an other label needs its name and item (1-3)";
    OTHER_WITHOUT_OTHER_LABEL: "仅其他标签写 other", "`other` only with label other";
    RECTIFICATION_OPINION_MISSING: "须写明整改意见", "the rectification opinion is required";
    GUARD_NOT_FOR_EVENT: "守卫条件不适用于该事件", "the guard does not apply to this event";
    /// {0}, {1}: the missing step (one of the `DISPOSAL_…` messages) in each language.
    DISPOSAL_INCOMPLETE: "应用注销前应当完成数字资源处置:{0}", "before deregistration the digital resources must be disposed of: {1}";
    DISPOSAL_SHARED_DATA: "共享、开放数据的处理未说明", "shared or opened data not settled";
    DISPOSAL_HISTORY_DATA: "历史数据的处理未说明", "historical data not dealt with";
    DISPOSAL_HISTORY_NOT_MIGRATED: "因归并、整合而注销的应用,应当将历史数据归属迁移至新的应用", "an application deregistered for a merger must migrate its historical data to the new application";
    DISPOSAL_COMPONENTS: "组件下架未说明", "components not taken down in IRS";
    DISPOSAL_CHANNELS: "发布渠道下架未说明", "removal from the release channels not stated";
    /// {0}: the channel's name.
    DISPOSAL_RELEASED_CHANNEL: "应用已在“{0}”发布,应当在其中下架", "the application was released on {0}: it must be taken down there";

    // process/project.rs: loading a project and stepping it.
    SECRECY_CHANGE_WITH_EVENTS: "已有事件的项目不能更改涉密属性,请重新载入", "the secrecy of a project with events cannot change; reload it instead";
    EVENT_JSON_TOO_LARGE: "事件 JSON 过大", "event JSON is too large";
    /// {0}: the limit.
    CORRECTION_TEXT_TOO_LONG: "更正文本超过 {0} 个字符", "a correction text exceeds {0} characters";
    /// {0}: the limit.
    EVENT_LIST_TOO_LONG: "事件列表超过 {0} 项", "an event list exceeds {0} entries";
    /// {0}: the number of events; {1}: the limit.
    TOO_MANY_EVENTS: "事件数 {0} 超过上限 {1}", "{0} events exceed the limit of {1}";
    APPLICATION_ID_MISMATCH: "项目记录的 application_id 与所给应用的标识不符", "the project's application_id is not the id of the application given";
    /// {0}: the record's schema; {1}: the supported one.
    UNSUPPORTED_PROJECT_SCHEMA: "不支持的项目数据版本 {0}(支持 {1})", "unsupported project schema {0} (supported: {1})";
    /// {0}: the limit.
    PROJECT_EVENTS_FULL: "项目事件数已达上限 {0}", "the project already holds the maximum of {0} events";
    /// {0}: the limit.
    EVENT_TEXT_TOO_LONG: "事件文本超过 {0} 个字符", "an event text exceeds {0} characters";
    /// {0}: the event type; {1}: its date; {2}: the previous event's date.
    EVENT_BEFORE_PREVIOUS: "事件 {0} 的日期 {1} 早于上一事件的日期 {2}", "event {0} dated {1} is before the previous event's date {2}";
    /// {0}: the event type.
    APPLICATION_EVENT_ON_PROJECT: "事件 {0} 是应用的事实,请记入应用档案(ApplicationRecord),不记入项目", "event {0} is a fact of the application: record it on the application record (ApplicationRecord), not on a project";
    /// {0}: the event type; {1}, {2}: the project kind in each language.
    EVENT_WRONG_PROJECT_KIND: "事件 {0} 不适用于{1}", "event {0} does not apply to a {2}";
    /// {0}: the state; {1}: its Chinese name; {2}: the event type; {3}: the allowed events.
    EVENT_NOT_ALLOWED: "状态 {0}({1})下不能发生事件 {2};允许的事件:{3}", "event {2} is not allowed in state {0}; allowed: {3}";
    /// As `EVENT_NOT_ALLOWED` in a state that allows no event.
    EVENT_NOT_ALLOWED_NONE: "状态 {0}({1})下不能发生事件 {2};允许的事件:", "event {2} is not allowed in state {0}; allowed: none";
    /// {0}: the index; {1}, {2}: the event's error in each language.
    EVENT_AT_INDEX: "第 {0} 个事件(从 0 起):{1}", "event {0}: {2}";

    // process/obligation.rs: what each obligation asks (`what_zh`/`what_en` of a status), and
    // what follows when it is missed (`consequence_zh`/`consequence_en`).
    OBLIGATION_PRELIMINARY_REVIEW_APPLICATION: "在申报前规定的工作日内向区大数据发展局提出书面初审申请(期限见 due)", "apply in writing to the Bureau for the preliminary review, the set number of working days before the declaration (see due)";
    OBLIGATION_LEAD_DEPARTMENT_OPINION: "应用牵头部门提出审核意见", "the lead department gives its review opinion";
    OBLIGATION_DEVELOPMENT_PLAN_SUBMISSION: "完成应用开发方案编制并报区大数据发展局组织联合评审", "complete the development plan and submit it to the Bureau for the joint review";
    OBLIGATION_MUNICIPAL_FILING: "组织评审前将应用开发方案报市大数据发展局备案", "file the development plan with the municipal Big Data Bureau before the joint review";
    OBLIGATION_JOINT_REVIEW_ORGANISATION: "初审通过后组织区委网信办、区委机要局、区财政局等单位进行联合评审", "organise the joint review with the Cyberspace Office, the Confidential Bureau and the Finance Bureau";
    OBLIGATION_CATALOG_COMPLETION: "取得批复文件后通过IRS系统完善应用编目信息", "complete the application's catalog information in IRS";
    OBLIGATION_DEVELOPMENT_START: "取得批复文件后启动开发", "start development";
    OBLIGATION_TRIAL_RUN_REPORT: "结束试运行后组织编制应用试运行报告", "compile the trial-run report";
    OBLIGATION_FAULT_REPORT: "及时修复重大故障并形成故障情况报告", "repair the major fault and write the fault report";
    OBLIGATION_RECTIFICATION: "按区大数据发展局的整改意见开展整改", "rectify as the Bureau's rectification opinion asks";
    OBLIGATION_DEREGISTRATION_COMPLETION: "市大数据发展局审核通过后完成应用注销", "complete the deregistration";
    NO_CONSEQUENCE_FOR_LATENESS: "本办法未规定逾期后果", "the regulation sets no consequence for lateness";
    LATE_DEVELOPMENT_PLAN_ADJUSTMENT: "逾期未报送的,由区大数据发展局报涪陵区推进数字重庆建设领导小组同意后对相关项目进行调整(第十九条第(三)项)", "if not submitted in time, the Bureau adjusts the project with the leading group's consent (Art. 19(3))";
    UNFILED_NO_JOINT_REVIEW: "未备案的,不能组织联合评审(第二十条)", "without the filing the joint review cannot be organised (Art. 20)";
    LATE_CATALOG_NO_CONSEQUENCE: "本办法未规定逾期后果;编目信息不准确、不完整的,不满足验收条件(第三十四条第(四)项)", "the regulation sets no consequence for lateness; an inaccurate or incomplete catalog fails acceptance (Art. 34(4))";
    LATE_DEVELOPMENT_START_ADJUSTMENT: "逾期未启动开发的,由区大数据发展局报涪陵区推进数字重庆建设领导小组同意后对相关项目进行调整(第十九条第(五)项)", "if development has not started in time, the Bureau adjusts the project with the leading group's consent (Art. 19(5))";
    LATE_TRIAL_RUN_REPORT_NO_CONSEQUENCE: "本办法未规定逾期后果;验收以试运行合格为前提(第三十四条)", "the regulation sets no consequence for lateness; acceptance presupposes a satisfactory trial run (Art. 34)";
    LATE_RECTIFICATION_NO_CONSEQUENCE: "本办法未规定逾期后果;评价结果作为安排应用开发和运维资金的重要依据(第三十九条)", "the regulation sets no consequence for lateness; evaluation results weigh in funding decisions (Art. 39)";

    // process/status.rs
    /// {0}: the date asked for; {1}: the last event's date.
    AS_OF_BEFORE_LAST_EVENT: "查询日期 {0} 早于最后一个事件的日期 {1}", "as_of {0} is before the last event's date {1}";

    // process/migrate_v1.rs: the schema-1 rewrites' errors and notes.
    TRIAL_PASSED_ASSUMED: "未记录试运行结果,已验收即按合格迁移(第三十四条)", "no trial result recorded: accepted, so migrated as passed (Art. 34)";
    /// {0}: the event's index.
    MIGRATION_PLAN_AMOUNT_MISSING: "无法迁移:第 {0} 个事件缺少金额", "cannot migrate: event {0} has no amount and none precedes it";
    /// {0}: the amount written in.
    PLAN_AMOUNT_FROM_LATEST: "开发方案金额沿用此前最新金额 {0}(第二十条)", "the plan's amount is the latest before it, {0} (Art. 20)";

    // portfolio/: loading records together, the agenda.
    NOT_A_RECORD: "既不是项目记录(有 kind),也不是应用档案(有 application)", "neither a project record (with `kind`) nor an application record (with `application`)";
    /// {0}: the system's error.
    RECORD_UNREADABLE: "无法读取:{0}", "cannot be read: {0}";
    /// {0}: the limit.
    RECORD_JSON_TOO_LARGE: "记录 JSON 超过 {0} 字节", "record JSON exceeds {0} bytes";
    /// {0}: the id.
    DUPLICATE_APPLICATION_ID: "应用档案标识“{0}”重复,仅保留第一条", "duplicate application record id \"{0}\"; the first one is kept";
    /// {0}: the id.
    DUPLICATE_PROJECT_ID: "项目标识“{0}”重复,仅保留第一条", "duplicate project id \"{0}\"; the first one is kept";
    /// {0}: the project's id; {1}: the application's id.
    APPLICATION_NOT_IN_PORTFOLIO: "项目 {0} 的应用档案“{1}”不在总览中", "project {0}: its application record \"{1}\" is not in the portfolio";
    RULESET_AND_RULESETS: "ruleset 与 rulesets 只能给出其一", "give ruleset or rulesets, not both";
}
