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

// Live tail: new matching logs arrive as Server-Sent Events and are put at the top; Pause holds them until Resume.
(() => {
  const list = document.querySelector("[data-tail-source]");
  if (!list || !window.EventSource) return;
  const status = document.querySelector("[data-tail-status]");
  const pause = document.querySelector("[data-tail-pause]");
  const keep = 500;
  const held = [];
  let paused = false;

  const line = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = text;
    return element;
  };
  const show = (entry) => {
    const item = line("li", `log level-${entry.level}`, "");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    const time = line("time", "", `${entry.server_timestamp.slice(0, 19).replace("T", " ")} UTC`);
    time.dateTime = entry.server_timestamp;
    summary.append(time, " ", line("span", "level", entry.level), " ", line("span", "action", entry.action), " ",
      line("span", "message", entry.message ?? ""));
    details.append(summary, line("pre", "json", JSON.stringify(entry, null, 2)));
    item.append(details);
    list.prepend(item);
    while (list.children.length > keep) list.lastElementChild.remove();
  };
  const live = () => { status.textContent = "Live: new logs appear at the top."; };

  pause.hidden = false;
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.textContent = paused ? "Resume" : "Pause";
    if (paused) {
      status.textContent = "Paused.";
    } else {
      held.splice(0).forEach(show);
      live();
    }
  });

  status.textContent = "Connecting…";
  const source = new EventSource(list.dataset.tailSource);
  source.addEventListener("open", live);
  source.addEventListener("log", (event) => {
    const entry = JSON.parse(event.data);
    if (paused) {
      held.push(entry);
      status.textContent = `Paused: ${held.length} new.`;
    } else {
      show(entry);
    }
  });
  source.addEventListener("overflow", () => {
    source.close();
    status.textContent = "Too many logs to follow: narrow the filter and reload the page.";
  });
  source.addEventListener("error", () => {
    status.textContent = source.readyState === EventSource.CLOSED
      ? "The live tail stopped (the session may have ended): reload the page."
      : "Reconnecting…";
  });
})();
