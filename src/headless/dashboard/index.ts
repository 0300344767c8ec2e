export {
  startDashboard,
  type Dashboard,
  type DashboardOptions,
  type DashboardLog,
  type ClientMessage,
  type ServerMessage,
} from './dashboard.js';
export { isLoopbackHost } from './is-loopback-host.js';
