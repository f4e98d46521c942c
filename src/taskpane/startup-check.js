/*
 * The task pane's first screen, in ES5 so that it runs in every webview Office has used (Internet
 * Explorer 11 and Edge Legacy included), before office.js and before the bundle. It never needs the
 * bundle: the messages are the static markup of taskpane.html (#cchc-startup), and this file only
 * chooses which one to show.
 *
 *   unsupported     the webview lacks what the bundle needs (a feature missing below, or a syntax
 *                   error while the bundle loads): which Excel versions work and what to do
 *   office-missing  office.js did not load (Microsoft's CDN blocked or unreachable)
 *   office-slow     office.js loaded, but Office has not called Office.onReady after the timeout;
 *                   the pane goes on waiting and starts if Office answers later
 *
 * The bundle (index.tsx) reads window.cchcStartup: `unsupported` (then it does not start) and
 * calls `ready()` when Office.onReady fires, which stops the timeout. Tests may shorten the timeout
 * by setting window.CCHC_STARTUP_TIMEOUT_MS before the page loads; nothing else changes it.
 *
 * Keep this file ES5 (test/build/startup-check.test.ts parses it as ES5 and runs it): no let or
 * const, no arrow functions, no template strings, no Promise, no classList.
 */
/* global window, document, navigator, location, setTimeout, clearTimeout */
(function () {
  'use strict';

  var DEFAULT_TIMEOUT_MS = 20000;
  var IDS = { unsupported: 'cchc-unsupported', 'office-missing': 'cchc-office-missing', 'office-slow': 'cchc-office-slow' };

  /** What the bundle uses that the supported browsers have and the old webviews lack. */
  function missingFeatures(w) {
    var missing = [];
    var need = function (name, present) {
      if (!present) missing.push(name);
    };
    need('Promise', typeof w.Promise === 'function' && typeof w.Promise.allSettled === 'function');
    need('Symbol', typeof w.Symbol === 'function' && typeof w.Symbol.iterator === 'symbol');
    need('Map/Set/WeakMap', typeof w.Map === 'function' && typeof w.Set === 'function' && typeof w.WeakMap === 'function');
    need('WeakRef', typeof w.WeakRef === 'function');
    need('Object.fromEntries', typeof Object.fromEntries === 'function');
    need('Array.prototype.flatMap', typeof Array.prototype.flatMap === 'function');
    need('ResizeObserver', typeof w.ResizeObserver === 'function');
    need('queueMicrotask', typeof w.queueMicrotask === 'function');
    need('fetch', typeof w.fetch === 'function');
    need('AbortController', typeof w.AbortController === 'function');
    need('Intl.Collator', typeof w.Intl === 'object' && w.Intl !== null && typeof w.Intl.Collator === 'function');
    need('CustomEvent', typeof w.CustomEvent === 'function');
    return missing;
  }

  var w = window;
  var configured = Number(w.CCHC_STARTUP_TIMEOUT_MS);
  var timeoutMs = configured > 0 ? configured : DEFAULT_TIMEOUT_MS;
  var missing = missingFeatures(w);
  var state = {
    unsupported: missing.length > 0,
    missing: missing,
    isReady: false,
    shown: null,
    timer: null,
  };

  function onDomReady(callback) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback);
    else callback();
  }

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) el.textContent = text;
  }

  /** Shows one message and hides the others; the unsupported message, once shown, stays. */
  function show(kind) {
    if (state.shown === 'unsupported') return;
    state.shown = kind;
    onDomReady(function () {
      if (state.shown !== kind) return;
      for (var k in IDS) {
        if (!Object.prototype.hasOwnProperty.call(IDS, k)) continue;
        var el = document.getElementById(IDS[k]);
        if (!el) continue;
        if (k === kind) el.removeAttribute('hidden');
        else el.setAttribute('hidden', '');
      }
      if (kind === 'unsupported') {
        var root = document.getElementById('root');
        if (root) root.setAttribute('hidden', '');
        setText('cchc-unsupported-detail', 'Thiếu / Missing: ' + (state.missing.join(', ') || '-') + ' · ' + navigator.userAgent);
      }
      if (kind === 'office-slow') {
        var seconds = document.querySelectorAll('.cchc-seconds');
        for (var i = 0; i < seconds.length; i++) seconds[i].textContent = String(Math.round(timeoutMs / 1000));
      }
    });
  }

  function hide() {
    if (state.shown === 'unsupported' || state.shown === null) return;
    var el = document.getElementById(IDS[state.shown]);
    if (el) el.setAttribute('hidden', '');
    state.shown = null;
  }

  function officeLoaded() {
    return typeof w.Office === 'object' && w.Office !== null && typeof w.Office.onReady === 'function';
  }

  function isOfficeScript(src) {
    return typeof src === 'string' && src.indexOf('https://appsforoffice.microsoft.com/') === 0;
  }

  function isOwnScript(filename) {
    var origin = location.protocol + '//' + location.host + '/';
    return typeof filename === 'string' && filename.indexOf(origin) === 0 && /\.js(\?|#|$)/.test(filename);
  }

  /*
   * Errors before Office is ready: office.js failing to load (a resource error, seen in the capture
   * phase), or the bundle not parsing (a syntax error in one of our own scripts: a webview older
   * than the bundle's target).
   */
  w.addEventListener(
    'error',
    function (event) {
      if (state.isReady) return;
      var target = event.target;
      if (target && target !== w && target.tagName === 'SCRIPT') {
        if (isOfficeScript(target.src)) show('office-missing');
        return;
      }
      var syntax = (event.error && event.error.name === 'SyntaxError') || /syntax/i.test(String(event.message));
      if (syntax && isOwnScript(event.filename)) {
        state.unsupported = true;
        if (state.missing.length === 0) state.missing.push(String(event.message));
        show('unsupported');
      }
    },
    true
  );

  if (state.unsupported) show('unsupported');

  // office.js is a parser-blocking script of <head>: by DOMContentLoaded it has run or failed.
  onDomReady(function () {
    if (!state.isReady && !officeLoaded()) show('office-missing');
  });

  state.timer = setTimeout(function () {
    state.timer = null;
    if (state.isReady) return;
    show(officeLoaded() ? 'office-slow' : 'office-missing');
  }, timeoutMs);

  var api = {
    /** Office.onReady has fired: no timeout message any more (one already shown goes away). */
    ready: function () {
      state.isReady = true;
      if (state.timer !== null) clearTimeout(state.timer);
      state.timer = null;
      hide();
    },
    /** The message on screen: 'unsupported', 'office-missing', 'office-slow' or null. */
    shown: function () {
      return state.shown;
    },
    timeoutMs: timeoutMs
  };
  /** True when this webview cannot run the bundle (then its message is on screen). */
  Object.defineProperty(api, 'unsupported', {
    enumerable: true,
    get: function () {
      return state.unsupported;
    }
  });
  Object.defineProperty(api, 'missing', {
    enumerable: true,
    get: function () {
      return state.missing.slice();
    }
  });
  w.cchcStartup = api;
})();
