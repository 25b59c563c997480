// The login page of every webapp shows Camunda's wordmark (hidden by webapps.css) and only `app.name`
// ("Workflow") under it; users should read the product's full name there, as the header shows it after login.
// The name comes from config.js, so it is set in one place. Loaded through `customScripts` (config.js).

const NAME_SELECTOR = '.login-header .app-name';

import('./config.js').then(({ default: config }) => {
  const productName = config.app.vendor + ' ' + config.app.name;
  // Angular draws the login page after this script runs and again after each logout.
  const name = () => document.querySelectorAll(NAME_SELECTOR).forEach(element => {
    if (element.textContent.trim() !== productName) {
      element.textContent = productName;
    }
  });
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  name();
});
