// Pagefind Default UI with a labelled input and a sort choice kept in the address (?q=…&sort=…).
(function () {
  "use strict";
  var root = document.getElementById("search");
  var form = document.querySelector("form.sort");
  if (!root || typeof PagefindUI === "undefined") return;
  var params = new URLSearchParams(window.location.search);
  var sorts = { "date-desc": { date: "desc" }, "date-asc": { date: "asc" } };
  var ui = null;

  function start(sortKey, term) {
    if (ui) ui.destroy();
    var options = { element: "#search", bundlePath: root.dataset.bundle, showSubResults: false,
                    showEmptyFilters: false, resetStyles: false };
    if (sorts[sortKey]) options.sort = sorts[sortKey];
    ui = new PagefindUI(options);
    var input = root.querySelector("input");
    if (input) input.setAttribute("aria-label", root.dataset.label);
    if (term) ui.triggerSearch(term);
  }

  function currentTerm() {
    var input = root.querySelector("input");
    return input ? input.value : "";
  }

  var select = form.querySelector("select");
  select.value = sorts[params.get("sort")] ? params.get("sort") : "";
  form.querySelector("button").hidden = true;
  select.addEventListener("change", function () {
    var term = currentTerm();
    var next = new URLSearchParams({ q: term, sort: select.value });
    window.history.replaceState(null, "", "?" + next.toString());
    start(select.value, term);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  start(select.value, params.get("q") || "");
})();
