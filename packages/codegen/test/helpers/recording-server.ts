// The real recording server (apps/server, Django under gunicorn) for tests: a fresh SQLite file in a
// temp dir, a random token, a port the OS picks on 127.0.0.1. Python comes from apps/server/.venv,
// built by scripts/python/venv.sh if missing (about a minute, once).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "./workspace.ts";

export interface RecordingServer {
  readonly url: string;
  readonly token: string;
  /** GETs a path (with the token), as JSON. */
  get(path: string): Promise<unknown>;
  stop(): Promise<void>;
}

const SERVER_DIR = join(REPO_ROOT, "apps/server");

function venvPython(): string {
  const result = spawnSync("bash", [join(REPO_ROOT, "scripts/python/venv.sh")], { cwd: REPO_ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`scripts/python/venv.sh failed:\n${result.stderr}`);
  return result.stdout.trim().split("\n").pop()!;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const python = venvPython();
  const dir = mkdtempSync(join(tmpdir(), "clone-recording-"));
  const token = randomBytes(24).toString("hex");
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:///${join(dir, "db.sqlite3")}`,
    CLONE_INGEST_TOKEN: token,
    // The server refuses to start without a secret key outside DEBUG (clone_server/startup.py).
    DJANGO_SECRET_KEY: randomBytes(32).toString("hex"),
    DJANGO_SETTINGS_MODULE: "clone_server.settings",
  };
  const migrate = spawnSync(python, ["manage.py", "migrate", "-v", "0"], { cwd: SERVER_DIR, env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrate failed:\n${migrate.stderr}`);
  const gunicorn = join(dirname(python), "gunicorn");
  const child = spawn(gunicorn, ["clone_server.wsgi", "-b", "127.0.0.1:0", "-w", "1", "--log-level", "info", "--no-control-socket"], {
    cwd: SERVER_DIR,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await listeningUrl(child);
  const get = async (path: string) => {
    const response = await fetch(new URL(path, url), { headers: { Authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, token, get, stop };
}

/** Gunicorn logs the address it bound ("Listening at: http://127.0.0.1:41234"). */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => fail(new Error(`gunicorn did not start in 60 s:\n${log}`)), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      reject(error);
    };
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (text: string) => {
      log += text;
      const match = /Listening at: (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => fail(new Error(`gunicorn exited with ${code}:\n${log}`)));
  });
}
