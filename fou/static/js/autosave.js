// Saves the draft when the page is hidden or left; htmx saves while typing.
(function () {
  var form = document.querySelector("form[data-autosave-url]");
  if (!form) return;
  var dirty = false;
  form.addEventListener("input", function () { dirty = true; });
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt === form && event.detail.successful) dirty = false;
  });
  form.addEventListener("submit", function () { dirty = false; });
  function saveNow() {
    if (!dirty || !navigator.sendBeacon) return;
    navigator.sendBeacon(form.dataset.autosaveUrl, new FormData(form));
    dirty = false;
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") saveNow();
  });
  window.addEventListener("pagehide", saveNow);
})();
