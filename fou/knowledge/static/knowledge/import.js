// Upload the chosen files one by one, so a progress bar can show how far the
// import has come; the page the last request returns shows all results. Without
// JavaScript the form posts every file at once and the same page comes back.
(function () {
  const form = document.getElementById("kb-import-form");
  if (!form || !window.fetch || !window.DOMParser) return;
  form.addEventListener("submit", async (event) => {
    const input = form.querySelector("input[type=file]");
    const files = Array.from(input.files || []);
    if (files.length < 2) return;
    event.preventDefault();
    const box = document.getElementById("kb-progress");
    const bar = document.getElementById("kb-progress-bar");
    const label = document.getElementById("kb-progress-text");
    box.hidden = false;
    const rows = [];
    let caption = null;
    for (const [index, file] of files.entries()) {
      label.textContent = `${index + 1} av ${files.length}: ${file.name}`;
      const data = new FormData();
      data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      data.append("files", file);
      const response = await fetch(form.action || window.location.href, { method: "POST", body: data });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      page.querySelectorAll("tbody tr").forEach((row) => rows.push(row.outerHTML));
      bar.value = Math.round(((index + 1) / files.length) * 100);
    }
    label.textContent = `${files.length} av ${files.length} klara`;
    const table = document.createElement("table");
    table.innerHTML = `<caption>Resultat</caption><thead><tr><th>Fil</th><th>Resultat</th></tr></thead><tbody>${rows.join("")}</tbody>`;
    form.after(table);
  });
})();
