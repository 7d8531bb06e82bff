"""The weekly report: one self-contained HTML page (inline CSS and SVG, no script, no CDN: it
opens offline) and an XLSX workbook of the same tables (openpyxl).

Sections: the headline counts; the agenda by owner (department, or the Bureau), overdue first,
each date with its article and explanation; a timeline chart (SVG drawn here); the fund view
(amounts per year, lead department and stage; the plans of 500万元 or more and their municipal
filing, 第二十条; exceptions, adjustments and withdrawals); the rows the import refused.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fuling_rules as fr

from . import views
from .import_sheet import ImportReport, RowResult
from .store import Store

SOON = 5  # working days: "due within the next five working days"


@dataclass
class Report:
    as_of: dt.date
    items: list[views.Item]
    fund: fr.FundView
    names: dict[str, str]  # application id → name
    refused: list[RowResult]
    counts: dict[str, int]
    problems: list[str]

    @property
    def overdue(self) -> list[views.Item]:
        return [i for i in self.items if i.overdue]

    @property
    def due_soon(self) -> list[views.Item]:
        return [i for i in self.items if not i.overdue and i.working_days_left is not None and i.working_days_left <= SOON]

    @property
    def undated(self) -> list[views.Item]:
        return [i for i in self.items if i.date is None]


def build(store: Store, as_of: dt.date, imports: list[ImportReport] | None = None) -> Report:
    refused = [r for rep in imports or [] for r in rep.refused]
    problems = [f"{p.record_kind} {p.record_id}: [{p.code}] {p.message}" for p in store.problems]
    names = {aid: str(row.metadata.get("name", "")) for aid, row in store.app_rows.items()}
    return Report(as_of, views.agenda(store, as_of), views.fund_view(store), names, refused, store.counts(), problems)


# ---- HTML -----------------------------------------------------------------------------------
CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#1f2933;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #d9e2ec;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}.sub{color:#52606d;font-size:13px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:14px 0}.card{border:1px solid #d9e2ec;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card.red b{color:#c62828}.card.amber b{color:#b26a00}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}th,td{border:1px solid #d9e2ec;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.tag{display:inline-block;border-radius:3px;padding:0 5px;font-size:12px;white-space:nowrap}
.overdue{background:#fde2e1;color:#a61b1b}.soon{background:#fff1d6;color:#8a5300}.later{background:#e3f2fd;color:#0b4f8a}.none{background:#eceff1;color:#455a64}
.expl{color:#52606d;font-size:12px}svg text{font-size:11px;font-family:inherit}
"""


def _e(v: Any) -> str:
    return html.escape("" if v is None else str(v))


def _tag(i: views.Item) -> str:
    if i.overdue:
        return f'<span class="tag overdue">逾期 {-(i.working_days_left or 0)} 个工作日</span>'
    if i.working_days_left is None:
        if i.estimate is not None:
            return '<span class="tag later">暂定日期(estimate)</span>'
        return '<span class="tag none">无期限</span>' if i.error is None else f'<span class="tag none">{_e(i.error)}</span>'
    cls = "soon" if i.working_days_left <= SOON else "later"
    return f'<span class="tag {cls}">剩 {i.working_days_left} 个工作日</span>'


def _due_cell(i: views.Item) -> str:
    if i.due is not None:
        return _e(i.due)
    if i.estimate is not None:
        return f"{_e(i.estimate)}<br><span class='expl'>暂定 (estimate)</span>"
    return "—"


