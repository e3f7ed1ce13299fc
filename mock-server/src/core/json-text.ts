// The JSON answers the core builds carry their text beside them, not in a body stream: building
// and then reading back a stream for every answer is most of what a Response costs. The HTTP
// server writes the text in one call (as @hono/node-server does with the Responses it is handed);
// everything that hands a Response to someone else (mock.handle, the msw handlers) gives it a
// real body first (`withBody`). Held weakly: a text goes with its Response.
const texts = new WeakMap<Response, string>();

/** A Response whose body is `text`, kept beside it until `withBody` puts it in. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(null, init);
  texts.set(response, text);
  return response;
}

/** The text of a Response built by textResponse, else undefined. */
export function knownText(response: Response): string | undefined {
  return texts.get(response);
}

/** `response` with its text as a real body (a Response of textResponse), or as it is. */
export function withBody(response: Response): Response {
  const text = texts.get(response);
  if (text === undefined) return response;
  const { status, statusText, headers } = response;
  return new Response(text, { status, statusText, headers });
}
