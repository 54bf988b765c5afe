/**
 * Entry of `npm run shinrai -- <command>` (see run-cli.ts for the commands).
 * The exit code is set rather than forced, so everything written is flushed.
 */
import { runCli } from './run-cli';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
