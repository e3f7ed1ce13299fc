// Why a run stopped before its end on purpose (not a failure of the server): a signal, or one of
// the run's bounds. Thrown by Session#send once the run is stopping, so every scenario unwinds.

export type StopReason = "SIGINT" | "SIGTERM" | "max-duration" | "max-requests";

export class RunStopped extends Error {
  override name = "RunStopped";
  constructor(readonly reason: StopReason) {
    super(`the run was stopped (${reason})`);
  }
}

/** What each reason means, for the report. */
export const STOP_REASONS: Record<StopReason, string> = {
  SIGINT: "interrupted (SIGINT)",
  SIGTERM: "interrupted (SIGTERM)",
  "max-duration": "stopped at --max-duration",
  "max-requests": "stopped at --max-requests",
};
