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
  var intl = el("filter-international"), warned = el("filter-warnings");
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
    if (ok && warned.checked) { ok = row.getAttribute("data-warnings") !== "0"; }
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
  var cell = vxCsvCell;
  // The filtered rows as CSV, in the order shown (what the download button saves).
  window.vxCsv = function () {
    // The summary cell's warnings are a column of their own in the CSV.
    var lines = [heads.map(function (h) {
      return cell(h.getAttribute("data-name") || h.textContent);
    }).concat(["warnings"]).join(",")];
    Array.prototype.forEach.call(tbody.rows, function (row) {
      if (row.hidden) { return; }
      lines.push(Array.prototype.map.call(row.cells, function (c) {
        var shown = c.cloneNode(true);
        Array.prototype.forEach.call(shown.querySelectorAll(".vx-warnings"), function (w) {
          w.remove();
        });
        return cell(shown.textContent);
      }).concat([cell(row.getAttribute("data-warning-text") || "")]).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  };
  el("vx-csv").addEventListener("click", function () {
    var blob = new Blob(["\ufeff" + window.vxCsv()], {type: "text/csv;charset=utf-8"});
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "visitx-" + unit + ".csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
  selects.forEach(function (f) { f[1].addEventListener("change", apply); });
  [from, to, intl, warned].forEach(function (x) { x.addEventListener("change", apply); });
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
