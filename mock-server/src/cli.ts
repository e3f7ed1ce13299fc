#!/usr/bin/env node
// modulex-mock [--port 4010] [--host 127.0.0.1] [--allowed-host NAME]... [--public-url URL] [--seed seed.json] [--state-file FILE] [--strict] [--master-key KEY]
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startServer } from "./node.js";
import { parseSeed, type Seed } from "./core/seed.js";
import { demoSeed } from "./demo.js";
import { formatBanner } from "./banner.js";
import { errorMessage } from "./policy/error-message.js";

const MASTER_KEY_ENV = "MODULEX_MOCK_MASTER_KEY";

const USAGE = `Usage: modulex-mock [--port 4010] [--host 127.0.0.1] [--allowed-host NAME]... [--public-url URL]
                    [--seed seed.json] [--state-file FILE] [--strict] [--master-key KEY]

Starts the stateful ModuleX mock as an HTTP server and prints the demo organizations and API keys.
  --port N       port to listen on (default 4010; 0 picks a free one)
  --host H       address to bind (default 127.0.0.1)
  --allowed-host NAME
                 also answer requests for this Host name (repeatable; ".example.test" takes its
                 subdomains too). By default only this machine's names (localhost, 127.0.0.1,
                 [::1]) and the address a request arrived on: other names may be DNS rebinding
  --public-url U where the OAuth2 authorization_url points (default: the URL it listens on)
  --seed FILE    JSON seed file (format: mock-server/README.md); default: the built-in demo seed
  --state-file F keep the store in this JSON file across restarts: loaded at start (the seed is
                 used only while the file does not exist), replaced atomically after every change
                 and at exit. Hashes and ciphertext only, sealed under the master key, which it
                 therefore needs (--master-key or ${MASTER_KEY_ENV}). A file it cannot load stops
                 the start and is never overwritten
  --strict       our stricter reading of the docs: unknown body fields are a 400 (default: ignored,
                 named in a Warning header), timestamps are RFC 3339 (default: UTC without a zone,
                 as the docs print them), test-temporary answers a bad body 400 (default: the docs' 500)
  --master-key K the key secrets are encrypted and API keys hashed under (16+ characters); better
                 in the environment, as ${MASTER_KEY_ENV}, than on a command line others can list.
                 Default: a random key for this process, kept nowhere, so a dump of
                 GET /__mock/state cannot be decrypted
  -h, --help     this text
Ctrl-C or SIGTERM stops it.`;

async function main(): Promise<void> {
  let values: {
    port?: string;
    host?: string;
    "allowed-host"?: string[];
    "public-url"?: string;
    seed?: string;
    "state-file"?: string;
    strict?: boolean;
    "master-key"?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        "public-url": { type: "string" },
        seed: { type: "string" },
        "state-file": { type: "string" },
        strict: { type: "boolean" },
        "master-key": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new Error(`${errorMessage(error)}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (got ${values.port})\n${USAGE}`);
  let seed: Seed = demoSeed;
  if (values.seed) {
    let text: string;
    try {
      text = await readFile(values.seed, "utf8");
    } catch (error) {
      throw new Error(`Cannot read seed file ${values.seed}: ${errorMessage(error)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // The parser's message can quote the file, which holds plaintext keys and secrets: keep only the position.
      const position = /position (\d+)/.exec(errorMessage(error))?.[1];
      throw new Error(`Seed file ${values.seed} is not valid JSON${position ? ` (at position ${position})` : ""}`);
    }
    seed = parseSeed(json);
  }
  // Never echoed: not in the banner, not in an error message.
  const masterKey = values["master-key"] ?? (process.env[MASTER_KEY_ENV] || undefined);
  const keySource = values["master-key"] !== undefined ? "--master-key" : masterKey ? MASTER_KEY_ENV : null;
  if (masterKey !== undefined && masterKey.length < 16)
    throw new Error(`The master key from ${keySource} must be at least 16 characters`);
  const statePath = values["state-file"];
  if (statePath !== undefined && masterKey === undefined) {
    throw new Error(
      `--state-file needs a master key: the file's secrets are sealed under it, and a random key would be lost at exit. Set ${MASTER_KEY_ENV} (or pass --master-key)`,
    );
  }
  const host = values.host ?? "127.0.0.1";
  const allowedHosts = values["allowed-host"] ?? [];
  const publicUrl = values["public-url"];
  if (publicUrl !== undefined && !/^https?:\/\/[^/]/.test(publicUrl))
    throw new Error(`--public-url must be an http(s) URL (got ${publicUrl})\n${USAGE}`);
  const server = await startServer({
    port,
    host,
    allowedHosts,
    publicUrl,
    seed,
    strict: values.strict === true,
    masterKey,
    ...(statePath === undefined ? {} : { stateFile: statePath }),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE")
      throw new Error(`Port ${port} on ${host} is already in use: stop what is using it, or pick another with --port`);
    throw error;
  });
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  console.log(
    formatBanner(
      server.url,
      seed,
      `${values.seed ?? "built-in demo"}${statePath === undefined ? "" : `; state kept in ${statePath}`}`,
      keySource,
    ),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
