/* Autocomplete for organisation boxes: an <input data-suggest="/api/suggest" list="ID"> gets its
   <datalist> filled with matching names as the user types. */
(function () {
  "use strict";
  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    var timer = null, last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(input.getAttribute("data-suggest") + "?limit=10&q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.textContent = "";
            items.forEach(function (it) {
              var o = document.createElement("option");
              o.value = it.name;
              list.appendChild(o);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), attach);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
