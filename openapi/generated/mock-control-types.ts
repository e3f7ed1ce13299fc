// GENERATED FILE — do not edit. Source: openapi/mock-control.yaml; regenerate with `npm run generate`.
export type paths = {
    "/__mock/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as a seeded user
         * @description Issues a JWT as the identity provider would (signed by the mock's own key pair, ES256, one hour). Every request verifies its signature and expiry; a tampered or expired JWT gets 401.
         */
        post: operations["mockSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to the seed
         * @description Drops every change, fault and rate-limit counter and reloads the seed, in time proportional to the seed (the old tables are dropped whole).
         */
        post: operations["mockReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dump the raw stored records
         * @description What a database dump would show, to anyone who can reach the server (over HTTP: from this
         *     machine, or a page on it; pages of other sites cannot read it). API keys, OAuth states and
         *     codes appear only as keyed hashes, credential secrets and PKCE verifiers only as
         *     AES-256-GCM ciphertext, under keys derived from the master key, which is never shown
         *     (the standalone server's is random per process unless `--master-key` or
         *     `MODULEX_MOCK_MASTER_KEY` sets it). Streamed as it is read.
         */
        get: operations["mockGetState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Arm a fault
         * @description Makes the next `count` requests that match `method` and `path` (a path pattern such as `/credentials/*`) answer with `status` (and `Retry-After` when given), after `delay_ms`; with `count` null, every such request until the faults are cleared. A `status` of 0 adds only the delay. At most 100 faults are armed at once (a 400 past that; used-up faults free their place).
         */
        post: operations["mockCreateFault"];
        /**
         * Clear every armed fault
         * @description Disarms every armed fault at once; requests answer normally again.
         */
        delete: operations["mockClearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/oauth/{integration_name}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provider's consent screen
         * @description Consents at once and redirects to `redirect_uri` with `code` and `state`. Requires
         *     `code_challenge_method=S256`, the provider's one client (`client_id=modulex-mock`) and a
         *     registered `redirect_uri`: the http(s) `redirect_uri` of a connection started with
         *     `POST /credentials/oauth2/authorize` that has neither completed nor expired; anything else
         *     is a 400 and no redirect (RFC 6749 §4.1.2.1). A code lasts ten minutes; at most 1000 are
         *     kept (the oldest goes first).
         */
        get: operations["mockOAuthAuthorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/oauth/{integration_name}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider's token endpoint
         * @description Exchanges a code for tokens (RFC 6749 §4.1.3) after checking `code_verifier` against the S256 challenge (RFC 7636 §4.6). A code works once and for ten minutes.
         */
        post: operations["mockOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Error: {
            detail: string;
        };
        FaultRequest: {
            /**
             * @default *
             * @enum {string}
             */
            method?: "GET" | "POST" | "PUT" | "DELETE" | "*";
            /** @description Path pattern; `*` matches one segment, a trailing `/**` any rest. */
            path: string;
            /**
             * @default 503
             * @enum {integer}
             */
            status?: 0 | 400 | 401 | 403 | 404 | 408 | 409 | 429 | 500 | 502 | 503 | 504;
            retry_after?: number | null;
            /**
             * @description How many matching requests the fault answers; `null` arms it until cleared (DELETE /__mock/faults, or a reset). A client that retries (the SDK retries 5xx on idempotent methods and waits out short 429s) spends a counted fault on its first attempt and succeeds on the next: arm `count` past its retries, or `null`, to make the failure reach the caller.
             * @default 1
             */
            count?: number | null;
            /** @default 0 */
            delay_ms?: number;
        };
        Fault: {
            fault_id: number;
            method: string;
            path: string;
            status: number;
            retry_after: number | null;
            /** @description Uses left, or null: until cleared. */
            count: number | null;
            delay_ms: number;
        };
    };
    responses: {
        /** @description Refused over HTTP: a `Host` the server does not answer (DNS rebinding), or a page of another site (its `Origin`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Cross-site request refused: the mock's control routes take no requests from pages of https://evil.example (only from pages on this machine or an allowed name)"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A body of another media type than the route's (`application/json`; the token endpoint, `application/x-www-form-urlencoded`). Pages can send `text/plain` and forms to any site without a CORS preflight. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Content-Type text/plain is not accepted here: send application/json"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "email is required"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "No seeded user with that email"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    mockSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "owner@acme.test"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @description Lifetime; a negative value issues an already-expired token, for tests. */
                    expires_in_seconds?: number;
                };
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2ln",
                     *       "expires_at": "2026-01-19T13:00:00Z"
                     *     }
                     */
                    "application/json": {
                        token: string;
                        /** Format: date-time */
                        expires_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    mockReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    mockGetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored records, by collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizations": [],
                     *       "users": [],
                     *       "memberships": [],
                     *       "api_keys": [],
                     *       "credentials": [],
                     *       "audit_events": []
                     *     }
                     */
                    "application/json": {
                        [key: string]: Record<string, never>[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    mockCreateFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "GET",
                 *       "path": "/credentials",
                 *       "status": 429,
                 *       "retry_after": 2,
                 *       "count": 1
                 *     }
                 */
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            /** @description The armed fault. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fault_id": 1,
                     *       "method": "GET",
                     *       "path": "/credentials",
                     *       "status": 429,
                     *       "retry_after": 2,
                     *       "count": 1,
                     *       "delay_ms": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    mockClearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    mockOAuthAuthorize: {
        parameters: {
            query: {
                response_type: "code";
                client_id: string;
                redirect_uri: string;
                state: string;
                code_challenge: string;
                code_challenge_method: "S256";
            };
            header?: never;
            path: {
                integration_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the client with `code` and `state`. */
            302: {
                headers: {
                    /** @description redirect_uri, with code and state added */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    mockOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integration_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    grant_type: "authorization_code";
                    code: string;
                    code_verifier: string;
                    redirect_uri: string;
                };
            };
        };
        responses: {
            /** @description Tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "gho_16C7e42F292c6912E7710c838347Ae178B4a",
                     *       "refresh_token": "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498",
                     *       "token_type": "bearer",
                     *       "expires_in": 28800
                     *     }
                     */
                    "application/json": {
                        access_token: string;
                        refresh_token?: string;
                        token_type: string;
                        expires_in: number;
                    };
                };
            };
            /** @description invalid_grant and friends (RFC 6749 §5.2). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_grant",
                     *       "error_description": "code_verifier does not match the challenge"
                     *     }
                     */
                    "application/json": {
                        error: string;
                        error_description?: string;
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
