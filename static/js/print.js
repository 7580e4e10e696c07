// Progressive enhancement: buttons marked data-print appear and open the print dialog.
// Without JavaScript the page still says how to print.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
