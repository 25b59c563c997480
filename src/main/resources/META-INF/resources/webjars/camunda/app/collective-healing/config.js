// What every Camunda webapp (Tasklist, Cockpit, Admin, Welcome) shares: each app's own scripts/config.js,
// which the webapp loads as an ES module, re-exports this one, so the apps cannot drift apart.
export default {
  // The header and the page title show "<vendor> <name>": together they read "Collective Healing Workflow",
  // which is what users know the product as.
  app: {
    vendor: 'Collective Healing',
    name: 'Workflow'
  },
  // Resolved against app/<name>/, hence the step up; the webapp loads it as a module before it starts.
  customScripts: ['../collective-healing/site-in-header', '../collective-healing/product-on-login']
};
