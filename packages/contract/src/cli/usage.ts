// `modulex-contract --help`.
import {
  DEFAULT_MAX_REQUESTS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RUNS,
  DEFAULT_SEED,
} from "../options/normalize-options.js";

export const USAGE = `Usage: modulex-contract --base-url URL --org ID --api-key KEY [options]
       modulex-contract cleanup --base-url URL --org ID --api-key KEY [--jwt TOKEN] [--yes]

Verifies a server against openapi/modulex.yaml. Exit 0: every check held; 1: a check failed
(or the coverage gate, with --require-coverage); 2: bad usage or the run could not start;
3: stopped at --max-duration or --max-requests (partial report); 130 / 143: interrupted by
SIGINT / SIGTERM (partial report). An interrupted or stopped run first deletes what it created;
a second signal exits at once.

cleanup lists what earlier runs left behind (credentials and API keys named "modulex-contract…")
in --org, and --other-org with --outsider-key; with --yes it deletes them. It touches nothing else.

Required
  --base-url URL        the server, e.g. http://127.0.0.1:4010 (no user:password@ in it)
  --org ID              the organization to work in (X-Organization-ID, a UUID); use a test organization:
                        the run creates and deletes credentials, API keys and invitations there
  --api-key KEY         an API key of an owner of --org

Principals (each one enables more checks; all optional)
  --jwt TOKEN           a sign-in token (JWT) of the same owner: API-key routes, createOrganization
  --admin-key KEY       an admin of --org (must be refused owner-only actions)
  --member-key KEY      a legacy 'member' of --org (refused on every owner/admin route)
  --inactive-key KEY    an inactive user who is a member of --org (refused everywhere but /me)
  --outsider-key KEY    a user who is not a member of --org (best: an owner of --other-org)
  --locked-key KEY      a key locked to --org, to be refused on --other-org
  --other-org ID        a second organization, for tenant isolation and the locked key

Run
  --seed N              fast-check seed (default ${DEFAULT_SEED}: the same requests every run)
  --runs N              generated requests per operation and polarity (default ${DEFAULT_RUNS})
  --timeout MS          how long one request may take before it fails (default ${DEFAULT_REQUEST_TIMEOUT_MS})
  --strict              the strict profile: our stricter choices on top of what the docs guarantee
                        (unknown body fields and empty updates refused, rate-limit headers on every
                        authenticated answer, RFC 3339 timestamps, WWW-Authenticate on 401, 400
                        instead of test-temporary's 500 wrapper, audit/usage shapes as specified)
  --no-rate-limit       skip the last phase, which spends a rate-limit window to observe 429s

Load and time
  --max-requests N      the most requests the run sends (default ${DEFAULT_MAX_REQUESTS}); the 429 phase runs only
                        if spending the observed X-RateLimit-Limit fits what is left
  --rate N[/s|/m]       at most N requests per second (or minute); default: no pacing
  --concurrency N       requests in flight at once (default 1)
  --max-duration T      stop after T (seconds, or 90s, 5m), delete what the run created, report, exit 3
  --quiet               no progress on stderr (default: a line per phase; in place on a TTY)

Selection (skipped operations and checks are listed in the report)
  --include-operation X only these operations: an operationId or a tag, repeatable or comma-separated
  --exclude-operation X leave these out (never sent)
  --checks A,B          only these checks
  --exclude-checks A,B  every check but these
  --require-coverage    also fail unless every operation and documented non-5xx status was seen
  --json                print the JSON report instead of the text one
  --report FILE         also write the text (Markdown) report to FILE
  --junit FILE          also write a JUnit XML report to FILE (one test case per check and operation)
  -h, --help            this text

Every key flag can instead be set in the environment: MODULEX_CONTRACT_API_KEY,
MODULEX_CONTRACT_JWT, MODULEX_CONTRACT_ADMIN_KEY, MODULEX_CONTRACT_MEMBER_KEY,
MODULEX_CONTRACT_INACTIVE_KEY, MODULEX_CONTRACT_OUTSIDER_KEY, MODULEX_CONTRACT_LOCKED_KEY.`;
