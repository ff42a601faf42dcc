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
  document.addEventListener("DOMContentLoaded", focusSummary);
  window.addEventListener("load", focusSummary);
})();
