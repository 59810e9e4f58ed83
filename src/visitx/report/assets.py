"""The report page's inline CSS and script (kept apart from the HTML it styles)."""

from __future__ import annotations

__all__ = ["PAGE_CSS", "SCRIPT"]

PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;margin:0 auto;
 max-width:1400px;padding:16px 20px;color:#1f2328;background:#fff;font-size:14px;
 box-sizing:border-box}
h1{font-size:22px;margin:0 0 4px 0}h2{font-size:17px;margin:24px 0 8px 0}
.vx-summary-line{color:#57606a;margin:0 0 12px 0}
.vx-plots{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.vx-plots figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px;max-width:100%;
 overflow-x:auto}
.vx-plots figure svg{max-width:100%;height:auto}
.vx-plots figcaption{font-size:12px;color:#57606a}
.vx-filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:0 0 8px 0}
.vx-filters label{font-weight:600}
.vx-filters input[type=search]{min-width:220px}
.vx-table-wrap{border:1px solid #d0d7de;border-radius:6px}
table.vx-visits{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}
.vx-visits th,.vx-visits td{border-bottom:1px solid #eaeef2;padding:4px 6px;text-align:start;
 vertical-align:top;overflow-wrap:anywhere}
.vx-visits th{background:#f6f8fa;position:sticky;top:0;font-size:12px;overflow-wrap:normal;
 word-break:normal;hyphens:auto}
.vx-visits th button{all:unset;cursor:pointer;font-weight:600}
.vx-visits th[aria-sort=ascending] button::after{content:" ▲"}
.vx-visits th[aria-sort=descending] button::after{content:" ▼"}
.vx-visits tr:hover td{background:#f6f8fa}
.vx-visits td.vx-summary{color:#57606a}
.vx-visits ul{margin:0;padding:0;list-style:none}
.vx-visits small{color:#57606a}
.vx-no{color:#cf222e;font-weight:600}.vx-ok{color:#1a7f37}
table.vx-failed{border-collapse:collapse;font-size:13px}
.vx-failed td,.vx-failed th{border:1px solid #eaeef2;padding:4px 6px;text-align:start}
details.vx-section{border:1px solid #d0d7de;border-radius:6px;margin:0 0 8px 0;padding:4px 8px}
details.vx-section>summary{cursor:pointer;font-weight:600;padding:4px 0}
details.vx-section[open]>summary{margin-bottom:6px}
.vx-section .vx-x .vx-article{max-height:none}
"""

# Sorting, filtering, CSV of the filtered rows, and opening the <details> an in-page link
# points to. Small and dependency-free on purpose; it must not contain "</script".
SCRIPT = """
(function () {
  var table = document.getElementById("vx-visits");
  var tbody = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function key(row, i) {
    var c = row.cells[i];
    return c.hasAttribute("data-sort") ? c.getAttribute("data-sort") : c.textContent.trim();
  }
  heads.forEach(function (th, i) {
    th.querySelector("button").addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        if (x === "" || y === "") { return (x === "") - (y === ""); }  // empty cells last
        var r = x.localeCompare(y, undefined, {numeric: true});
        return asc ? r : -r;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  function el(id) { return document.getElementById(id); }
  var selects = ["country", "language", "status", "type"].map(function (name) {
    return [name, el("filter-" + name)];
  });
  var search = el("filter-search"), from = el("filter-from"), to = el("filter-to");
  var intl = el("filter-international");
  var count = el("vx-count"), unit = count.getAttribute("data-unit");
  function keep(row) {
    var ok = selects.every(function (f) {
      var want = f[1].value;
      var have = " " + row.getAttribute("data-" + f[0]) + " ";
      return !want || have.indexOf(" " + want + " ") >= 0;
    });
    var start = row.getAttribute("data-start"), end = row.getAttribute("data-end") || start;
    if (ok && from.value) { ok = !!end && end >= from.value; }
    if (ok && to.value) { ok = !!start && start <= to.value; }
    if (ok && intl.checked) { ok = row.getAttribute("data-international") === "1"; }
    var q = search.value.trim().toLocaleLowerCase();
    if (ok && q) { ok = row.textContent.toLocaleLowerCase().indexOf(q) >= 0; }
    return ok;
  }
  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var ok = keep(row);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + tbody.rows.length + " " + unit + " shown";
  }
  function cell(text) {
    var t = text.replace(/\\s+/g, " ").trim();
    return /[",\\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  // The filtered rows as CSV, in the order shown (what the download button saves).
  window.vxCsv = function () {
    var lines = [heads.map(function (h) { return cell(h.textContent); }).join(",")];
    Array.prototype.forEach.call(tbody.rows, function (row) {
      if (row.hidden) { return; }
      lines.push(Array.prototype.map.call(row.cells, function (c) {
        return cell(c.textContent);
      }).join(","));
    });
    return lines.join("\\r\\n") + "\\r\\n";
  };
  el("vx-csv").addEventListener("click", function () {
    var blob = new Blob(["\\ufeff" + window.vxCsv()], {type: "text/csv;charset=utf-8"});
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "visitx-" + unit + ".csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
  selects.forEach(function (f) { f[1].addEventListener("change", apply); });
  [from, to, intl].forEach(function (x) { x.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  apply();
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    var d = target.closest("details");
    if (d) { d.open = true; }
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
"""
