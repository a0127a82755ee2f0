"""What the run report and the matrix share: escaping, anchors, the stylesheet, the filter script and the
page frame. The script is inline and plain (no build step, no external file): a page works offline."""

from __future__ import annotations

import html
import re

from .. import result_classes
from .masked_texts import Masked, shown
from .record import RESULTS

#: How each result reads to a person reviewing a pool.
RESULT_LABELS = {
    "passed": "passed",
    "diverged": "expected divergence",
    "skipped": "skipped",
    "failed": "failed",
    "xpassed-strict": "no longer diverges",
    "not run": "not run",
}
#: The suite's own words, shown as they are (masked_texts.shown does not mask them).
RESULT_LABELS = {result: Masked(label) for result, label in RESULT_LABELS.items()}

CSS = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#f6f8fa;
  --passed:#1a7f37; --passed-bg:#dafbe1; --diverged:#8a4600; --diverged-bg:#fff1c2;
  --skipped:#59636e; --skipped-bg:#eef1f4; --failed:#cf222e; --failed-bg:#ffebe9;
  --xpassed-strict:#8250df; --xpassed-strict-bg:#f3ecff; --notrun:#8c959f; --notrun-bg:#ffffff; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); margin: 0 auto; padding: 24px 32px 64px; max-width: 1200px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 8px; border-bottom: 2px solid var(--line); }
