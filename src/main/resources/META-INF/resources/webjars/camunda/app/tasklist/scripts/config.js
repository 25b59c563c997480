// Tasklist configuration (Camunda 7 webapps, app/tasklist/scripts/config.js). The Spring Boot starter serves
// it from the classpath, and the application's own copy comes before the webjar's.
export default {
  // The header shows "<vendor> <name>": together they read "Collective Healing Workflow", which is what a
  // caseworker knows the product as.
  app: {
    vendor: 'Collective Healing',
    name: 'Workflow'
  }
};
