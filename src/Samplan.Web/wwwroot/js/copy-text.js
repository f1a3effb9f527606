// "Copy the text" on the journal-text page: copies the textarea named by data-copy-from to the
// clipboard and says so in the status next to the button. Without the clipboard API (an old browser,
// a page not served over HTTPS) it selects the text and tells the user to copy it themselves.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy-from]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-from"));
    var status = button.parentElement.querySelector(".copy-status");
    if (!source || !status) {
      return;
    }

    button.addEventListener("click", function () {
      var failed = function () {
        source.focus();
        source.select();
        status.textContent = button.getAttribute("data-failed-text");
      };
      if (!navigator.clipboard || !navigator.clipboard.writeText) {
        failed();
        return;
      }

      navigator.clipboard.writeText(source.value).then(function () {
        status.textContent = button.getAttribute("data-copied-text");
      }, failed);
    });
  });
})();
