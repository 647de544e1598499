// For pages that show the calculator in an iframe (/frame.html): include this
// script from the calculator's server beside the iframe, and the iframe takes
// the height of the calculator inside it, so there is one scroll bar, the page's.
//   <script src="https://calculator.example.nhs.uk/frame-resize.js" defer></script>
// It listens only to messages from its own server's origin, and only from
// frames of that server on this page; anything else is ignored.
(function () {
  var script = document.currentScript;
  if (!script || !window.postMessage) return;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "better-off:frame-height" || typeof data.height !== "number" || !(data.height > 0) || data.height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + "px";
        frames[i].setAttribute("scrolling", "no");
      }
    }
  });
})();
