import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Plugin } from "vite";

// msw's worker script, served and emitted from the installed msw, so it always matches the msw
// the mock runs with (what `npx msw init public/` would copy, without a file to keep in sync).
const workerScript = () => readFileSync(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");

function mswWorker(): Plugin {
  return {
    name: "msw-worker",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_req, res) => {
        res.setHeader("Content-Type", "text/javascript");
        res.end(workerScript());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: workerScript() });
    },
  };
}

export default defineConfig({
  plugins: [mswWorker()],
  build: { target: "es2022", reportCompressedSize: true },
});
