import type { Server } from 'node:http';
export function serveDist(root: string, port?: number): Promise<{ server: Server; url: string }>;
