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

// In an iframe: tell the page around it how tall the calculator is, whenever that changes, so
// the page's frame-resize.js can size the iframe to fit (no scroll bars inside scroll bars).
// The message goes only to the framing page's origin (known from the browser), never to "*";
// the service's frameOrigins setting decides which sites may frame this page at all.
(function () {
  if (window.parent === window || typeof ResizeObserver !== "function") return;
  var target = "";
  try {
    if (location.ancestorOrigins && location.ancestorOrigins.length) target = location.ancestorOrigins[0];
    else if (document.referrer) target = new URL(document.referrer).origin;
  } catch (e) {
    target = "";
  }
  if (!target || target === "null") return;
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "better-off:frame-height", height: height }, target);
  }
  var observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  // Browsers pause observers in cross-origin frames that are out of view; check each second too.
  setInterval(send, 1000);
  send();
})();