def _agenda_table(items: list[views.Item]) -> str:
    rows = []
    for i in items:
        who = i.project_id or f"应用 {i.application_id}"
        strength = " (原则上)" if i.strength == "in_principle" else ""
        rows.append(
            f"<tr><td>{_tag(i)}</td><td>{_due_cell(i)}</td><td>{_e(who)}<br><span class='expl'>{_e(i.application_name)}</span></td>"
            f"<td>{_e(i.what_zh)}{_e(strength)}<br><span class='expl'>{_e(i.what_en)}</span></td>"
            f"<td>{_e(i.article)}<br><span class='expl'>{_e(i.article_en)}</span></td>"
            f"<td class='expl'>{_e(i.explanation or '法规未规定期限(no period set)')}</td></tr>"
        )
    return (
        "<table><tr><th>状态</th><th>到期日</th><th>项目 / 应用</th><th>事项</th><th>依据</th><th>日期如何得出</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def timeline_svg(items: list[views.Item], as_of: dt.date) -> str:
    """A bar per dated obligation, from its trigger to its due date (or estimate), with the as-of line."""
    dated = [i for i in items if i.date is not None and i.trigger_date is not None]
    if not dated:
        return "<p class='sub'>没有带日期的待办事项。</p>"
    start = min(min(i.trigger_date for i in dated if i.trigger_date), as_of) - dt.timedelta(days=7)
    end = max(max(i.date for i in dated if i.date), as_of) + dt.timedelta(days=14)
    left, width, row_h, top = 260, 880, 20, 28
    span = (end - start).days or 1

    def x(d: dt.date) -> float:
        return left + (d - start).days * width / span

    height = top + row_h * len(dated) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 20}" height="{height}" role="img" aria-label="timeline">']
    m = dt.date(start.year, start.month, 1)
    while m <= end:
        if m >= start:
            out.append(f'<line x1="{x(m):.1f}" y1="{top - 6}" x2="{x(m):.1f}" y2="{height - 6}" stroke="#e4e7eb"/>')
            out.append(f'<text x="{x(m) + 2:.1f}" y="{top - 10}" fill="#52606d">{m:%Y-%m}</text>')
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    for n, i in enumerate(dated):
        y = top + n * row_h
        assert i.trigger_date is not None and i.date is not None
        color = "#c62828" if i.overdue else ("#e69500" if (i.working_days_left or 0) <= SOON else "#1e6fb8")
        dash = ' stroke-dasharray="4 2" fill-opacity="0.35"' if i.due is None else ""
        x0, x1 = x(i.trigger_date), x(i.date)
        label = f"{i.record_id()} {i.what_zh}"
        out.append(f'<text x="4" y="{y + 13}">{_e(label[:26])}</text>')
        out.append(
            f'<rect x="{x0:.1f}" y="{y + 4}" width="{max(x1 - x0, 2):.1f}" height="{row_h - 8}" rx="3" fill="{color}" stroke="{color}"{dash}>'
            f"<title>{_e(label)}: {_e(i.trigger_date)} → {_e(i.date)} ({_e(i.article)})</title></rect>"
        )
    ax = x(as_of)
    out.append(f'<line x1="{ax:.1f}" y1="{top - 6}" x2="{ax:.1f}" y2="{height - 4}" stroke="#111" stroke-width="1.5"/>')
    out.append(f'<text x="{ax + 3:.1f}" y="{height - 2}" fill="#111">截至 {as_of}</text>')
    out.append("</svg>")
    return "".join(out)


def _yuan(a: fr.Amount | None) -> str:
    return a.to_yuan_string() if a is not None else "—"


