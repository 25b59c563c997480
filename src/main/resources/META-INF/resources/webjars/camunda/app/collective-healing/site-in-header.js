// Puts the logged-in user's site (the name of the tenant they belong to, e.g. "Houston") beside the product
// name in the header, so someone working cases always sees whose cases they are. Loaded by every webapp
// through `customScripts` (collective-healing/config.js).
//
// It asks the webapps' own API, in the user's session: who is logged in, then which tenants that user is a
// member of. The engine lets a member read its own tenant and no other, so nobody learns another site's name.
// Users without a site (administrators) get no label. Any failure leaves the header as Camunda drew it.

const LABEL_CLASS = 'chw-site';

const base = document.querySelector('base');
const adminApi = base && base.getAttribute('admin-api');
const engineApi = base && base.getAttribute('engine-api');
// app/<app>/<engine>/ is where every webapp page lives; "default" is the engine of this application
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';

// The header's account menu exists exactly while someone is logged in, and Angular makes a new one for each
// login; a label belongs to the account element it was looked up for.
let labelledAccount = null;
let lookup = 0;

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(url + ': ' + response.status);
  }
  return response.json();
}

async function siteNames() {
  const user = await getJson(adminApi + 'auth/user/' + encodeURIComponent(engine));
  const tenants = await getJson(engineApi + 'engine/' + encodeURIComponent(engine) + '/tenant?userMember='
    + encodeURIComponent(user.userId));
  return tenants.map(tenant => tenant.name || tenant.id);
}

function removeLabel() {
  document.querySelectorAll('.' + LABEL_CLASS).forEach(label => label.remove());
}

function showLabel(text) {
  const brand = document.querySelector('.navbar-brand');
  if (!brand) {
    return;
  }
  removeLabel();
  const label = document.createElement('span');
  label.className = LABEL_CLASS;
  label.textContent = text;
  brand.appendChild(label);
}

function refresh() {
  const account = document.querySelector('.navbar .account, [cam-widget-header] .account');
  if (account === labelledAccount) {
    return;
  }
  labelledAccount = account;
  const current = ++lookup;
  removeLabel();
  if (!account) {
    return;
  }
  siteNames()
    .then(names => {
      // a logout or another login since the lookup started makes its answer stale
      if (current === lookup && names.length > 0) {
        showLabel(names.join(', '));
      }
    })
    .catch(() => {});
}

try {
  if (adminApi && engineApi && window.fetch && window.MutationObserver) {
    new MutationObserver(() => {
      try {
        refresh();
      } catch (e) {
        // never let the label get in the way of the webapp
      }
    }).observe(document.body, { childList: true, subtree: true });
    refresh();
  }
} catch (e) {
  // as above: without the label the webapp works as before
}
