import type { MewsConfig } from '../config/schema.js';

export interface MewsAddresses {
  apiUrl: string;
  webSocketUrl: string;
}

const KNOWN: Record<'demo' | 'production', MewsAddresses> = {
  demo: { apiUrl: 'https://api.mews-demo.com', webSocketUrl: 'wss://ws.mews-demo.com' },
  production: { apiUrl: 'https://api.mews.com', webSocketUrl: 'wss://ws.mews.com' },
};

export function mewsAddresses(m: Pick<MewsConfig, 'environment' | 'apiUrl' | 'webSocketUrl'>): MewsAddresses {
  if (m.environment !== 'custom') return KNOWN[m.environment];
  return { apiUrl: m.apiUrl!.replace(/\/+$/, ''), webSocketUrl: m.webSocketUrl!.replace(/\/+$/, '') };
}

export const socketEndpoint = (webSocketUrl: string) => `${webSocketUrl}/ws/connector`;
