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

  // A form with data-autosubmit sends itself when one of its fields changes (the page's tone/channel
  // switches); its submit button stays for keyboards and for pages without HTMX.
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute("data-autosubmit") && !window.htmx) form.requestSubmit();
  });
})();
