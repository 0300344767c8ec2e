export {
  startDashboard,
  type Dashboard,
  type DashboardOptions,
  type DashboardLog,
  type ClientMessage,
  type ServerMessage,
} from './server.js';
export { isLoopbackHost } from './hosts.js';
