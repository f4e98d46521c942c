/** The command line's entry point (`node build/cli/cchc.js`, the bundle of webpack.cli.config.js). */
import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong đợi / unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
