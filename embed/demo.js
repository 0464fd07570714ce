// The demo host page's own script: what a partner may do with the events of an embed made
// with data-events. It shows the results link once the team has finished. DOM methods only
// (no innerHTML): the link is the app's, but a host should treat it as text all the same.
(function () {
  'use strict';
  document.addEventListener('samenwerkingsscan:finished', function (event) {
    var status = document.getElementById('scan-status');
    var link = event.detail && event.detail.link;
    if (!status || typeof link !== 'string') return;
    var a = document.createElement('a');
    a.href = link;
    a.textContent = 'de link naar uw uitkomst';
    status.textContent = 'Klaar! Bewaar ';
    status.appendChild(a);
    status.appendChild(document.createTextNode(' om de uitkomst later terug te zien of met uw team te bespreken.'));
  });
})();
