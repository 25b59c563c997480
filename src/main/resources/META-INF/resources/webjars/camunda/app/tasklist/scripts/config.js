// Tasklist's configuration (app/tasklist/scripts/config.js), which the Spring Boot starter serves from the classpath
// before the webjar's own: the settings every webapp shares, and the scripts only Tasklist needs (resolved against
// app/tasklist/).
import shared from '../../collective-healing/config.js';

export default {
  ...shared,
  customScripts: [...shared.customScripts, 'scripts/header-actions', 'scripts/deadlines']
};
