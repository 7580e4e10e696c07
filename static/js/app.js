// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // A form that came back with errors: its summary takes the focus, so a screen
  // reader reads it first and the keyboard starts from its links.
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
  // Filters folded away on a phone stand open on a wider screen.
  if (window.matchMedia('(min-width: 641px)').matches) {
    document.querySelectorAll('details[data-open-wide]').forEach(function (d) { d.open = true; });
  }
  // "Print" buttons are hidden until script can print.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  // Changing the country proposes its usual time zone, until the zone is chosen by hand.
  var zoneSelect = document.getElementById('timezone');
  var countrySelect = document.getElementById('country');
  if (zoneSelect && countrySelect) {
    var chosenByHand = false;
    zoneSelect.addEventListener('change', function () { chosenByHand = true; });
    countrySelect.addEventListener('change', function () {
      var zone = countrySelect.options[countrySelect.selectedIndex].getAttribute('data-zone');
      if (!chosenByHand && zone) {
        zoneSelect.value = zone;
        var hint = document.getElementById('timezone-hint');
        if (hint) { hint.textContent = 'Proposed from the country: ' + zone + '. Change it if you will be elsewhere.'; }
      }
    });
  }
  // On first arrival, propose this device's time zone (the server proposed the country's).
  var select = document.querySelector('select[data-propose-device-zone]');
  if (select) {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === zone; });
      if (zone && known && select.value !== zone) {
        select.value = zone;
        var hint = document.getElementById('timezone-hint');
        if (hint) { hint.textContent = 'Set from this device: ' + zone + '. Change it if you will be somewhere else.'; }
      }
    } catch (e) { /* keep the server's proposal */ }
  }
});
