/*
 * Enhancements for the petition page (served as /assets/petition.<hash>.js; docs/PAGES.md).
 * The page works completely without this file. With it:
 *  1. the signing form is checked before it is sent, with the server's rules
 *     (SignatureValidator) and the server's words, which the page carries in data- attributes,
 *     and errors appear exactly where and how the server would show them;
 *  2. the count refreshes from GET /petitions/{id}/count while the page is in view.
 * No HTML string is ever parsed: elements are made with createElement and filled with
 * textContent (the pages' Content-Security-Policy enforces Trusted Types).
 */
(function () {
  'use strict';

  // Java's \s, not JavaScript's (which also matches no-break and other Unicode spaces).
  var JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
  var EMAIL_SHAPE = new RegExp('^[^' + JAVA_SPACE + '@]+@[^' + JAVA_SPACE + '@.]+(\\.[^' + JAVA_SPACE + '@.]+)+$');
  var POSTAL_CODE_SHAPE = /^[\p{Alphabetic}\p{Nd} -]+$/u;
  // What Java's String.strip() removes: Character.isWhitespace, which excludes the no-break spaces.
  var EDGE_SPACE = /^[\t\n\x0B\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+|[\t\n\x0B\f\r\x1C-\x1F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/g;
  var CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
  var CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

  function codePoints(text) {
    return Array.from(text).length;
  }

  /** The server's text() rule: trimmed, within the length, free of control characters. */
  function checkText(control, words, multiline) {
    var value = control.value.replace(EDGE_SPACE, '');
    if (value === '') {
      return { value: '', error: null };
    }
    var max = Number(control.getAttribute('data-max'));
    if (max && codePoints(value) > max) {
      return { value: '', error: control.getAttribute('data-too-long') };
    }
    if ((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value)) {
      return { value: '', error: words.invalidCharacters };
    }
    return { value: value, error: null };
  }

  /** Field name → message, in the order and with the rules of SignatureValidator.validate. */
  function validate(form, words) {
    var errors = [];
    function named(name) { return form.elements.namedItem(name); }
    function add(name, message) { if (message) { errors.push({ name: name, message: message }); } }

    var name = checkText(named('name'), words, false);
    add('name', name.error || (name.value === '' ? words.required : null));

    var email = checkText(named('email'), words, false);
    add('email', email.error || (email.value === '' ? words.required
        : (EMAIL_SHAPE.test(email.value) ? null : words.email)));

    add('country', named('country').value === '' ? words.required : null);
    add('city', checkText(named('city'), words, false).error);

    var postalCode = checkText(named('postalCode'), words, false);
    add('postalCode', postalCode.error
        || (postalCode.value !== '' && !POSTAL_CODE_SHAPE.test(postalCode.value) ? words.postalCode : null));

    add('comment', checkText(named('comment'), words, true).error);
    add('consent', named('consent').checked ? null : words.consent);
    return errors;
  }

  function setDescribedBy(control, id, present) {
    var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (t) {
      return t && t !== id;
    });
    if (present) {
      ids.push(id);
    }
    if (ids.length) {
      control.setAttribute('aria-describedby', ids.join(' '));
    } else {
      control.removeAttribute('aria-describedby');
    }
  }

  /** The same markup the server renders for a field's error (petition.html.mustache). */
  function showFieldError(form, name, message, words) {
    var control = form.elements.namedItem(name);
    var id = name + '-error';
    var existing = document.getElementById(id);
    if (existing) {
      existing.parentNode.removeChild(existing);
    }
    var field = control.closest('.field');
    if (field) {
      field.classList.toggle('field-error', Boolean(message));
    }
    setDescribedBy(control, id, Boolean(message));
    if (!message) {
      control.removeAttribute('aria-invalid');
      return;
    }
    control.setAttribute('aria-invalid', 'true');
    var error = document.createElement('p');
    error.className = 'error';
    error.id = id;
    var prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = words.prefix;
    error.appendChild(prefix);
    error.appendChild(document.createTextNode(' ' + message));
    var anchor = control.type === 'checkbox' ? control.closest('.choice') : control;
    anchor.parentNode.insertBefore(error, anchor);
  }

  function showSummary(form, errors) {
    var summary = document.getElementById('errors');
    var list = summary.querySelector('ul');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    errors.forEach(function (error) {
      var control = form.elements.namedItem(error.name);
      var link = document.createElement('a');
      link.href = '#' + control.id;
      link.textContent = control.getAttribute('data-label') + ': ' + error.message;
      var item = document.createElement('li');
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.hidden = errors.length === 0;
  }

  /**
   * Shows the region select of the chosen country (only countries with several missions have one, issue 14);
   * the others are hidden and disabled, so only the shown one is sent.
   */
  function enhanceRegions(form) {
    var country = form.elements.namedItem('country');
    var groups = form.querySelectorAll('[data-region-country]');
    if (!country || !groups.length) { return; }
    function sync() {
      Array.prototype.forEach.call(groups, function (group) {
        var shown = group.getAttribute('data-region-country') === country.value;
        group.hidden = !shown;
        group.querySelector('select').disabled = !shown;
      });
    }
    country.addEventListener('change', sync);
    sync();
  }

  function enhanceForm(form) {
    var data = form.dataset;
    var words = {
      prefix: data.errorPrefix, required: data.errorRequired, email: data.errorEmail,
      postalCode: data.errorPostalCode, invalidCharacters: data.errorInvalidCharacters, consent: data.errorConsent
    };
    var plainTitle = data.title;
    enhanceRegions(form);
    var checked = ['name', 'email', 'country', 'city', 'postalCode', 'comment', 'consent'];

    form.addEventListener('submit', function (event) {
      var errors = validate(form, words);
      var byName = {};
      errors.forEach(function (error) { byName[error.name] = error.message; });
      checked.forEach(function (name) { showFieldError(form, name, byName[name] || null, words); });
      showSummary(form, errors);
      document.title = errors.length ? data.titleError + ' ' + plainTitle : plainTitle;
      if (errors.length) {
        event.preventDefault();
        document.getElementById('errors').focus();
      }
    });

    // Following a summary link moves focus to the field itself, not just the view.
    document.getElementById('errors').addEventListener('click', function (event) {
      var link = event.target.closest('a');
      var target = link && document.getElementById(link.getAttribute('href').slice(1));
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'center' });
      }
    });
  }

  /** Formats like Java's integer NumberFormat for the page's locale: groups of three. */
  function formatNumber(n, separator) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }

  function enhanceCount(count) {
    var data = count.dataset;
    var progress = document.getElementById('goal');
    var goalText = document.getElementById('goal-text');
    var seconds = Number(data.refreshSeconds) || 30;

    function show(total) {
      var template = total === 0 ? data.textZero : total === 1 ? data.textOne : data.textMany;
      var number = formatNumber(total, data.grouping);
      count.textContent = template.replace('{n}', number);
      count.setAttribute('data-total', String(total));
      if (progress) {
        progress.value = total;
      }
      if (goalText && data.goalTemplate) {
        goalText.textContent = data.goalTemplate.replace('{n}', number);
      }
    }

    function refresh() {
      if (document.hidden) {
        return;
      }
      fetch(data.countUrl, { headers: { Accept: 'application/json' }, credentials: 'omit' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (body && typeof body.count === 'number' && body.count >= 0) {
            show(body.count);
          }
        })
        .catch(function () { /* offline or busy: keep the count we show */ });
    }

    setInterval(refresh, seconds * 1000);
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) {
        refresh();
      }
    });
  }

  var form = document.getElementById('sign-form');
  if (form) {
    enhanceForm(form);
  }
  var count = document.getElementById('count');
  if (count && count.dataset.countUrl && window.fetch) {
    enhanceCount(count);
  }
}());
