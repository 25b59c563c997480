// Shows Tasklist's "Start process" and "Create task" only to users who can use them, so caseworkers are not
// offered buttons that end in an empty list or a refusal. The engine decides, in the user's session, exactly as it
// will when the button is used: "Start process" stays when it lists a process the user may start from Tasklist
// (Tasklist's own query for that dialog), "Create task" when the user holds CREATE on tasks.
//
// While the answer is out, the button is held back (data-chw-access="checking", hidden by user-styles.css), so it
// does not flash up and vanish; any failure gives it back as Camunda drew it: the engine still refuses what a
// user may not do, so showing a button too many is the safe way to fail.

const ATTRIBUTE = 'data-chw-access';

const base = document.querySelector('base');
const engineApi = base && base.getAttribute('engine-api');
// app/<app>/<engine>/ is where every webapp page lives; "default" is the engine of this application
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';
const engineRoot = engineApi + 'engine/' + encodeURIComponent(engine) + '/';

// each header action (the class Tasklist gives its <li>) and the engine's answer to "may this user use it?"
const CHECKS = {
  'start-process-action': () => getJson('process-definition/count?latest=true&active=true'
    + '&startableInTasklist=true&startablePermissionCheck=true').then(result => result.count > 0),
  'create-task-action': () => getJson('authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7')
    .then(result => result.authorized === true)
};

// per action: 'checking', 'granted', 'denied', or absent (unknown: leave Camunda's button alone)
let access = {};
let checkedAccount = null;
let lookup = 0;

async function getJson(path) {
  const response = await fetch(engineRoot + path, { credentials: 'same-origin',
    headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(path + ': ' + response.status);
  }
  return response.json();
}

function apply() {
  Object.keys(CHECKS).forEach(action => {
    document.querySelectorAll('li.' + action).forEach(item => {
      const state = access[action];
      if (!state) {
        item.removeAttribute(ATTRIBUTE);
      } else if (item.getAttribute(ATTRIBUTE) !== state) {
        item.setAttribute(ATTRIBUTE, state);
      }
    });
  });
}

// The header's account menu exists exactly while someone is logged in, and Angular makes a new one for each
// login: the answers belong to the account they were asked for.
function refresh() {
  const account = document.querySelector('.navbar .account, [cam-widget-header] .account');
  if (account !== checkedAccount) {
    checkedAccount = account;
    const current = ++lookup;
    access = {};
    if (account) {
      Object.entries(CHECKS).forEach(([action, check]) => {
        access[action] = 'checking';
        check()
          .then(usable => {
            // a logout or another login since the lookup started makes its answer stale
            if (current === lookup) {
              access[action] = usable ? 'granted' : 'denied';
            }
          })
          .catch(() => {
            if (current === lookup) {
              delete access[action];
            }
          })
          .finally(() => {
            try {
              apply();
            } catch (e) {
              // never let this get in the way of the webapp
            }
          });
      });
    }
  }
  apply();
}

try {
  if (engineApi && window.fetch && window.MutationObserver && base.getAttribute('app-name') === 'tasklist') {
    new MutationObserver(() => {
      try {
        refresh();
      } catch (e) {
        // never let this get in the way of the webapp
      }
    }).observe(document.body, { childList: true, subtree: true });
    refresh();
  }
} catch (e) {
  // as above: Tasklist's header stays as Camunda drew it
}
