// Demo page only: lists the events the element dispatches (no inline script, so the page's CSP can forbid it).
const log = document.getElementById("event-log");
const add = (text) => {
  const li = document.createElement("li");
  li.textContent = text;
  log.prepend(li);
  while (log.children.length > 10) log.lastElementChild.remove();
};
document.addEventListener("better-off-calculated", (e) => {
  const { headline, result } = e.detail;
  add(`better-off-calculated: ${headline.text} (rules ${result.rules.id})`);
});
document.addEventListener("better-off-error", (e) => add(`better-off-error (${e.detail.kind}): ${e.detail.message}`));
