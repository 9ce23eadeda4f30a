// The chronology's entity filter, in place: choosing an entity shows only its items (the links still lead to the
// pre-rendered page of each entity for readers without JavaScript).
(function () {
  "use strict";
  var list = document.querySelector(".entity-filter");
  if (!list) return;
  var select = document.createElement("select");
  select.id = "entity-filter";
  var none = document.createElement("option");
  none.value = "";
  none.textContent = list.querySelector("summary").textContent;
  select.appendChild(none);
  list.querySelectorAll("a[data-entity]").forEach(function (a) {
    var o = document.createElement("option");
    o.value = a.dataset.entity;
    o.textContent = a.textContent;
    select.appendChild(o);
  });
  var label = document.createElement("label");
  label.htmlFor = "entity-filter";
  label.textContent = none.textContent;
  label.className = "visually-hidden";
  var box = document.createElement("p");
  box.className = "entity-select";
  box.appendChild(label);
  box.appendChild(select);
  list.parentNode.insertBefore(box, list);
  function apply() {
    var id = select.value;
    document.querySelectorAll(".chronology .item").forEach(function (li) {
      li.hidden = id !== "" && (" " + li.dataset.entities + " ").indexOf(" " + id + " ") < 0;
    });
    document.querySelectorAll(".chronology .month, .chronology .year").forEach(function (s) {
      s.hidden = !s.querySelector(".item:not([hidden])");
    });
  }
  select.addEventListener("change", apply);
})();
