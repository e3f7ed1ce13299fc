// The spec's error envelope, `{"detail": "<string>"}`.

/** Is `body` the `{"detail": "<string>"}` error envelope (a non-empty detail)? */
export function hasDetail(body: unknown): boolean {
  return (
    !!body && typeof body === "object" && "detail" in body && typeof body.detail === "string" && body.detail.length > 0
  );
}
