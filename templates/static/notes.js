// Notes beside annotated passages are open without JavaScript; on narrow screens they start folded, and the
// note a reader jumps to (#note-…) opens.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 71.99rem)");
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.querySelector("details");
    if (details) details.open = true;
  }
  if (narrow.matches) {
    document.querySelectorAll(".with-notes details[open]").forEach(function (d) { d.open = false; });
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);
})();
