// The command board: a Cockpit page (#/command-board) for command staff of one site, its entry in Cockpit's
// header and a summary on the dashboard. It reads the board's own API (CommandBoardResource), which answers as
// the logged-in user: the engine's tenant check keeps it to their site. Everything is drawn with textContent,
// never as HTML, so nothing a case holds can become markup.

const PATH = '/command-board';
const REFRESH_MS = 60000;
const SVG = 'http://www.w3.org/2000/svg';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

function boardUrl(api, path) {
  return api.cockpitApi + '/plugin/command-board/' + encodeURIComponent(api.engine) + '/board' + (path || '');
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || ('The board could not be loaded (' + response.status + ')'));
  }
  return body;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function when(iso) {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

function age(hours) {
  const days = Math.floor(hours / 24);
  return days > 0 ? days + ' d ' + (hours % 24) + ' h' : hours + ' h';
}

// "officer-involved-shooting" as "Officer involved shooting": the form's value, readable
function typeLabel(value) {
  if (!value) {
    return '—';
  }
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function count(value, kind, field) {
  return el('span', { class: 'chw-count' + (value > 0 && kind ? ' chw-' + kind : ''), 'data-field': field }, value);
}

function section(title, id, ...content) {
  return el('section', { class: 'chw-board-section', 'data-board': id }, el('h2', {}, title), ...content);
}

function table(headings, rows, empty) {
  if (rows.length === 0) {
    return el('p', { class: 'chw-empty' }, empty);
  }
  return el('table', { class: 'cam-table chw-table' },
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {}, heading)))),
    el('tbody', {}, rows));
}

function incidentsSection(overview, showTimeline) {
  const rows = overview.incidents.map(incident => el('tr', { 'data-case': incident.caseNumber },
    el('td', {}, el('a', { href: '#' + PATH + '?incident=' + encodeURIComponent(incident.caseNumber),
      'data-field': 'caseNumber', title: 'Show the timeline of every track of this incident',
    }, incident.caseNumber)),
    el('td', { 'data-field': 'type' }, typeLabel(incident.type)),
    el('td', { 'data-field': 'activationLevel' },
      incident.activationLevel ? el('span', { class: 'chw-level chw-level-' + incident.activationLevel },
        'Level ' + incident.activationLevel) : '—'),
    el('td', { 'data-field': 'phase' }, incident.phase || '—'),
    el('td', { 'data-field': 'age', title: 'Happened ' + when(incident.occurredAt) }, age(incident.ageHours)),
    el('td', {}, count(incident.openTasks, null, 'openTasks')),
    el('td', {}, count(incident.overdueTasks, 'overdue', 'overdueTasks')),
    el('td', {}, count(incident.dueSoonTasks, 'soon', 'dueSoonTasks'))));
  rows.forEach(row => row.querySelector('a').addEventListener('click', event => {
    event.preventDefault();
    showTimeline(row.getAttribute('data-case'));
  }));
  return section('Open incidents', 'incidents', table(
    ['Case', 'Type', 'Activation', 'Phase', 'Since the incident', 'Open tasks', 'Overdue', 'Due within 24 h'],
    rows, 'No open incidents at your site.'));
}

function holderLine(holder) {
  const parts = [holder.open + ' open'];
  if (holder.overdue > 0) {
    parts.push(holder.overdue + ' overdue');
  }
  if (holder.dueSoon > 0) {
    parts.push(holder.dueSoon + ' due soon');
  }
  return el('li', { class: holder.unclaimed ? 'chw-unclaimed' : null, 'data-holder': holder.unclaimed ? '' : holder.name,
    'data-unclaimed': holder.unclaimed },
  el('span', { class: 'chw-holder' }, holder.unclaimed ? 'Unclaimed' : holder.name), ': ' + parts.join(', '));
}

function agenciesSection(overview) {
  const cards = overview.agencies.map(agency => el('div', { class: 'chw-agency', 'data-agency': agency.agency },
    el('h3', {}, agency.name),
    el('dl', {},
      el('dt', {}, 'Open'), el('dd', {}, count(agency.open, null, 'open')),
      el('dt', {}, 'Overdue'), el('dd', {}, count(agency.overdue, 'overdue', 'overdue')),
      el('dt', {}, 'Due within 24 h'), el('dd', {}, count(agency.dueSoon, 'soon', 'dueSoon'))),
    agency.holders.length ? el('ul', { class: 'chw-holders' }, agency.holders.map(holderLine))
      : el('p', { class: 'chw-empty' }, 'Nothing open.')));
  return section('Work by agency', 'agencies', el('div', { class: 'chw-agencies' }, cards));
}

