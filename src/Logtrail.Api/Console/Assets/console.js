// Progressive enhancement for the Logtrail console; every page works without it.
"use strict";

// Copy buttons: <button data-copy-target="ID"> copies the value of the element with that id.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy-target]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copyTarget);
  const status = document.querySelector("[data-copy-status]");
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    if (status) status.textContent = "Copied to the clipboard.";
  } catch {
    if (status) status.textContent = "Copying was refused: select the key and copy it by hand.";
  }
});

// Forms with data-confirm ask before they are sent (the server-side confirmation page remains the rule).
document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});