h3 { font-size: 18px; margin: 28px 0 4px; } h4 { font-size: 15px; margin: 18px 0 4px; color: var(--muted); }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.muted { color: var(--muted); } .path { color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 20px;
  padding: 12px 16px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.tags { margin: 2px 0; } .tag { display: inline-block; font-size: 12px; color: var(--muted); background: var(--bg);
  border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; margin-right: 4px; }
.description { white-space: pre-wrap; margin: 6px 0 10px; color: var(--ink); }
.scenario { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
  padding: 3px 12px; margin: 4px 0; } details.scenario[open] { padding-bottom: 10px; }
details.examples > summary { cursor: pointer; font-size: 13px; color: var(--muted); margin: -8px 0 4px; }
.scenario h5 { font-size: 15px; margin: 0 0 6px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.scenario h5 .anchor { color: var(--muted); font-weight: normal; }
ol.steps { list-style: none; margin: 4px 0; padding: 0 0 0 12px; font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  font-size: 13.5px; } ol.steps li { margin: 1px 0; }
ol.steps .kw { font-weight: 700; color: #0550ae; display: inline-block; min-width: 3.5em; }
ol.steps li.failing { background: var(--failed-bg); } .r-diverged ol.steps li.failing { background: var(--diverged-bg); } ol.steps table { margin: 4px 0 4px 3.5em; font-size: 13px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: 8px 10px; font-size: 13px; margin: 6px 0; }
.outcome { margin-top: 6px; } .outcome .observed { font-size: 13px; } .example { font-size: 13px; color: var(--muted); }
.badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 0 9px;
  white-space: nowrap; }
.stand-in { font-size: 12px; color: #6639ba; border: 1px dashed #8250df; border-radius: 10px; padding: 0 8px; }
""" + "".join(
    f".r-{name} {{ color: var(--{name}); background: var(--{name}-bg); }}\n"
    f".scenario.r-{name} {{ border-left-color: var(--{name}); background: #fff; color: var(--ink); }}\n"
    for name in RESULTS
) + """
.r-not-run { color: var(--notrun); background: var(--notrun-bg); }
table.matrix td.cell { text-align: center; white-space: nowrap; }
table.matrix th.feature { background: #eaeef2; text-align: left; }
table.matrix td.behaviour { max-width: 620px; }
table.matrix sup a { font-weight: normal; }
ol.notes li { margin: 4px 0; }
.class-badge { font-size: 12px; border-radius: 10px; padding: 0 8px; white-space: nowrap; }
.c-holds { color: var(--passed); border: 1px solid var(--passed); }
.c-stand-in { color: #6639ba; border: 1px dashed #8250df; }
.c-not-proven { color: #9a6700; border: 1px dashed #bf8700; background: #fff8c5; }
.toolbar { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line);
  padding: 8px 0; margin: 16px 0 8px; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.toolbar label { font-size: 13px; white-space: nowrap; } .toolbar input[type=search] { min-width: 260px; padding: 3px 6px; }
.toolbar button { font-size: 13px; } .toolbar .count { color: var(--muted); font-size: 13px; }
details.scenario > summary { cursor: pointer; list-style: none; display: flex; gap: 10px; align-items: baseline;
  flex-wrap: wrap; font-weight: 600; } details.scenario > summary::-webkit-details-marker { display: none; }
details.scenario > summary::before { content: "▸"; color: var(--muted); } details.scenario[open] > summary::before { content: "▾"; }
details.scenario > summary .anchor { color: var(--muted); font-weight: normal; }
.where { font-size: 13px; color: var(--muted); margin: 4px 0; } .where code { user-select: all; }
code.rerun { display: inline-block; background: var(--bg); border: 1px solid var(--line); border-radius: 4px;
  padding: 1px 6px; user-select: all; word-break: break-all; }
ol.steps .st { display: inline-block; min-width: 5.5em; font-size: 11.5px; color: var(--muted); }
ol.steps li.s-failed .st { color: var(--failed); font-weight: 700; } ol.steps li.s-diverged .st { color: var(--diverged); font-weight: 700; }
ol.steps li.s-not-run { color: var(--notrun); } ol.steps .dur, ol.steps .def { font-size: 11.5px; color: var(--muted); margin-left: 8px; }
.call { font-size: 13px; margin: 6px 0; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.call pre { margin: 4px 0; background: #fff; }
.evidence { font-size: 13px; margin: 6px 0; } .evidence ul { margin: 2px 0; padding-left: 20px; }
.evidence q { color: var(--muted); } .e-none { color: var(--failed); } .e-undocumented { color: var(--diverged); } .e-contested { color: var(--diverged); }
section.panel { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 10px; margin: 14px 0; }
section.attention { border-color: var(--failed); background: #fffafa; } section.attention.calm { border-color: var(--passed); background: #fbfffc; }
section.panel h2 { border: 0; margin: 10px 0 4px; } ul.attention li { margin: 8px 0; }
table.examples td, table.examples th { font-size: 13px; }
.outline > h5 { font-size: 15px; margin: 0 0 6px; }
[hidden] { display: none !important; }
[id] { scroll-margin-top: calc(var(--bar, 72px) + 10px); }
nav.toc { font-size: 14px; margin: 10px 0 14px; padding: 6px 14px; background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; } nav.toc ol { margin: 4px 0; padding-left: 22px; columns: 2 320px; } nav.toc li { margin: 1px 0; }
details.fold > summary { cursor: pointer; list-style: none; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
details.fold > summary::-webkit-details-marker { display: none; }
details.fold > summary::before { content: "▸"; color: var(--muted); } details.fold[open] > summary::before { content: "▾"; }
details.fold > summary h2 { display: inline; } details.fold > summary .gist { color: var(--muted); font-size: 13.5px; }
.toolbar input[name=tags] { min-width: 260px; padding: 3px 6px; } .toolbar input:invalid { border-color: var(--failed); }
.toolbar .tag-error { color: var(--failed); font-size: 13px; }
.toolbar .no-match { flex-basis: 100%; margin: 2px 0; padding: 6px 10px; background: var(--failed-bg); border-radius: 6px; }
table.results th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
table.results th[aria-sort=ascending] button::after { content: " ▲"; } table.results th[aria-sort=descending] button::after { content: " ▼"; }
table.results td { font-size: 13.5px; }
pre.message { border-color: var(--failed); background: #fffafa; }
.calls h6 { font-size: 14px; margin: 10px 0 4px; } ol.calls { list-style: none; margin: 0; padding: 0; }
ol.calls > li { border: 1px solid var(--line); border-radius: 6px; margin: 3px 0; padding: 2px 8px; font-size: 13px; }
ol.calls > li.failing { border: 2px solid var(--failed); background: #fffafa; }
ol.calls > li > details > summary { cursor: pointer; } ol.calls .n { display: inline-block; min-width: 1.8em; color: var(--muted); }
ol.calls .by { color: var(--muted); } .failing-mark { color: #fff; background: var(--failed); border-radius: 10px; padding: 0 8px;
  font-size: 12px; font-weight: 600; }
ol.calls pre, .call pre { margin: 4px 0; background: #fff; max-height: 420px; overflow: auto; }
.io { margin: 2px 0; } details.exchange > summary { cursor: pointer; color: var(--muted); font-size: 12.5px; }
details.feature { margin: 4px 0; } details.feature > summary { cursor: pointer; list-style: none; display: flex; gap: 10px;
  align-items: baseline; flex-wrap: wrap; } details.feature > summary::-webkit-details-marker { display: none; }
details.feature > summary::before { content: "▸"; color: var(--muted); } details.feature[open] > summary::before { content: "▾"; }
details.feature > summary h3 { margin: 10px 0 2px; } .tally { font-size: 13px; color: var(--muted); white-space: nowrap; }
details.feature[open] { padding-bottom: 14px; }
details.about { margin: 6px 0 10px; } details.about > summary { cursor: pointer; }
details.about[open] > summary .muted { display: none; } details.about .description { margin: 2px 0 0; }
details.captured > summary { cursor: pointer; font-size: 13px; margin-top: 6px; }
details.captured > div { max-height: 520px; overflow: auto; } details.captured pre { margin: 0; }
details.captured > div.tail { display: flex; flex-direction: column-reverse; } /* opens at the end */
p.verdict-word { margin: 4px 0 0; font-size: 17px; } p.verdict-word.failed b { color: var(--failed); }
p.verdict-word.passed b { color: var(--passed); }
"""

#: Each result class's badge: "holds" means the implementation under test decided the result.
CLASS_CSS = {result_classes.HOLDS: "c-holds", result_classes.STAND_IN: "c-stand-in",
             result_classes.NOT_PROVEN: "c-not-proven"}

SCRIPT = r"""
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  function each(selector, root, fn) { Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn); }
  function field(name) { return bar ? bar.querySelector("[name=" + name + "]") : null; }

  // Anchors land below the sticky toolbar: its height, whatever it wraps to, is the scroll margin (CSS --bar).
  function measure() { if (bar) { document.documentElement.style.setProperty("--bar", bar.offsetHeight + "px"); } }
  measure();
  window.addEventListener("resize", measure);

  // A tag expression, as Cucumber's: @a, not @a, @a and @b, @a or @b, parentheses; "and" binds tighter.
  function parseTags(text) {
    var tokens = text.match(/[()]|[^\s()]+/g) || [], at = 0;
    if (!tokens.length) { return null; }
    function peek(word) { return at < tokens.length && tokens[at].toLowerCase() === word; }
    function any() {
      var left = all();
      while (peek("or")) { at += 1; left = (function (a, b) { return function (t) { return a(t) || b(t); }; })(left, all()); }
      return left;
    }
    function all() {
      var left = negated();
      while (peek("and")) { at += 1; left = (function (a, b) { return function (t) { return a(t) && b(t); }; })(left, negated()); }
      return left;
    }
    function negated() {
      if (peek("not")) { at += 1; var inner = negated(); return function (t) { return !inner(t); }; }
      return atom();
    }
    function atom() {
      var token = tokens[at];
      at += 1;
      if (token === undefined) { throw new Error("the expression ends where a tag was expected"); }
      if (token === "(") {
        var inner = any();
        if (tokens[at] !== ")") { throw new Error("a parenthesis is not closed"); }
        at += 1;
        return inner;
      }
      if (token === ")" || /^(and|or|not)$/i.test(token)) { throw new Error("“" + token + "” where a tag was expected"); }
      var name = token.replace(/^@/, "");
      return function (t) { return t.indexOf(" " + name + " ") >= 0; };
    }
    var match = any();
    if (at < tokens.length) { throw new Error("“" + tokens[at] + "” follows a complete expression: join tags with and, or"); }
    return match;
  }

  // The filters' state lives in the page's address (?hide=passed&tags=...), so a reload or a shared link keeps it.
  var sorted = null;
  function save() {
    if (!bar || !window.history || !history.replaceState) { return; }
    var params = new URLSearchParams(), off = [];
    each("input[name=status]", bar, function (box) { if (!box.checked) { off.push(box.value); } });
    if (off.length) { params.set("hide", off.join(",")); }
    each("select[name], input[type=search][name], input[type=text][name]", bar, function (input) {
      if (input.value) { params.set(input.name, input.value); }
    });
    each("input[type=checkbox][name]:not([name=status])", bar, function (box) { if (box.checked) { params.set(box.name, "1"); } });
    if (sorted) { params.set("sort", sorted); }
    var query = params.toString();
    try { history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash); }
    catch (error) { /* an address this browser will not rewrite: the filters still work */ }
  }
  function restore() {
    var params = new URLSearchParams(location.search);
    var off = (params.get("hide") || "").split(",");
    each("input[name=status]", bar, function (box) { box.checked = off.indexOf(box.value) < 0; });
    each("select[name], input[type=search][name], input[type=text][name]", bar, function (input) {
      if (params.has(input.name)) { input.value = params.get(input.name); }
    });
    each("input[type=checkbox][name]:not([name=status])", bar, function (box) { box.checked = params.get(box.name) === "1"; });
    return params.get("sort");
  }

  if (bar) {
    var apply = function () {
      var statuses = {}, shown = 0, total = 0, match = null;
      each("input[name=status]", bar, function (box) { statuses[box.value] = box.checked; });
      var domain = (field("domain") || {}).value || "";
      var cls = (field("class") || {}).value || "";
      var differ = field("differ");
      var query = ((bar.querySelector("input[type=search]") || {}).value || "").trim().toLowerCase();
      var tagInput = field("tags"), tagError = bar.querySelector(".tag-error");
      if (tagInput) {
        try { match = parseTags(tagInput.value.trim()); tagInput.setCustomValidity(""); if (tagError) { tagError.textContent = ""; } }
        catch (error) {
          match = null;
          tagInput.setCustomValidity(error.message);
          if (tagError) { tagError.textContent = "tag expression: " + error.message + " (the tags filter is off)"; }
        }
      }
      var narrowed = !!(domain || cls || query || match || (differ && differ.checked))
        || bar.querySelector("input[name=status]:not(:checked)") !== null;
      each("[data-status]", document, function (item) {
        total += 1;
        var tags = " " + (item.getAttribute("data-tags") || "") + " ";
        var ok = (statuses[item.getAttribute("data-status")] !== false)
          && (!domain || item.getAttribute("data-domain") === domain)
          && (!match || match(tags))
          && (!cls || item.getAttribute("data-class") === cls)
          && (!differ || !differ.checked || item.getAttribute("data-differs") === "1")
          && (!query || ((item.getAttribute("data-name") || "") + " " + item.textContent).toLowerCase().indexOf(query) >= 0);
        item.hidden = !ok;
        if (ok) { shown += 1; }
        if (ok && query && item.tagName === "DETAILS") { item.open = true; }
        if (ok && narrowed) {  // what a filter lets through is shown: its folded feature and Outline open
          for (var node = item.parentElement; node; node = node.parentElement) {
            if (node.tagName === "DETAILS" && !node.classList.contains("fold")) { node.open = true; }
          }
        }
      });
      each("[data-row-for]", document, function (row) {
        var card = document.getElementById(row.getAttribute("data-row-for"));
        row.hidden = !!(card && card.hidden);
      });
      each("[data-group]", document, function (group) {
        group.hidden = group.querySelector("[data-status]:not([hidden])") === null;
      });
      var count = bar.querySelector(".count");
      if (count) { count.textContent = "showing " + shown + " of " + total; }
      var none = bar.querySelector(".no-match");
      if (none) { none.hidden = shown !== 0 || total === 0; }
      measure();
      save();
    };
    bar.addEventListener("input", apply);
    bar.addEventListener("change", apply);
    each("button[data-open]", bar, function (button) {
      button.addEventListener("click", function () {
        var open = button.getAttribute("data-open") === "1";
        each("details.feature, details.scenario, details.examples", document, function (d) { if (!d.hidden) { d.open = open; } });
      });
    });
    each("button[data-clear]", bar, function (button) {
      button.addEventListener("click", function () { bar.reset(); apply(); });
    });
    var sortedBy = restore();
    apply();
  }

  // Sortable tables: a heading's button sorts by that column's data-value (numbers as numbers), again to reverse.
  function sortTable(table, key, descending) {
    var heads = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
    var column = heads.findIndex(function (th) { return th.getAttribute("data-sort") === key; });
    if (column < 0) { return; }
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-value") || "", y = b.cells[column].getAttribute("data-value") || "";
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny) && String(nx) !== "NaN") ? nx - ny : x.localeCompare(y);
      if (descending) { order = -order; }
      return order || (+a.getAttribute("data-order") - +b.getAttribute("data-order"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (th, n) { th.setAttribute("aria-sort", n === column ? (descending ? "descending" : "ascending") : "none"); });
    sorted = key + (descending ? "-desc" : "");
  }
  each("table.sortable", document, function (table) {
    each("th[data-sort] button", table, function (button) {
      button.addEventListener("click", function () {
        var th = button.parentElement;
        sortTable(table, th.getAttribute("data-sort"), th.getAttribute("aria-sort") === "ascending");
        save();
      });
    });
    if (typeof sortedBy === "string" && sortedBy) {
      sortTable(table, sortedBy.replace(/-desc$/, ""), /-desc$/.test(sortedBy));
    }
  });

  // Following a link into a folded part of the page unfolds it and scrolls it into view below the toolbar.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    var fold = target.querySelector(":scope > details.fold");
    if (fold) { fold.open = true; }
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  document.addEventListener("click", function (event) {  // the same link twice changes no hash: reveal again
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (link && link.getAttribute("href") === location.hash) { setTimeout(reveal, 0); }
  });
  reveal();
  each("button.copy", document, function (button) {
    button.addEventListener("click", function () {
      var code = document.getElementById(button.getAttribute("data-copy"));
      var text = code ? code.textContent : "";
      var done = function () { button.textContent = "copied"; };
      var select = function () {
        var range = document.createRange(); range.selectNodeContents(code);
        var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
        button.textContent = "selected: press Ctrl+C";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, select);
      } else { select(); }
    });
  });
})();
"""


def esc(text: object) -> str:
    """Text made safe for HTML content and attribute values, and masked once more (a record may
    have been written by hand or by an older version)."""
    return html.escape(shown(text), quote=True)


class Anchors:
    """Unique, readable ids for linking (#refresh-tokens-a-refresh-returns...)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: object) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(str(p) for p in parts).lower()).strip("-")[:90] or "item"
        anchor, n = slug, 2
        while anchor in self.used:
            anchor, n = f"{slug}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def badge(result: str) -> str:
    css = Masked("not-run") if result == "not run" else result
    return f'<span class="badge r-{esc(css)}">{esc(RESULT_LABELS.get(result, result))}</span>'


def class_badge(result_class: str | None, reason: str | None = None) -> str:
    if not result_class:
        return ""
    title = f' title="{esc(reason)}"' if reason else ""
    return f'<span class="class-badge {CLASS_CSS.get(result_class, "")}"{title}>{esc(result_class)}</span>'


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")