function overdueSection(overview) {
  const rows = overview.overdue.map(task => el('tr', {},
    el('td', {}, task.step), el('td', {}, task.caseNumber || '—'), el('td', {}, task.agency),
    el('td', { class: 'chw-overdue' }, when(task.due)), el('td', {}, task.holder || 'Unclaimed')));
  return section('Overdue now', 'overdue', table(['Step', 'Case', 'Agency', 'Was due', 'Held by'], rows,
    'Nothing is overdue.'));
}

function bars(series, weeks) {
  const width = 26;
  const height = 70;
  const max = Math.max(1, ...series.weekly.map(week => week.met + week.missed));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', weeks.length * width);
  svg.setAttribute('height', height + 16);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', series.label + ': ' + series.met + ' met, ' + series.missed + ' missed');
  series.weekly.forEach((week, i) => {
    const metHeight = Math.round(week.met / max * height);
    const missedHeight = Math.round(week.missed / max * height);
    const group = document.createElementNS(SVG, 'g');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = 'Week of ' + shortDate.format(new Date(week.week)) + ': ' + week.met + ' met, '
      + week.missed + ' missed';
    group.appendChild(title);
    [[metHeight, height - metHeight, 'chw-met'], [missedHeight, height - metHeight - missedHeight, 'chw-missed']]
      .forEach(([barHeight, y, kind]) => {
        const bar = document.createElementNS(SVG, 'rect');
        bar.setAttribute('x', i * width + 3);
        bar.setAttribute('y', y);
        bar.setAttribute('width', width - 6);
        bar.setAttribute('height', barHeight);
        bar.setAttribute('class', kind);
        group.appendChild(bar);
      });
    if (i % 2 === 0) {
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', i * width + 2);
      label.setAttribute('y', height + 13);
      label.setAttribute('class', 'chw-axis');
      label.textContent = shortDate.format(new Date(week.week));
      group.appendChild(label);
    }
    svg.appendChild(group);
  });
  return svg;
}

function chart(series, weeks, kind) {
  const decided = series.met + series.missed;
  const summary = [series.met + ' met', series.missed + ' missed'];
  if (decided > 0) {
    summary.push(Math.round(series.met / decided * 100) + '% on time');
  }
  if (series.medianHoursFromReport !== null && series.medianHoursFromReport !== undefined) {
    summary.push('median ' + series.medianHoursFromReport + ' h after the report');
  }
  return el('figure', { class: 'chw-chart', 'data-series': series.label, 'data-kind': kind,
    'data-met': series.met, 'data-missed': series.missed },
  el('figcaption', {}, el('strong', {}, series.label), series.agency && kind === 'measure' ? ' (' + series.agency + ')' : ''),
  bars(series, weeks), el('p', { class: 'chw-summary' }, summary.join(' · ')));
}

function deadlinesSection(deadlines) {
  const stepRows = deadlines.steps.map(step => el('tr', { 'data-step': step.step, 'data-agency': step.agency },
    el('td', {}, step.agency), el('td', {}, step.step), el('td', { 'data-field': 'met' }, step.met),
    el('td', { 'data-field': 'missed', class: step.missed > 0 ? 'chw-overdue' : null }, step.missed),
    el('td', { 'data-field': 'stillOpenLate' }, step.stillOpenLate)));
  return section('Deadlines met and missed, last ' + deadlines.weeks.length + ' weeks', 'deadlines',
    el('p', { class: 'chw-legend' }, el('span', { class: 'chw-key chw-met' }), ' met by the due date ',
      el('span', { class: 'chw-key chw-missed' }), ' missed (done late, or still open after it)'),
    el('h3', {}, 'What command follows'),
    el('div', { class: 'chw-charts' }, deadlines.measures.map(series => chart(series, deadlines.weeks, 'measure'))),
    el('h3', {}, 'By agency'),
    el('div', { class: 'chw-charts' }, deadlines.agencies.map(series => chart(series, deadlines.weeks, 'agency'))),
    el('h3', {}, 'By agency and step'),
    table(['Agency', 'Step', 'Met', 'Missed', 'Of those, still open'], stepRows, 'No deadlines in this period.'));
}

