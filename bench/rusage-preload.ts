/**
 * Preloaded (node -r) into a measured child process: when it exits, writes its peak resident
 * memory and CPU time as JSON to the file named by BENCH_RUSAGE_FILE.
 */
import fs from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    const heap = process.memoryUsage();
    fs.writeFileSync(file, JSON.stringify({ maxRssBytes: u.maxRSS * 1024, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, heapTotal: heap.heapTotal }));
  });
}
