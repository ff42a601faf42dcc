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
  // A refused autosave (logged out and the text could not be kept) answers
  // 400 or 413 with a Swedish explanation: show it instead of dropping it.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (event.detail.elt === form && (status === 400 || status === 413)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  function typedFields() {
    // A chosen file is sent by "Ladda upp", not with the text.
    var data = new FormData();
    new FormData(form).forEach(function (value, name) {
      if (!(value instanceof File)) data.append(name, value);
    });
    return data;
  }
  function saveNow() {
    if (!dirty || !navigator.sendBeacon) return;
    navigator.sendBeacon(form.dataset.autosaveUrl, typedFields());
    dirty = false;
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") saveNow();
  });
  window.addEventListener("pagehide", saveNow);
})();
