// msw is the adapter, not the router: one handler whose predicate asks the mock's own router, so
// setupServer and setupWorker answer only the API's paths under the base URL, and let every
// other request (another origin, a path the API does not have) through untouched.
// `msw/core/http` rather than the `msw` root: the root also loads msw's WebSocket support, whose
// BroadcastChannel keeps Deno from exiting.
import { http } from "msw/core/http";
import type { RequestHandler } from "msw";
import type { RequestHandlerFn } from "./handle-request.js";
import { toResponse } from "./answer.js";
import { apiPath, type ApiBase } from "../policy/api-base.js";

/** The msw handlers of a mock: requests under `base` to a path the API has. */
export function mswHandlers(
  handle: RequestHandlerFn,
  isApiPath: (method: string, pathname: string) => boolean,
  base: ApiBase,
): RequestHandler[] {
  const ours = (request: Request) => {
    const path = apiPath(new URL(request.url), base);
    return path !== null && isApiPath(request.method, path);
  };
  const answer = (request: Request) => {
    const url = new URL(request.url);
    return handle(request, url, apiPath(url, base)!);
  };
  return [
    http.all(
      ({ request }) => ours(request),
      async ({ request }) => toResponse(await answer(request)),
    ),
  ];
}
