// A page that comes back with errors puts the keyboard and screen-reader
// focus on the summary, so the errors are heard first; its links lead to
// the fields. It wins over a field's autofocus (the login form has one).
(function () {
  function focusSummary() {
    var summary = document.querySelector(".error-summary");
    if (!summary) {
      return;
    }
    document.querySelectorAll("[autofocus]").forEach(function (field) {
      field.removeAttribute("autofocus");
    });
    if (!summary.hasAttribute("tabindex")) {
      summary.setAttribute("tabindex", "-1");
    }
    summary.focus();
  }
  // A link to a group of fields (a fieldset of radio buttons) puts the
  // focus on its first field, not only the view: the browser focuses a
  // link's target only when the target itself can take focus.
  function focusField(event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) {
      return;
    }
    var field = target.matches("input, select, textarea, button")
      ? target
      : target.querySelector("input:not([type=hidden]), select, textarea");
    if (!field) {
      return;
    }
    event.preventDefault();
    (target.closest("fieldset, .field") || target).scrollIntoView();
    field.focus({ preventScroll: true });
  }
  document.addEventListener("DOMContentLoaded", focusSummary);
  window.addEventListener("load", focusSummary);
  document.addEventListener("click", focusField);
})();
