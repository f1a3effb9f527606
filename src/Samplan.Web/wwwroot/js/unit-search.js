// Progressive type-ahead for the unit search fields (Features/Shared/_UnitSearch.cshtml).
// Without this script the search button posts the form and the server shows the results; with
// it, typing asks /units/search and puts the results first in the field's own <select>, which
// stays the control that is posted, labelled and keyboard usable as before. The status line
// (aria-live) tells screen readers how many units were found.
(function () {
    'use strict';

    var lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
    var text = {
        sv: { inform: 'bara för kännedom', group: 'Sökträffar', none: 'Inga verksamheter hittades.', found: function (n) { return n + ' verksamheter hittades – välj i listan ovan.'; }, failed: 'Sökningen gick inte att göra. Använd knappen Sök.' },
        en: { inform: 'for information only', group: 'Search results', none: 'No units found.', found: function (n) { return n + ' units found – choose in the list above.'; }, failed: 'The search could not be made. Use the Search button.' }
    }[lang];

    function fill(select, units) {
        var old = select.querySelector('optgroup[data-unit-found]');
        var selected = select.value;
        if (old) {
            old.remove();
        }

        var present = {};
        Array.prototype.forEach.call(select.options, function (o) { present[o.value] = true; });
        var group = document.createElement('optgroup');
        group.label = text.group;
        group.setAttribute('data-unit-found', '');
        units.forEach(function (u) {
            if (present[u.id]) {
                return;
            }
            var option = document.createElement('option');
            option.value = u.id;
            option.textContent = u.name + ' (' + u.organisation + ', ' + u.hsaId + ')';
            group.appendChild(option);
        });
        if (group.children.length > 0) {
            // After the empty choice ("Ingen verksamhet"), before the case's own units.
            select.insertBefore(group, select.options.length > 0 ? select.options[0].nextSibling : null);
        }
        select.value = selected;
    }

    // The invitation and message pages: the results become checkboxes; a ticked one stays when the list changes.
    function fillChecks(list, units) {
        list.querySelectorAll('[data-unit-found]').forEach(function (row) {
            if (!row.querySelector('input').checked) {
                row.remove();
            }
        });
        units.forEach(function (u) {
            if (document.getElementById('unit-' + u.id)) {
                return;
            }
            var row = document.createElement('div');
            row.className = 'choice';
            row.setAttribute('data-unit-found', '');
            var box = document.createElement('input');
            box.type = 'checkbox';
            box.id = 'unit-' + u.id;
            box.name = 'Input.UnitIds';
            box.value = u.id;
            var label = document.createElement('label');
            label.htmlFor = box.id;
            label.textContent = u.name + ' ';
            var muted = document.createElement('span');
            muted.className = 'muted';
            muted.textContent = '(' + u.organisation + ')';
            label.appendChild(muted);
            row.appendChild(box);
            row.appendChild(label);
            // The message page: each unit may be told for information only (Features/Inbox/Send).
            if (list.hasAttribute('data-inform-only')) {
                var inform = document.createElement('input');
                inform.type = 'checkbox';
                inform.id = 'inform-' + u.id;
                inform.name = 'Input.InformOnlyIds';
                inform.value = u.id;
                var informLabel = document.createElement('label');
                informLabel.htmlFor = inform.id;
                informLabel.className = 'muted';
                informLabel.textContent = text.inform;
                row.className = 'choice recipient';
                row.appendChild(inform);
                row.appendChild(informLabel);
            }
            list.appendChild(row);
        });
    }

    function attach(container) {
        var input = container.querySelector('input[type=search]');
        var select = document.getElementById(container.getAttribute('data-unit-select'));
        var status = document.getElementById(container.getAttribute('data-unit-status'));
        if (!input || !select || !status || !window.fetch) {
            return;
        }

        var timer = null;
        var asked = 0;
        function search() {
            var q = input.value.trim();
            if (q.length < 2) {
                return;
            }
            var ticket = ++asked;
            var url = '/units/search?q=' + encodeURIComponent(q) + '&scope=' + encodeURIComponent(container.getAttribute('data-unit-scope') || '');
            fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
                .then(function (units) {
                    if (ticket !== asked) {
                        return; // an answer to an older keystroke
                    }
                    if (select.tagName === 'SELECT') {
                        fill(select, units);
                    } else {
                        fillChecks(select, units);
                    }
                    status.textContent = units.length === 0 ? text.none : text.found(units.length);
                })
                .catch(function () { status.textContent = text.failed; });
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(search, 250);
        });
        // Enter in a search field searches; it must not press the form's first button (save).
        input.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
                e.preventDefault();
                clearTimeout(timer);
                search();
            }
        });
    }

    document.querySelectorAll('[data-unit-search]').forEach(attach);
}());
