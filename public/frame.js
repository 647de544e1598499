// The iframe page: copies the documented attributes from the page's query string onto the element
// (e.g. frame.html?region=scotland&hours=0,16,30). Runs before the element is defined.
(function () {
  var el = document.querySelector("better-off-calculator");
  var params = new URLSearchParams(location.search);
  ["tax-year", "date", "region", "hours", "wage", "team", "records-endpoint", "period", "mode"].forEach(function (name) {
    var v = params.get(name);
    if (el && v !== null && v.length < 200) el.setAttribute(name, v);
  });
  // Boolean attributes: present in the query string (frame.html?auto-record) means on.
  ["auto-record", "no-persist"].forEach(function (name) {
    if (el && params.has(name)) el.setAttribute(name, "");
  });
})();
