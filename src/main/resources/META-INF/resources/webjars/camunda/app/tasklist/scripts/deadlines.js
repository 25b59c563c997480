// Flags deadlines in Tasklist: a task past its due date is marked "Overdue" (red), one due within 24 hours "Due
// soon" (amber), on its card in the list and in the open task's header. Tasklist itself only compares the due date
// with the time the list was drawn, as text, and styles the result no differently.
//
// The due dates come from the engine, in the user's session (the task list, no variables), so the flags do not
// depend on the language or the format Tasklist shows dates in; they are re-judged every few seconds, so a card
// that becomes overdue while the list is open is flagged then. user-styles.css draws the flags from the
// data-chw-deadline attribute. Any failure leaves Tasklist as Camunda drew it.

const ATTRIBUTE = 'data-chw-deadline';
const DUE_SOON_MS = 24 * 60 * 60 * 1000;
const REJUDGE_MS = 5000;
// a due date may be changed by someone else; it is asked for again after this long
const REFETCH_MS = 60000;

const base = document.querySelector('base');
const engineApi = base && base.getAttribute('engine-api');
// app/<app>/<engine>/ is where every webapp page lives; "default" is the engine of this application
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';

// task id -> { due: epoch ms or null, fetched: epoch ms }
const dueDates = new Map();
let pending = false;

function taskIdIn(text) {
  const match = /[?&]task=([^&]+)/.exec(text || '');
  return match ? decodeURIComponent(match[1]) : null;
}

// every due-date element on the page with the task it belongs to (and the card, when it is one)
function shownDeadlines() {
  const shown = [];
  document.querySelectorAll('.tasks-list li.task').forEach(card => {
    const link = card.querySelector('h4.task a');
    const due = card.querySelector('.due-date');
    const id = link && taskIdIn(link.getAttribute('href'));
    if (id) {
      shown.push({ id, elements: due ? [card, due] : [card] });
    }
  });
  const openTask = taskIdIn(window.location.hash);
  document.querySelectorAll('[cam-tasklist-task-meta] .due-date').forEach(due => {
    if (openTask) {
      shown.push({ id: openTask, elements: [due] });
    }
  });
  return shown;
}

// the engine writes offsets as +0000; Date.parse wants +00:00
function parseDue(text) {
  return text ? Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : null;
}

async function fetchDueDates(ids) {
  const url = engineApi + 'engine/' + encodeURIComponent(engine) + '/task?taskIdIn='
    + ids.map(encodeURIComponent).join(',');
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(url + ': ' + response.status);
  }
  const fetched = Date.now();
  // a task not returned is done or not the user's: it has no deadline to flag
  ids.forEach(id => dueDates.set(id, { due: null, fetched }));
  (await response.json()).forEach(task => dueDates.set(task.id, { due: parseDue(task.due), fetched }));
}

function judge(due, now) {
  if (due === null || due === undefined || Number.isNaN(due)) {
    return null;
  }
  if (due < now) {
    return 'overdue';
  }
  return due - now <= DUE_SOON_MS ? 'soon' : null;
}

function mark(shown) {
  const now = Date.now();
  shown.forEach(({ id, elements }) => {
    const known = dueDates.get(id);
    const state = known ? judge(known.due, now) : null;
    elements.forEach(element => {
      if (!state) {
        element.removeAttribute(ATTRIBUTE);
      } else if (element.getAttribute(ATTRIBUTE) !== state) {
        element.setAttribute(ATTRIBUTE, state);
      }
    });
  });
}

function refresh() {
  const shown = shownDeadlines();
  mark(shown);
  const now = Date.now();
  const missing = [...new Set(shown.map(item => item.id))]
    .filter(id => !dueDates.has(id) || now - dueDates.get(id).fetched > REFETCH_MS);
  if (missing.length === 0 || pending) {
    return;
  }
  pending = true;
  fetchDueDates(missing)
    .then(() => mark(shownDeadlines()))
    .catch(() => {})
    .finally(() => {
      pending = false;
    });
}

function safely() {
  try {
    refresh();
  } catch (e) {
    // never let the flags get in the way of the webapp
  }
}

try {
  if (engineApi && window.fetch && window.MutationObserver && base.getAttribute('app-name') === 'tasklist') {
    new MutationObserver(safely).observe(document.body, { childList: true, subtree: true });
    window.addEventListener('hashchange', safely);
    window.setInterval(safely, REJUDGE_MS);
    safely();
  }
} catch (e) {
  // as above: without the flags Tasklist works as before
}