function timelineSection(timeline) {
  const tracks = timeline.tracks.map(track => el('div', { class: 'chw-track', 'data-track': track.caseNumber },
    el('h3', {}, track.process + ' — ' + (track.caseNumber || '—'),
      el('small', {}, ' opened ' + when(track.startedAt) + (track.endedAt ? ', closed ' + when(track.endedAt)
        : ', open'))),
    track.milestones.length === 0 ? el('p', { class: 'chw-empty' }, 'No steps yet.')
      : el('ol', { class: 'chw-milestones' }, track.milestones.map(milestone => el('li', {
        class: 'chw-milestone chw-' + milestone.outcome.replace(' ', '-'), 'data-outcome': milestone.outcome },
      el('span', { class: 'chw-when' }, when(milestone.endedAt || milestone.startedAt)),
      el('span', { class: 'chw-step' }, milestone.step),
      el('span', { class: 'chw-meta' }, [milestone.agency, milestone.outcome,
        milestone.due ? 'due ' + when(milestone.due) : null, milestone.holder].filter(Boolean).join(' · ')))))));
  return section('Timeline of ' + timeline.caseNumber, 'timeline',
    el('p', {}, 'Reported ' + when(timeline.reportedAt) + (timeline.endedAt ? ', closed ' + when(timeline.endedAt)
      : '') + ' · ' + timeline.tracks.length + ' tracks'),
    el('div', { class: 'chw-tracks' }, tracks));
}

function selectedIncident() {
  const match = /[?&]incident=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function renderBoard(node, api) {
  const root = el('div', { class: 'chw-board' });
  node.appendChild(root);
  let timer = null;
  let incident = selectedIncident();

  async function draw() {
    try {
      const [overview, deadlines, timeline] = await Promise.all([getJson(boardUrl(api)),
        getJson(boardUrl(api, '/deadlines')),
        incident ? getJson(boardUrl(api, '/incidents/' + encodeURIComponent(incident) + '/timeline'))
          .catch(error => ({ error: error.message })) : Promise.resolve(null)]);
      const showTimeline = caseNumber => {
        incident = caseNumber;
        window.history.replaceState(null, '', '#' + PATH + '?incident=' + encodeURIComponent(caseNumber));
        draw();
      };
      root.replaceChildren(
        el('header', { class: 'chw-board-header' }, el('h1', {}, 'Command board'),
          el('p', { class: 'chw-as-of', 'data-generated-at': overview.generatedAt },
            'As of ' + when(overview.generatedAt) + ' · refreshes every minute · counts and case numbers only')),
        incidentsSection(overview, showTimeline), agenciesSection(overview), overdueSection(overview),
        timeline && timeline.error ? section('Timeline', 'timeline', el('p', { class: 'chw-error' }, timeline.error))
          : timeline ? timelineSection(timeline)
            : section('Timeline', 'timeline', el('p', { class: 'chw-empty' },
              'Choose an incident above to see the milestones of all its tracks.')),
        deadlinesSection(deadlines));
      root.setAttribute('data-loaded', overview.generatedAt);
    } catch (error) {
      root.replaceChildren(el('h1', {}, 'Command board'), el('p', { class: 'chw-error', 'data-board': 'error' },
        error.message));
    }
  }

  draw();
  timer = window.setInterval(draw, REFRESH_MS);
  return () => window.clearInterval(timer);
}

let unmountBoard = null;

export default [
  {
    id: 'chw-command-board-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { path: PATH },
    render: node => {
      node.appendChild(el('a', { href: '#' + PATH, class: 'chw-board-link' }, 'Command board'));
    }
  },
  {
    id: 'chw-command-board',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: 'Command board' },
    render: (node, { api }) => {
      unmountBoard = renderBoard(node, api);
    },
    unmount: () => {
      if (unmountBoard) {
        unmountBoard();
        unmountBoard = null;
      }
    }
  },
  {
    id: 'chw-command-board-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => {
      const box = el('div', { class: 'chw-board-summary', 'data-board': 'summary' }, 'Loading the command board…');
      node.appendChild(box);
      getJson(boardUrl(api)).then(overview => {
        const overdue = overview.agencies.reduce((sum, agency) => sum + agency.overdue, 0);
        box.replaceChildren(el('h3', {}, 'Command board'),
          el('p', {}, overview.incidents.length + ' open incident' + (overview.incidents.length === 1 ? '' : 's')
            + ' · ', count(overdue, 'overdue', 'overdue'), ' overdue task' + (overdue === 1 ? '' : 's') + ' · ',
          el('a', { href: '#' + PATH }, 'open the board')));
      }).catch(error => box.replaceChildren(el('p', { class: 'chw-error' }, error.message)));
    }
  }
];
