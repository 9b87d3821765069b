// kindly: keyboard shortcuts and confirmations. Everything works without this file; it only saves keystrokes.
//   j / k   next / previous invitation in a list     o or Enter   open it
//   /       search or filter                         ?            list the shortcuts
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("a.open"));
  }

  function move(step) {
    var list = rows();
    if (!list.length) return;
    var at = list.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    list[next].focus();
    list[next].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "o" && document.activeElement && document.activeElement.matches("a.open")) {
      document.activeElement.click();
    } else if (event.key === "/") {
      var search = document.querySelector("[data-search]");
      if (search) { search.focus(); event.preventDefault(); }
    } else if (event.key === "?") {
      var help = document.getElementById("shortcuts");
      if (help) { help.open = !help.open; event.preventDefault(); }
    }
  });

  // <form data-confirm="Remove Jane?"> asks before it is sent.
  document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  }, true);

  // <form data-rewrite> writes the draft again (the tone and channel switches; data-rewrite="question" for the
  // decision and the intent, which write it again too): when that would replace the user's own words - typed
  // and not saved yet (text or subject), saved (data-keep) or approved - it asks first, and a "no" puts the
  // form's choices back as they were. data-spares-approved: the form leaves an approved draft as it is.
  function changed(id) {
    var field = document.getElementById(id);
    return field && /^(TEXTAREA|INPUT)$/.test(field.tagName) && field.value !== field.defaultValue;
  }

  function losing(form) {
    if (changed("draft-text") || changed("subject")) return "the text you typed";
    var keeper = document.querySelector("#draft [data-keep]");
    var kept = keeper ? keeper.getAttribute("data-keep") : "";
    if (kept === "the approved draft" && form.hasAttribute("data-spares-approved")) return "";
    return kept;
  }

  function keptAfterAsking(form) {
    var lost = losing(form);
    var question = form.getAttribute("data-rewrite") || "Write the draft again?";
    if (!lost || window.confirm(question + " It replaces " + lost + ".")) return true;
    Array.prototype.forEach.call(form.querySelectorAll("input[type=radio]"), function (radio) {
      radio.checked = radio.defaultChecked;
    });
    Array.prototype.forEach.call(form.querySelectorAll("option"), function (option) {
      option.selected = option.defaultSelected;
    });
    return false;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute("data-rewrite") && !keptAfterAsking(form)) event.preventDefault();
  }, true);

  document.addEventListener("htmx:confirm", function (event) {
    var form = event.detail && event.detail.elt;
    if (!form || !form.hasAttribute || !form.hasAttribute("data-rewrite")) return;
    event.preventDefault();
    if (keptAfterAsking(form)) event.detail.issueRequest(true);
  });

  // <button data-copy="ID" hidden> copies the text of element ID (an approved DM, to paste into its app); it is
  // shown only where this script runs and the browser lets a page write to the clipboard.
  function showCopyButtons() {
    if (!navigator.clipboard) return;
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
      button.hidden = false;
    });
  }
  document.addEventListener("DOMContentLoaded", showCopyButtons);
  document.addEventListener("htmx:afterSettle", showCopyButtons);
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-copy]");
    var source = button && document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = "Copied: paste it into the app";
    }, function () {
      button.textContent = "Could not copy: select the text and copy it";
    });
  });

  // A refusal (4xx) answered to an HTMX request is shown, not dropped (HTMX swaps only 2xx by itself): the
  // part it re-renders with its message (the draft editor, keeping what was typed) replaces the old one;
  // a bare message goes above the part, which stays as it was.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    var target = event.detail.target;
    if (!xhr || xhr.status < 400 || xhr.status >= 500 || !target) return;
    if (target.id && xhr.responseText.indexOf('id="' + target.id + '"') !== -1) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      return;
    }
    var answer = new DOMParser().parseFromString(xhr.responseText, "text/html");
    var note = target.querySelector(".swap-error") || document.createElement("p");
    note.className = "error swap-error";
    note.setAttribute("role", "alert");
    note.textContent = (answer.body.textContent || "").trim() || "That did not work: reload the page and try again.";
    note.setAttribute("data-announced", "");
    if (!note.parentNode) target.insertBefore(note, target.firstChild);
    announce(note.textContent);
  });

  // What a swap finished is said aloud: the page has one live region (#announce) from its start - a region
  // that HTMX swaps in anew is not heard - and the text of every new [data-announce] (an import done, a draft
  // saved) and of every new role=alert (a refusal) is put there once. Those on the page as it loads are read
  // with the page.
  function announce(text) {
    var region = document.getElementById("announce");
    if (!region || !text) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 100);  // the same words twice are said twice
  }

  var SAID = "[data-announce], [role=alert]";
  var NEW = "[data-announce]:not([data-announced]), [role=alert]:not([data-announced])";

  function markSaid() {
    Array.prototype.forEach.call(document.querySelectorAll(SAID), function (element) {
      element.setAttribute("data-announced", "");
    });
  }
  document.addEventListener("DOMContentLoaded", markSaid);
  document.addEventListener("htmx:afterSettle", function () {
    var words = Array.prototype.map.call(document.querySelectorAll(NEW),
      function (element) { return element.textContent.replace(/\s+/g, " ").trim(); });
    markSaid();
    announce(words.join(" "));
  });

  // The control a keyboard user changed in a form that sends itself (the tone and channel switches) is where
  // the keyboard stays once the draft is written again, so arrow keys go on from there.
  var changedControl = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail && event.detail.elt;
    var active = document.activeElement;
    changedControl = form && form.hasAttribute && form.hasAttribute("data-autosubmit") && active &&
      form.contains(active) && active.name ? { name: active.name, value: active.value } : null;
  });

  // After the draft editor is swapped in, the keyboard stays there: on the text when it was refused, on the
  // switch that wrote it again, else on its message, or on its heading.
  document.addEventListener("htmx:afterSwap", function (event) {
    var swapped = event.detail && event.detail.target;
    if (!swapped || swapped.id !== "draft") return;
    var refused = document.getElementById("draft-error") && document.getElementById("draft-text");
    var again = changedControl && Array.prototype.filter.call(
      document.querySelectorAll("#draft [name]"), function (field) {
        return field.name === changedControl.name && field.value === changedControl.value;
      })[0];
    changedControl = null;
    var target = refused || again || document.getElementById("draft-notice") || document.getElementById("draft-h");
    if (target) {
      if (target.matches(SAID)) target.setAttribute("data-announced", "");  // said as it is focused
      if (!/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName) && !target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
  });

  // A form with data-autosubmit sends itself when one of its fields changes (the page's tone/channel
  // switches); its submit button stays for keyboards and for pages without HTMX.
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute("data-autosubmit") && !window.htmx) form.requestSubmit();
  });
})();
