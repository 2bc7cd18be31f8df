// Test helper: Debian's Virtuoso (package virtuoso-opensource) started on 127.0.0.1 on free ports,
// its database in a temporary folder, stopped and deleted after. The dba user's default password
// (dba) authorises the Graph Store and Update endpoints (/sparql-graph-crud-auth, /sparql-auth).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIRTUOSO_BIN = 'virtuoso-t';

/** Why Virtuoso cannot be used here, or null when it can. With CI=true a missing binary is an error. */
export function virtuosoMissing(): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${VIRTUOSO_BIN}`]).status === 0;
  if (found) return null;
  if (process.env.CI === 'true') throw new Error(`${VIRTUOSO_BIN} not found, and CI=true: .ci/run must install the Debian package virtuoso-opensource.`);
  return `${VIRTUOSO_BIN} not found (install Debian's virtuoso-opensource)`;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Virtuoso {
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

/** The virtuoso.ini of a throw-away server: loopback ports, files and DirsAllowed in `dir`, small buffers. */
export function virtuosoIni(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
MaxQueryMem = 500M
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
`;
}

/** Starts Virtuoso and waits (up to 90 s) until its SPARQL endpoint answers. */
export async function startVirtuoso(): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), virtuosoIni(dir, sqlPort, httpPort));
  const child: ChildProcess = spawn(VIRTUOSO_BIN, ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`);
      await res.arrayBuffer();
      if (res.ok) return { base, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Virtuoso did not start on 127.0.0.1:${httpPort} (exit code ${child.exitCode}); see its log in a kept run.`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
