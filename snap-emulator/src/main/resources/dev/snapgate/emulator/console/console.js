'use strict';
// Everything shown is written with textContent: a request body holding <script> shows as text, never runs.
(function () {
  const token = document.querySelector('meta[name="console-token"]').content;
  const status = document.getElementById('status');
  let last = '';
  const open = new Set();

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (attrs) { Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v)); }
    return e;
  }

  function cell(row, text, cls) {
    const td = el('td', text);
    if (cls) { td.className = cls; }
    row.appendChild(td);
    return td;
  }

  function requests(list) {
    const body = document.querySelector('#requests tbody');
    body.replaceChildren();
    list.slice().reverse().forEach(r => {
      const refused = r.status >= 400;
      const row = el('tr', null, { 'data-id': r.id, 'data-code': r.responseCode });
      row.className = refused ? 'refused' : 'accepted';
      cell(row, r.at.replace('T', ' ').replace('Z', '').substring(0, 23));
      cell(row, r.clientKey);
      cell(row, r.service);
      cell(row, r.status);
      cell(row, r.responseCode, 'code');
      const msg = cell(row, r.responseMessage, 'message');
      const keys = Object.keys(r.details || {});
      if (keys.length || r.body) {
        const d = el('details');
        d.open = open.has(r.id);
        d.addEventListener('toggle', () => { if (d.open) { open.add(r.id); } else { open.delete(r.id); } });
        d.appendChild(el('summary', refused ? 'why' : 'details'));
        const dl = el('dl');
        dl.className = 'why';
        keys.forEach(k => {
          dl.appendChild(el('dt', k));
          const dd = el('dd', r.details[k]);
          if (k === 'hint') { dd.className = 'hint'; }
          dl.appendChild(dd);
        });
        d.appendChild(dl);
        if (r.body) { d.appendChild(el('pre', r.body, { 'class': 'body' })); }
        msg.appendChild(d);
      }
      body.appendChild(row);
    });
  }

  function button(label, action, reference, description) {
    const b = el('button', label, { type: 'button', 'data-action': action, 'data-reference': reference,
      'aria-label': description });
    b.addEventListener('click', () => act(action, reference));
    return b;
  }

  const labels = { 'pay-va': 'Pay', 'pay-qris': 'Pay', 'settle-ewallet': 'Settle', 'fail-ewallet': 'Fail', 'complete-payout': 'Complete',
    'fail-payout': 'Fail', 'suspect-payout': 'Hold as suspect' };

  function ledger(rows) {
    const body = document.querySelector('#ledger tbody');
    body.replaceChildren();
    rows.forEach(r => {
      const row = el('tr', null, { 'data-reference': r.reference, 'data-kind': r.kind });
      cell(row, r.kind);
      cell(row, r.reference);
      cell(row, r.number);
      cell(row, r.amount);
      const st = cell(row, r.state + ' ' + r.stateDescription, 'state');
      st.setAttribute('data-state', r.state);
      const actions = cell(row, null);
      (r.actions || []).forEach(a => actions.appendChild(button(labels[a] || a, a, r.reference,
        (labels[a] || a) + ' ' + r.kind + ' ' + r.reference)));
      body.appendChild(row);
    });
  }

  function notifications(list) {
    const body = document.querySelector('#notifications tbody');
    body.replaceChildren();
    list.slice().reverse().forEach(n => {
      const row = el('tr', null, { 'data-id': n.id });
      cell(row, n.id);
      cell(row, n.target);
      const attempts = cell(row, null);
      (n.attempts || []).forEach(a => attempts.appendChild(el('div',
        '#' + a.attempt + ' ' + (a.status === 0 ? 'no answer' : 'HTTP ' + a.status) + ' in ' + a.millis + ' ms')));
      cell(row, n.outcome, 'outcome');
      const actions = cell(row, null);
      actions.appendChild(button('Send again', 'resend', String(n.id), 'Send notification ' + n.id + ' again'));
      body.appendChild(row);
    });
  }

  async function act(action, reference) {
    try {
      const r = await fetch('/console/api/actions', { method: 'POST', headers: { 'Content-Type': 'application/json',
        'X-Console-Token': token }, body: JSON.stringify({ action: action, reference: reference }) });
      const answer = await r.json();
      status.textContent = answer.result || answer.error || '';
    } catch (e) {
      status.textContent = 'the emulator did not answer';
    }
    refresh();
  }

  async function refresh() {
    try {
      const r = await fetch('/console/api/state', { cache: 'no-store' });
      const text = await r.text();
      if (text === last) { return; }
      last = text;
      const state = JSON.parse(text);
      requests(state.requests);
      ledger(state.ledger);
      notifications(state.notifications);
    } catch (e) {
      status.textContent = 'the emulator is not reachable';
    }
  }

  refresh();
  setInterval(refresh, 1000);
}());
