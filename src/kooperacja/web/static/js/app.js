/* Small page behaviour for every page: on a narrow screen the filter boxes and search facets start folded (their
   summary line opens them), so that the results come first. */
(function () {
  "use strict";
  function init() {
    if (window.matchMedia && window.matchMedia("(max-width: 800px)").matches) {
      Array.prototype.forEach.call(document.querySelectorAll("details.filters-box[open], details.facet[open]"), function (d) {
        d.removeAttribute("open");
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
