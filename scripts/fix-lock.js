#!/usr/bin/env node
/**
 * Run after any `npm install` that rewrites package-lock.json: this workplace's npm registry does
 * not carry the other platforms' builds of some optional packages (@unrs/resolver-binding-*), so
 * npm leaves them out of the lock, and `npm ci` then refuses the lock. This adds lock entries for
 * them with their os/cpu, which npm ci skips on this platform without fetching anything.
 */
const fs = require('fs');
const file = process.argv[2] || 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split('/').pop().replace(/^resolver-binding-/, '');
  const parts = n.split('-');
  const os = parts[0];
  const cpu = parts[1];
  const entry = { os: [os], cpu: [cpu] };
  if (/-gnu|gnueabihf/.test(n)) entry.libc = ['glibc'];
  if (/-musl|musleabihf/.test(n)) entry.libc = ['musl'];
  return entry;
};
let added = 0;
for (const [key, meta] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies || {})) {
    const at = `${key ? key + '/' : ''}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pk[at] || pk[top]) continue;
    const entry = { version, dev: !!meta.dev, optional: true, ...platform(dep) };
    if (dep.includes('wasm32-wasi')) { entry.cpu = ['wasm32']; delete entry.os; }
    pk[top] = entry;
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} platform-only optional entries`);