def _fund_tables(fund: fr.FundView, names: dict[str, str]) -> str:
    head = "".join(f"<th>{_e(label)}</th>" for _, label in views.STAGES)
    body = []
    for r in fund.rows:
        cells = "".join(f"<td class='num'>{_yuan(getattr(r, stage))}</td>" for stage, _ in views.STAGES)
        body.append(
            f"<tr><td>{r.year}</td><td>{_e(r.lead_department or '—')}</td><td class='num'>{r.projects}</td>{cells}"
            f"<td class='num'>{r.large_plans_unfiled}/{r.large_plans}</td></tr>"
        )
    out = [
        "<p class='sub'>金额单位:元。每个项目每一阶段取最近一次设定的金额,计入设定该金额的事件所在年度。</p>",
        f"<table><tr><th>年度</th><th>牵头部门</th><th>项目数</th>{head}<th>500万元以上计划(未备案/全部)</th></tr>",
        "".join(body),
        "</table><h3>500万元(含)以上的应用开发资金计划及市级备案(第二十条)</h3>",
        "<table><tr><th>项目</th><th>应用</th><th>牵头部门</th><th>计划金额(元)</th><th>报送日期</th><th>市级备案</th></tr>",
    ]
    for p in sorted(fund.large_plans, key=lambda p: (p.filed, p.plan_date, p.project_id)):
        filed = _e(p.filed_on) if p.filed else '<span class="tag overdue">未备案,不得组织联合评审</span>'
        out.append(
            f"<tr><td>{_e(p.project_id)}</td><td>{_e(names.get(p.application_id, p.application_id))}</td>"
            f"<td>{_e(p.lead_department or '—')}</td><td class='num'>{_yuan(p.amount)}</td><td>{_e(p.plan_date)}</td>"
            f"<td>{filed}</td></tr>"
        )
    out.append(
        "</table><h3>例外、调整与撤回</h3><table><tr><th>日期</th><th>项目</th><th>类别</th><th>金额(元)</th><th>依据</th><th>说明</th></tr>"
    )
    for x in fund_events(fund):
        out.append(
            f"<tr><td>{_e(x.date)}</td><td>{_e(x.project_id)}</td><td>{_e(EVENT_NAMES.get(x.kind, x.kind))}</td>"
            f"<td class='num'>{_yuan(x.amount)}</td><td>{_e(x.article.zh() if x.article else '—')}</td><td>{_e(x.basis or '')}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


EVENT_NAMES = {"outside_annual_budget": "年度预算外安排资金(第二十五条)", "adjusted": "调整出计划", "replanned": "重新安排", "withdrawn": "撤回"}


def fund_events(fund: fr.FundView) -> list[fr.FundEvent]:
    """第二十五条 exceptions, adjustments and withdrawals, by date."""
    return sorted([*fund.exceptions, *fund.adjustments, *fund.withdrawals], key=lambda x: (x.date, x.project_id))


def render_html(rep: Report) -> str:
    groups = views.by_owner(rep.items)
    parts = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'><link rel='icon' href='data:,'>",
        f"<title>涪陵区政务数字化应用周报 {rep.as_of}</title><style>{CSS}</style></head><body>",
        f"<h1>涪陵区政务数字化应用周报</h1><div class='sub'>截至 {rep.as_of}(as of {rep.as_of});"
        f"依据《涪陵区政务数字化应用管理暂行办法(征求意见稿)》;fuling-rules {_e(fr.VERSION)},"
        f"日历 {_e(fr.Calendar.official().version())}</div>",
        "<div class='cards'>",
        f"<div class='card'><b>{rep.counts['applications']}</b>应用</div>",
        f"<div class='card'><b>{rep.counts['projects']}</b>项目</div>",
        f"<div class='card'><b>{len(rep.items)}</b>待办事项</div>",
        f"<div class='card red'><b>{len(rep.overdue)}</b>已逾期</div>",
        f"<div class='card amber'><b>{len(rep.due_soon)}</b>{SOON}个工作日内到期</div>",
        f"<div class='card'><b>{len(rep.refused)}</b>导入被拒行</div>",
        "</div>",
        "<h2>待办事项(按责任单位,逾期在前)</h2>",
    ]
    for owner, items in groups:
        n_over = sum(i.overdue for i in items)
        flag = f" <span class='tag overdue'>{n_over} 项逾期</span>" if n_over else ""
        parts.append(f"<h3>{_e(owner)}{flag}</h3>{_agenda_table(items)}")
    parts += [
        "<h2>时间线</h2><p class='sub'>每条从触发日到到期日;红色逾期,橙色5个工作日内到期,虚线为暂定日期。</p>",
        timeline_svg(rep.items, rep.as_of),
        "<h2 id='fund'>资金视图</h2>",
        _fund_tables(rep.fund, rep.names),
        "<h2 id='refused'>导入被拒的行</h2>",
    ]
    if rep.refused:
        parts.append("<table><tr><th>行号</th><th>记录</th><th>事件</th><th>代码</th><th>依据</th><th>原因</th></tr>")
        for r in rep.refused:
            parts.append(
                f"<tr><td class='num'>{r.row}</td><td>{_e(r.record_id)}</td><td>{_e(r.type)}</td><td>{_e(r.code)}</td>"
                f"<td>{_e(r.article or '—')}</td><td class='expl'>{_e(r.message)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p class='sub'>无。</p>")
    if rep.problems:
        parts.append("<h2>未能载入的记录</h2><ul>" + "".join(f"<li>{_e(p)}</li>" for p in rep.problems) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


# ---- XLSX -----------------------------------------------------------------------------------
AGENDA_COLUMNS = (
    "owner", "project_id", "application_id", "application_name", "obligation", "what_zh", "responsible",
    "department", "trigger_date", "due", "estimate", "working_days_left", "overdue", "strength", "article",
    "article_en", "explanation", "error",
)  # fmt: skip


def write_xlsx(rep: Report, path: Path) -> None:
    """The report's tables as a workbook: agenda, fund view, large plans, exceptions, refused rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "agenda"
    ws.append(list(AGENDA_COLUMNS))
    for owner, items in views.by_owner(rep.items):
        for i in items:
            ws.append([owner if c == "owner" else getattr(i, c) for c in AGENDA_COLUMNS])
    ws = wb.create_sheet("fund_view")
    ws.append(["year", "lead_department", "projects", *(stage for stage, _ in views.STAGES), "large_plans", "large_plans_unfiled"])
    for f in rep.fund.rows:
        amounts = [float(getattr(f, stage).to_decimal()) for stage, _ in views.STAGES]
        ws.append([f.year, f.lead_department, f.projects, *amounts, f.large_plans, f.large_plans_unfiled])
    ws = wb.create_sheet("large_plans")
    ws.append(["project_id", "application_id", "lead_department", "amount", "plan_date", "filed", "filed_on"])
    for p in rep.fund.large_plans:
        ws.append([p.project_id, p.application_id, p.lead_department, float(p.amount.to_decimal()), p.plan_date, p.filed, p.filed_on])
    ws = wb.create_sheet("exceptions")
    ws.append(["date", "project_id", "kind", "amount", "article", "basis"])
    for x in fund_events(rep.fund):
        amount = float(x.amount.to_decimal()) if x.amount is not None else None
        ws.append([x.date, x.project_id, x.kind, amount, x.article.zh() if x.article else None, x.basis])
    ws = wb.create_sheet("refused_rows")
    ws.append(["row", "record_kind", "record_id", "type", "code", "article", "message"])
    for r in rep.refused:
        ws.append([r.row, r.record_kind, r.record_id, r.type, r.code, r.article, r.message])
    wb.save(path)
