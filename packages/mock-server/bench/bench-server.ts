// Child-process servers and a keep-alive request helper shared by the HTTP benchmarks.
import { type ChildProcess, spawn } from 'node:child_process';
import type { Agent } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';

const PACKAGE_DIR = join(import.meta.dirname, '..');

/** Start `node --import tsx <args>` in the package and resolve once it prints its URL. */
export function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@govkit/source', ...args],
    { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      // Keep draining stdout so a chatty server never blocks on a full pipe.
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({ child, url: match[1] as string });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

/** Stop a server started by {@link startServer}. */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** One request over `agent`; resolves with the status and the body text. */
export function send(
  agent: Agent,
  url: string,
  method = 'GET',
  body?: string,
  extraHeaders: Record<string, string> = {},
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers = { 'content-type': 'application/json', ...extraHeaders };
    const req = request(url, { agent, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
