export { startDashboard, type Dashboard, type DashboardOptions, type DashboardLog, type ClientMessage, type ServerMessage } from './server.js';
export { isLoopbackHost } from './hosts.js';
export { callApi, rpcArgs, RPC_METHODS, isRpcMethod, RpcRefused, type RpcMethod } from './rpc.js';
