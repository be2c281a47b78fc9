// Figures table: filter rows by text and sort by a column. Progressive
// enhancement only: without script the full table is there, in archive order.
(function () {
  'use strict';
  var table = document.getElementById('figures-table');
  var controls = document.querySelector('.table-controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  controls.hidden = false;
  var filter = document.getElementById('figure-filter');
  filter.addEventListener('input', function () {
    var q = filter.value.trim();
    rows.forEach(function (row) {
      row.hidden = q !== '' && row.textContent.indexOf(q) === -1;
    });
  });
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var kind = th.getAttribute('data-sort');
      var key = function (row) {
        var cell = row.cells[column];
        if (kind === 'number') return Number(cell.getAttribute('data-value'));
        if (kind === 'date') return cell.getAttribute('data-value') || '';
        return cell.textContent;
      };
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
