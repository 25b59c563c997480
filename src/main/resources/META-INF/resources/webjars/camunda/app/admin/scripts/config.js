// Admin's configuration (app/admin/scripts/config.js), which the Spring Boot starter serves from the classpath
// before the webjar's own: the settings every webapp shares.
export { default } from '../../collective-healing/config.js';
