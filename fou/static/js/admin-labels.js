// Django's two-list selector names its search icons with aria-label on a
// plain span, which ARIA does not allow: the icon is given the image role.
// The selector is built on "load", so this runs after it.
window.addEventListener("load", function () {
  document.querySelectorAll(".help-tooltip.search-label-icon[aria-label]").forEach(function (icon) {
    icon.setAttribute("role", "img");
  });
});
