// GENERATED FILE — do not edit. Source: openapi/modulex.yaml; regenerate with `npm run generate`.
export type paths = {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in caller
         * @description Returns the caller (from the JWT or the API key's owner), whether the account is active,
         *     how the request was authenticated, and every organization membership with its role (an
         *     API key locked to one organization sees only that membership).
         *     Inactive users can call this route (so an app can explain why everything else answers
         *     403); every other route refuses them.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's organizations
         * @description Every organization the caller belongs to, with the caller's role in it. An API key locked to one organization sees only that organization.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization; the caller becomes its owner. Requires a person's sign-in (JWT); an API key gets 403.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's members
         * @description Every member of the organization in `X-Organization-ID`, with role and active flag. Owner or admin only.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a teammate
         * @description Invites a teammate by email. Invited teammates join as `admin` (there is no other role to
         *     invite to). A person who already has an account joins at once (`status: accepted`);
         *     otherwise the invitation stays `pending`. Inviting someone who is already a member, or
         *     already invited, is a 409. Owner or admin only.
         */
        post: operations["createMemberInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes a member from the organization. Owner only: an admin gets 403. The last owner
         *     cannot be removed (409). A user who is not a member of this organization is a 404.
         */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's API keys
         * @description The caller's own API keys, newest first. Never includes a key's value or hash. Requires a person's sign-in (JWT).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key for code. Requires a person's sign-in (JWT): an API key gets 403.
         *     The full key (`mx_live_` + at least 256 bits of randomness in base62) is in this response
         *     only; ModuleX keeps a one-way hash and a short displayable `prefix`. `organization_id`
         *     locks the key to one organization the caller belongs to (403 otherwise); requests with
         *     the key for any other organization are refused. `expires_in_seconds` (one hour to one
         *     year) is required: API tokens have an explicit expiration time. Keys loaded from a seed may
         *     have none (`expires_at: null`).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (not its value).
                 * @example 7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        /**
         * Get one of the caller's API keys
         * @description One of the caller's keys, without its value. Another user's key is a 404. Requires a person's sign-in (JWT).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes one of the caller's keys. It stops working at once (401 from then on). Requires a person's sign-in (JWT).
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the integrations catalog
         * @description Every live integration, with the auth types it supports, its logo, its test endpoint (or null when it declares none) and, for `custom`, the manifest's fields.
         */
        get: operations["listIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one integration
         * @description One integration from the catalog. An unknown name is a 404.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credentials
         * @description Lists the organization's credentials, newest first. Without `integration_name` the
         *     answer is grouped by integration (`integrations` keyed by integration name, each group
         *     with its logo, `total_count` and the `auth_types` present); with `integration_name` it is
         *     a flat list for that one integration. `auth_type` filters either shape.
         *
         *     Pagination (`limit` 1–500, default 100; `offset` ≥ 0) applies to the credentials, ordered
         *     by integration name and then newest first in the grouped shape, newest first in the flat
         *     one. Totals (`total_credentials`, `total_integrations`, each group's `total_count`, the
         *     flat `total_count`) count every match, not just this page; a page holds fewer than
         *     `limit` credentials only when it is the last. Secrets are never included.
         */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Create a credential
         * @description Stores a credential for a live integration in the organization from `X-Organization-ID`
         *     (never from the body). The secret part (`auth_data`, and `oauth_config.client_secret`) is
         *     encrypted at rest and never returned.
         *
         *     The auth type is detected, not sent as a type field: an explicit `auth_type` wins (the
         *     legacy `bearer` means `bearer_token`); otherwise `auth_data.access_token` means `oauth2`,
         *     then `auth_data.api_key` means `api_key`, then `auth_data.token` means `bearer_token`.
         *     `modulex_key` must be explicit and takes no `auth_data`; `custom` must be explicit and
         *     `auth_data` must carry the integration manifest's required fields. An auth type the
         *     integration does not support, an unknown integration, or `auth_data` that does not fit
         *     the type is a 400.
         *
         *     `make_default: true` makes this the integration's default and unsets any prior default
         *     (at most one default per integration). Writes a `CREDENTIAL_CREATED` audit event (and
         *     `CREDENTIAL_DEACTIVATED` for a default it replaced).
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/test-temporary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test an unsaved credential
         * @description Validates a credential before it is stored (the app's test-before-save step) against
         *     the integration's declared test endpoint. Nothing is stored. If the integration declares
         *     no test endpoint the answer is `is_valid: true` with `test_method: none`.
         *
         *     The docs: "test-temporary wraps any failure as 500 (Failed to test credential: ...)". The
         *     organization header and the bearer are checked before the route runs and keep their
         *     400/401/403; a failure with the body (an unknown integration, `auth_data` that does not
         *     fit, an endpoint that cannot be reached) is that documented 500 wrapper. A stricter
         *     server may answer invalid bodies with a 400 instead; both are accepted.
         */
        post: operations["testTemporaryCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve which credential an integration will use
         * @description An extension of the documented API: answers which credential a workflow in this
         *     organization would use for `integration_name`, by the documented precedence:
         *     1. `explicit` — the requested `credential_id` (it must belong to this organization and
         *        integration, else 404);
         *     2. `default` — the credential marked default, unless it has expired;
         *     3. `most_recent_user` — the newest unexpired credential that is not `modulex_key`;
         *     4. `most_recent_modulex_key` — the newest unexpired `modulex_key` credential.
         *     `resolved_by` says which rule chose it. No match is a 404 (`No credential found`). The
         *     answer is masked like the detail view. Resolution counts as a use: the credential's
         *     `last_used_at` and usage counters move.
         */
        post: operations["resolveCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/oauth2/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OAuth2 connection
         * @description Starts the OAuth2 authorization-code flow with PKCE for an integration that supports
         *     `oauth2`. The server creates and keeps the `code_verifier`; the provider sees only its
         *     S256 challenge. Send the user to `authorization_url`; the provider redirects to
         *     `redirect_uri` with `code` and `state`, which go to the callback. `state` is single-use
         *     and expires at `expires_at`.
         */
        post: operations["authorizeCredentialOAuth2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/oauth2/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an OAuth2 connection
         * @description Exchanges the provider's `code` for tokens, sending the kept `code_verifier`, and stores
         *     the result as an `oauth2` credential (201). An unknown, reused or expired `state`, a
         *     `state` from another organization, or a code the provider refuses is a 400.
         */
        post: operations["completeCredentialOAuth2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /**
         * Get one credential
         * @description One credential with its detail fields (`organization_id`, `created_by`,
         *     `created_by_email`, `auth_data_masked`). The secret itself is never returned:
         *     `auth_data_masked` is a label for OAuth2 and managed keys, or the masked secret for
         *     API-key and bearer credentials. `include_masked=true` adds the per-field masked values:
         *     the mock then answers `auth_data_masked` as an object mapping each stored `auth_data`
         *     field to its masked value (a server may instead add that object beside the label; both
         *     are accepted). A credential of another organization is a 404, exactly like a missing one.
         */
        get: operations["getCredential"];
        /**
         * Update a credential's label or metadata
         * @description Changes `display_name` and/or `metadata` in place (metadata is replaced, not merged).
         *     Secrets are not updatable here; to change a secret, rotate (create the replacement as
         *     default, test it, delete the old one). The body is read like a create's: a field other
         *     than these two (`auth_data` included) is ignored, and the mock says so in a `Warning`
         *     header (its strict mode refuses it with a 400). Either way the stored secret is
         *     unchanged. Writes `CREDENTIAL_UPDATED` when something changed.
         */
        put: operations["updateCredential"];
        post?: never;
        /**
         * Delete (revoke) a credential
         * @description Deletes the credential permanently (no soft delete, no undo). If it was the default,
         *     resolution falls through to the next valid credential, or finds none. Its audit history
         *     stays readable through `GET /audit`. Writes `CREDENTIAL_DELETED`.
         */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a saved credential
         * @description Validates a stored credential against the integration's test endpoint. A credential
         *     past its `expires_at` answers `is_valid: false` with `Credential has expired`. An
         *     integration without a test endpoint answers `is_valid: true` with `test_method: none`.
         */
        post: operations["testCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}/set-default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a credential its integration's default
         * @description Marks the credential as the default for its integration and unsets any prior default
         *     (at most one default per integration). Idempotent. Writes `CREDENTIAL_ACTIVATED` for this
         *     credential and `CREDENTIAL_DEACTIVATED` for the default it replaced.
         */
        post: operations["setDefaultCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /**
         * List a credential's audit history
         * @description The change history of one credential, newest first. The credential must exist in this organization (a deleted one's history is in `GET /audit`). The docs mark this response's fields as TBD until verified against a live response; the logged operations are the eight of `AuditOperation`.
         */
        get: operations["listCredentialAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /**
         * Get a credential's usage statistics
         * @description How often the credential has been used (resolved for a run) and when it was last used. The docs mark this response's fields as TBD until verified against a live response.
         */
        get: operations["getCredentialUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{credential_id}/oauth2/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh an OAuth2 credential (deprecated, broken)
         * @deprecated
         * @description **Deprecated.** The manual OAuth2 token-refresh endpoint is known to be broken and must
         *     not be relied on to rotate or refresh OAuth2 credentials. To refresh an expired OAuth2
         *     connection, reconnect the integration through the OAuth connect flow (which creates a
         *     fresh credential), then revoke the stale one. ModuleX refreshes OAuth2 tokens
         *     automatically at execution time when a token is within 5 minutes of expiry. The server
         *     answers this route with a 400 whose `detail` says to reconnect.
         */
        post: operations["refreshCredentialOAuth2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's credential audit log
         * @description An extension of the documented API: the organization's credential audit log, newest
         *     first, filterable by `credential_id` and `operation`. History outlives a deleted
         *     credential. Operations are exactly the eight the docs list; the current routes write
         *     `CREDENTIAL_CREATED`, `CREDENTIAL_UPDATED`, `CREDENTIAL_DELETED`, `CREDENTIAL_ACTIVATED`
         *     and `CREDENTIAL_DEACTIVATED`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
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
        /** @description The test-temporary failure wrapper's envelope. */
        TestFailedError: {
            /** @description Failed to test credential: <what went wrong>. */
            detail: string;
        };
        /** @description The standard error envelope. */
        Error: {
            /** @description What went wrong, in words. */
            detail: string;
        };
        /** @description The 429 envelope; `detail` is an object. */
        RateLimitError: {
            detail: {
                message: string;
                limit: number;
                remaining: number;
                /** @description Epoch seconds at which the window resets. */
                reset: number;
                /** @description Seconds to wait. */
                retry_after: number;
            };
        };
        /**
         * @description `owner` and `admin` are the live roles. `member` is retired (2026-06-20) and appears only on legacy memberships, which are refused on every owner/admin route.
         * @enum {string}
         */
        Role: "owner" | "admin" | "member";
        /**
         * @description An ISO-8601 date and time. The documented server prints UTC without a zone
         *     (`2026-01-19T12:00:00`, as the docs' examples show); RFC 3339 with `Z` or an offset
         *     (`2026-01-19T12:00:00Z`, `2026-01-19T13:00:00+01:00`) is accepted too. A time without a
         *     zone is UTC, never local time.
         * @example 2026-01-19T12:00:00
         */
        Timestamp: string;
        /**
         * @description A Timestamp (ISO-8601; without a zone it is UTC), or null.
         * @example 2026-01-19T12:00:00
         */
        NullableTimestamp: string | null;
        /** Format: uuid */
        Uuid: string;
        /** @description An integration's name in the catalog, e.g. `slack`, `google_drive`. */
        IntegrationName: string;
        /** @enum {string} */
        IntegrationType: "tool" | "llm_provider" | "knowledge_provider";
        /** @enum {string} */
        AuthType: "oauth2" | "api_key" | "bearer_token" | "modulex_key" | "custom";
        /**
         * @description An auth type as a request may name it. `bearer` is the legacy spelling of `bearer_token`.
         * @enum {string}
         */
        AuthTypeInput: "oauth2" | "api_key" | "bearer_token" | "modulex_key" | "custom" | "bearer";
        /** @enum {string} */
        AuditOperation: "CREDENTIAL_CREATED" | "CREDENTIAL_UPDATED" | "CREDENTIAL_DELETED" | "CREDENTIAL_ROTATED" | "CREDENTIAL_REVOKED" | "CREDENTIAL_ACTIVATED" | "CREDENTIAL_DEACTIVATED" | "MCP_DISCOVERY_REFRESHED";
        /** @description Free-form metadata stored with the credential. Keys are user data and are never renamed. */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description The secret payload, encrypted at rest and never returned. Its keys select the auth type:
         *     `access_token` (oauth2; may carry `refresh_token`, `token_type`, `scope`, `expires_in`),
         *     `api_key` (api_key), `token` (bearer_token), or the integration manifest's fields (custom).
         */
        AuthData: {
            [key: string]: string | number | boolean;
        };
        /**
         * @description What the docs call `auth_data_masked`. As a string: a label for OAuth2 and ModuleX-managed
         *     keys (e.g. `OAuth2 connection`), or the masked secret for API-key and bearer credentials
         *     (e.g. `xoxb***oken`). As an object (what `include_masked=true` adds): each stored
         *     `auth_data` field mapped to its masked value. Masking shows the first 4 and last 4
         *     characters around `***` for 16 or more characters, else `***`. Never the secret itself.
         */
        MaskedAuthData: string | {
            [key: string]: string;
        } | null;
        Me: {
            user_id: components["schemas"]["Uuid"];
            /** Format: email */
            email: string;
            name: string;
            /** @description False for a deactivated account; such a user is refused (403) everywhere but here. */
            is_active: boolean;
            /**
             * @description How this request was authenticated.
             * @enum {string}
             */
            auth_method: "jwt" | "api_key";
            /**
             * Format: uuid
             * @description The API key used, when `auth_method` is `api_key`.
             */
            api_key_id: string | null;
            memberships: components["schemas"]["Membership"][];
        };
        Membership: {
            organization_id: components["schemas"]["Uuid"];
            organization_name: string;
            role: components["schemas"]["Role"];
        };
        Organization: {
            organization_id: components["schemas"]["Uuid"];
            name: string;
            role: components["schemas"]["Role"];
            created_at: components["schemas"]["Timestamp"];
        };
        OrganizationList: {
            organizations: components["schemas"]["Organization"][];
            total: number;
        };
        CreateOrganizationRequest: {
            name: string;
        };
        Member: {
            user_id: components["schemas"]["Uuid"];
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            is_active: boolean;
            joined_at: components["schemas"]["Timestamp"];
        };
        MemberList: {
            members: components["schemas"]["Member"][];
            total: number;
        };
        CreateInvitationRequest: {
            /** Format: email */
            email: string;
        };
        Invitation: {
            invitation_id: components["schemas"]["Uuid"];
            organization_id: components["schemas"]["Uuid"];
            /** Format: email */
            email: string;
            /**
             * @description Invited teammates join as admins.
             * @enum {string}
             */
            role: "admin";
            /** @enum {string} */
            status: "pending" | "accepted";
            invited_by: components["schemas"]["Uuid"];
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description An API key as listed. Never carries the key's value or hash. */
        ApiKey: {
            api_key_id: components["schemas"]["Uuid"];
            name: string;
            /** @description The first characters of the key, to recognise it later. */
            prefix: string;
            /**
             * Format: uuid
             * @description The one organization the key is locked to, or null.
             */
            organization_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["NullableTimestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
        };
        /** @description A new API key with its full value, shown in this response only. */
        ApiKeyCreated: components["schemas"]["ApiKey"] & {
            /** @description The full key. Store it now; it cannot be shown again. */
            key: string;
        };
        ApiKeyList: {
            api_keys: components["schemas"]["ApiKey"][];
            total: number;
        };
        CreateApiKeyRequest: {
            name: string;
            /**
             * Format: uuid
             * @description Lock the key to this organization (the caller must belong to it).
             */
            organization_id?: string | null;
            /** @description Lifetime from one hour (3600) to one year (31536000). Every token has an explicit expiration time: the mock refuses a create without one (400); a server that applies a default instead must answer a non-null `expires_at`. */
            expires_in_seconds: number;
        };
        CustomField: {
            name: string;
            label: string;
            required: boolean;
            /** @description Secret fields are encrypted and only ever shown masked. */
            secret: boolean;
        };
        Integration: {
            integration_name: components["schemas"]["IntegrationName"];
            display_name: string;
            integration_type: components["schemas"]["IntegrationType"];
            description: string;
            /** Format: uri */
            logo: string;
            auth_types: components["schemas"]["AuthType"][];
            /**
             * Format: uri
             * @description The endpoint a credential test calls, or null when the integration declares none (tests then answer `test_method: none`).
             */
            test_endpoint: string | null;
            /** @description For integrations that support `custom`, the manifest's fields; otherwise null. */
            custom_fields: components["schemas"]["CustomField"][] | null;
        };
        IntegrationList: {
            integrations: components["schemas"]["Integration"][];
            total: number;
        };
        /** @description A credential as listed and as returned by writes. Never carries a secret. */
        Credential: {
            credential_id: components["schemas"]["Uuid"];
            integration_name: components["schemas"]["IntegrationName"];
            integration_type: components["schemas"]["IntegrationType"];
            display_name: string;
            auth_type: components["schemas"]["AuthType"];
            is_default: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
            expires_at: components["schemas"]["NullableTimestamp"];
            /** @description The credential's free-form metadata, or null when it has none. */
            credentials_metadata: {
                [key: string]: unknown;
            } | null;
        };
        /** @description One credential with its detail fields. Never carries a secret. */
        CredentialDetail: components["schemas"]["Credential"] & {
            organization_id: components["schemas"]["Uuid"];
            created_by: components["schemas"]["Uuid"];
            /** Format: email */
            created_by_email: string | null;
            auth_data_masked: components["schemas"]["MaskedAuthData"];
        };
        CredentialGroup: {
            integration_name: components["schemas"]["IntegrationName"];
            integration_type: components["schemas"]["IntegrationType"];
            /** Format: uri */
            logo: string;
            credentials: components["schemas"]["Credential"][];
            /** @description Matching credentials of this integration across all pages. */
            total_count: number;
            auth_types: components["schemas"]["AuthType"][];
        };
        CredentialListGrouped: {
            /** @description Groups keyed by integration name (only integrations with credentials on this page). */
            integrations: {
                [key: string]: components["schemas"]["CredentialGroup"];
            };
            /** @description Matching credentials across all pages. */
            total_credentials: number;
            /** @description Integrations with matching credentials across all pages. */
            total_integrations: number;
            filters: {
                /** @enum {string|null} */
                auth_type: "oauth2" | "api_key" | "bearer_token" | "modulex_key" | "custom" | null;
            };
        };
        CredentialListFlat: {
            integration_name: components["schemas"]["IntegrationName"];
            credentials: components["schemas"]["Credential"][];
            /** @description Matching credentials across all pages. */
            total_count: number;
            limit: number;
            offset: number;
            filters: {
                /** @enum {string|null} */
                auth_type: "oauth2" | "api_key" | "bearer_token" | "modulex_key" | "custom" | null;
            };
        };
        /** @description OAuth2 client configuration for an `oauth2` credential created directly with an `access_token`. `client_secret` is encrypted like `auth_data`. */
        OAuthConfig: {
            client_id?: string;
            client_secret?: string;
            /** Format: uri */
            token_url?: string;
            /** Format: uri */
            authorization_url?: string;
            scopes?: string[];
        };
        CreateCredentialRequest: {
            integration_name: components["schemas"]["IntegrationName"];
            auth_data?: components["schemas"]["AuthData"];
            auth_type?: components["schemas"]["AuthTypeInput"];
            oauth_config?: components["schemas"]["OAuthConfig"];
            /** @description Defaults to a generated name. */
            display_name?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @default false */
            make_default?: boolean;
            expires_at?: components["schemas"]["NullableTimestamp"];
        };
        /**
         * @description Only `display_name` and `metadata` can change. Secrets are not updatable here: a server may
         *     refuse `auth_data` (or any other field) with a 400 or ignore it, and either way the stored
         *     secret is unchanged. An empty body changes nothing.
         */
        UpdateCredentialRequest: {
            display_name?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        TestTemporaryCredentialRequest: {
            integration_name: components["schemas"]["IntegrationName"];
            /** @enum {string} */
            auth_type: "api_key" | "bearer_token" | "oauth2" | "bearer";
            auth_data: components["schemas"]["AuthData"];
        };
        CredentialTestResult: {
            is_valid: boolean;
            message: string;
            tested_at: components["schemas"]["Timestamp"];
            /** @enum {string} */
            test_method: "api_call" | "basic" | "none";
            integration_name: components["schemas"]["IntegrationName"];
            auth_type: components["schemas"]["AuthType"];
            /** Format: uri */
            test_endpoint: string | null;
            status_code: number | null;
            cost_level: string | null;
            /**
             * Format: uuid
             * @description Present when a saved credential was tested.
             */
            credential_id?: string;
        };
        ResolveCredentialRequest: {
            integration_name: components["schemas"]["IntegrationName"];
            /**
             * Format: uuid
             * @description Use exactly this credential (rule `explicit`).
             */
            credential_id?: string | null;
        };
        CredentialResolution: {
            /**
             * @description The precedence rule that chose the credential.
             * @enum {string}
             */
            resolved_by: "explicit" | "default" | "most_recent_user" | "most_recent_modulex_key";
            credential: components["schemas"]["CredentialDetail"];
        };
        OAuth2AuthorizeRequest: {
            integration_name: components["schemas"]["IntegrationName"];
            /** Format: uri */
            redirect_uri: string;
            display_name?: string;
            /** @default false */
            make_default?: boolean;
        };
        OAuth2Authorization: {
            /** Format: uri */
            authorization_url: string;
            state: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        OAuth2CallbackRequest: {
            state: string;
            code: string;
        };
        AuditEvent: {
            audit_id: components["schemas"]["Uuid"];
            organization_id: components["schemas"]["Uuid"];
            credential_id: components["schemas"]["Uuid"];
            integration_name: components["schemas"]["IntegrationName"];
            operation: components["schemas"]["AuditOperation"];
            actor_user_id: components["schemas"]["Uuid"];
            /** Format: email */
            actor_email: string | null;
            /** @enum {string} */
            auth_method: "jwt" | "api_key";
            occurred_at: components["schemas"]["Timestamp"];
            /** @description What changed (never a secret). */
            details: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description The docs: the audit response has "known field-shape issues today — treat [its] exact
         *     response fields as TBD until verified against a live response". This is the mock's shape;
         *     the contract reports a deviation from it as a warning (a failure under `--strict`) and
         *     requires only the documented operations.
         */
        AuditEventList: {
            events: components["schemas"]["AuditEvent"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * @description The docs mark the usage-statistics shape "TBD until verified against a live response".
         *     This is the mock's shape; the contract reports a deviation from it as a warning (a
         *     failure under `--strict`).
         */
        CredentialUsage: {
            credential_id: components["schemas"]["Uuid"];
            usage_count: number;
            first_used_at: components["schemas"]["NullableTimestamp"];
            last_used_at: components["schemas"]["NullableTimestamp"];
        };
    };
    responses: {
        /** @description Invalid request (missing or invalid `X-Organization-ID`, invalid body or parameters, invalid `auth_data`/`auth_type`, or a service validation error). Nothing was changed. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "X-Organization-ID header is required"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, malformed, unknown, revoked or expired bearer token. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Invalid or expired API key"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not a member of the organization; a member without the owner/admin role (the retired `member` role); an inactive user; an API key locked to another organization; an API key where a person's sign-in is required; or an owner-only action by an admin. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Not a member of this organization"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found in this organization (a record of another organization is indistinguishable from a missing one). */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Credential not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state (already a member or invited; removing the last owner). */
        Conflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "The last owner cannot be removed"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited (the org-class API rate limit, and the per-key and per-user limits). Wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit-429"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining-429"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset-429"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": {
                 *         "message": "Rate limit exceeded",
                 *         "limit": 600,
                 *         "remaining": 0,
                 *         "reset": 1768824060,
                 *         "retry_after": 42
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /** @description The service is temporarily unavailable (maintenance or overload). `Retry-After`, when present, says how many seconds to wait. Safe to retry for idempotent methods. */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying, when known. */
                "Retry-After"?: number;
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Service temporarily unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The test-temporary failure wrapper: any failure while testing an unsaved credential, its body included, as the docs describe it (`Failed to test credential: ...`). */
        TestFailed: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Failed to test credential: Unknown integration: no_such_tool (see GET /integrations)"
                 *     }
                 */
                "application/json": components["schemas"]["TestFailedError"];
            };
        };
        /** @description Unexpected error. */
        InternalError: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
         * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
         */
        OrganizationId: string;
        /**
         * @description The credential's id. One of another organization is a 404, exactly like a missing one.
         * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
         */
        CredentialId: string;
        /**
         * @description The integration's name, e.g. `slack`.
         * @example jira
         */
        IntegrationNamePath: components["schemas"]["IntegrationName"];
        /** @description Page size, 1 to 500. */
        Limit: number;
        /** @description Items to skip, 0 or more. */
        Offset: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed in the current window for the tightest applicable limit (per key, per user or per organization). Sent whenever the limiter answered; the limiter is fail-open, so a server whose limiter is down answers without it.
         * @example 600
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window. Optional, like X-RateLimit-Limit.
         * @example 599
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the current window resets, in epoch seconds. Optional, like X-RateLimit-Limit.
         * @example 1768824060
         */
        "X-RateLimit-Reset": number;
        /**
         * @description The limit that was exceeded (requests per window).
         * @example 600
         */
        "X-RateLimit-Limit-429": number;
        /**
         * @description Requests left in the current window (0).
         * @example 0
         */
        "X-RateLimit-Remaining-429": number;
        /**
         * @description When the exceeded window resets, in epoch seconds.
         * @example 1768824060
         */
        "X-RateLimit-Reset-429": number;
        /**
         * @description Seconds to wait before retrying.
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description The authentication scheme to use (RFC 9110 §11.6.1): `Bearer`.
         * @example Bearer
         */
        "WWW-Authenticate": string;
        /** @description An id for this request, for support and logs. */
        "X-Request-ID": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's organizations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizations": [
                     *         {
                     *           "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *           "name": "Acme",
                     *           "role": "owner",
                     *           "created_at": "2026-01-19T12:00:00"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrganization: {
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
                 *       "name": "Acme Labs"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The new organization, with the caller as owner. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organization_id": "0c5e8d1a-7f3b-4a6c-9e2d-1b4f6a8c0e2d",
                     *       "name": "Acme Labs",
                     *       "role": "owner",
                     *       "created_at": "2026-01-19T12:00:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "members": [
                     *         {
                     *           "user_id": "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
                     *           "email": "owner@acme.test",
                     *           "name": "Olive Owner",
                     *           "role": "owner",
                     *           "is_active": true,
                     *           "joined_at": "2026-01-19T12:00:00"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createMemberInvitation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@acme.test"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invitation_id": "2d9c6b1e-4a7f-4c3e-8b5d-0f1a2b3c4d5e",
                     *       "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *       "email": "ada@acme.test",
                     *       "role": "admin",
                     *       "status": "pending",
                     *       "invited_by": "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
                     *       "created_at": "2026-01-19T12:00:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The member's user id.
                 * @example 5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's keys. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "api_keys": [
                     *         {
                     *           "api_key_id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
                     *           "name": "ci",
                     *           "prefix": "mx_live_Q7vK",
                     *           "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *           "created_at": "2026-01-19T12:00:00",
                     *           "expires_at": null,
                     *           "last_used_at": null
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
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
                 *       "name": "ci",
                 *       "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                 *       "expires_in_seconds": 2592000
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, with its full value shown this once. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "api_key_id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
                     *       "name": "ci",
                     *       "prefix": "mx_live_Q7vK",
                     *       "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "expires_at": "2026-02-18T12:00:00",
                     *       "last_used_at": null,
                     *       "key": "mx_live_Q7vKp2Lx9ZbN4mRt8WcY1dFh6JsA3eGu5TkV0oPiXqB7nM2"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (not its value).
                 * @example 7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "api_key_id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
                     *       "name": "ci",
                     *       "prefix": "mx_live_Q7vK",
                     *       "organization_id": null,
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "expires_at": null,
                     *       "last_used_at": "2026-01-20T08:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (not its value).
                 * @example 7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /** @description Only integrations of this type. */
                integration_type?: components["schemas"]["IntegrationType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "integrations": [
                     *         {
                     *           "integration_name": "tavily",
                     *           "display_name": "Tavily",
                     *           "integration_type": "tool",
                     *           "description": "Web search for agents.",
                     *           "logo": "https://cdn.modulex.dev/logos/tavily.svg",
                     *           "auth_types": [
                     *             "api_key"
                     *           ],
                     *           "test_endpoint": "https://api.tavily.com/search",
                     *           "custom_fields": null
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's name, e.g. `slack`.
                 * @example jira
                 */
                integration_name: components["parameters"]["IntegrationNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "integration_name": "jira",
                     *       "display_name": "Jira",
                     *       "integration_type": "tool",
                     *       "description": "Issues and projects.",
                     *       "logo": "https://cdn.modulex.dev/logos/jira.svg",
                     *       "auth_types": [
                     *         "custom",
                     *         "oauth2"
                     *       ],
                     *       "test_endpoint": null,
                     *       "custom_fields": [
                     *         {
                     *           "name": "domain",
                     *           "label": "Jira domain",
                     *           "required": true,
                     *           "secret": false
                     *         },
                     *         {
                     *           "name": "email",
                     *           "label": "Account email",
                     *           "required": true,
                     *           "secret": false
                     *         },
                     *         {
                     *           "name": "api_token",
                     *           "label": "API token",
                     *           "required": true,
                     *           "secret": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCredentials: {
        parameters: {
            query?: {
                /** @description Filter to one integration and answer with a flat list. */
                integration_name?: components["schemas"]["IntegrationName"];
                /** @description Filter by auth type. */
                auth_type?: components["schemas"]["AuthType"];
                /** @description Page size, 1 to 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip, 0 or more. */
                offset?: components["parameters"]["Offset"];
            };
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credentials, grouped or flat. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialListGrouped"] | components["schemas"]["CredentialListFlat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCredentialRequest"];
            };
        };
        responses: {
            /** @description The created credential (no secret). */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *       "integration_name": "slack",
                     *       "integration_type": "tool",
                     *       "display_name": "Production Slack",
                     *       "auth_type": "api_key",
                     *       "is_default": true,
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "updated_at": "2026-01-19T12:00:00",
                     *       "last_used_at": null,
                     *       "expires_at": null,
                     *       "credentials_metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testTemporaryCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "integration_name": "tavily",
                 *       "auth_type": "api_key",
                 *       "auth_data": {
                 *         "api_key": "tvly-your-key"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TestTemporaryCredentialRequest"];
            };
        };
        responses: {
            /** @description The test result. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_valid": true,
                     *       "message": "Credential is valid for tavily (test cost: minimal)",
                     *       "tested_at": "2026-01-19T12:00:00",
                     *       "test_method": "api_call",
                     *       "integration_name": "tavily",
                     *       "auth_type": "api_key",
                     *       "test_endpoint": "https://api.tavily.com/search",
                     *       "status_code": 200,
                     *       "cost_level": "minimal"
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialTestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["TestFailed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resolveCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "integration_name": "slack"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveCredentialRequest"];
            };
        };
        responses: {
            /** @description The chosen credential and the rule that chose it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resolved_by": "default",
                     *       "credential": {
                     *         "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *         "integration_name": "slack",
                     *         "integration_type": "tool",
                     *         "display_name": "Production Slack",
                     *         "auth_type": "api_key",
                     *         "is_default": true,
                     *         "created_at": "2026-01-19T12:00:00",
                     *         "updated_at": "2026-01-19T12:00:00",
                     *         "last_used_at": "2026-01-20T09:00:00",
                     *         "expires_at": null,
                     *         "credentials_metadata": null,
                     *         "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *         "created_by": "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
                     *         "created_by_email": "owner@acme.test",
                     *         "auth_data_masked": "xoxb***oken"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialResolution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authorizeCredentialOAuth2: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "integration_name": "github",
                 *       "redirect_uri": "https://app.example.com/oauth/callback",
                 *       "display_name": "Production GitHub",
                 *       "make_default": true
                 *     }
                 */
                "application/json": components["schemas"]["OAuth2AuthorizeRequest"];
            };
        };
        responses: {
            /** @description Where to send the user. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "authorization_url": "https://github.com/login/oauth/authorize?response_type=code&client_id=modulex&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback&state=Zk3xQ9vLmN2pR7tW&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
                     *       "state": "Zk3xQ9vLmN2pR7tW",
                     *       "expires_at": "2026-01-19T12:10:00"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuth2Authorization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeCredentialOAuth2: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "Zk3xQ9vLmN2pR7tW",
                 *       "code": "SplxlOBeZQQYbYS6WxSbIA"
                 *     }
                 */
                "application/json": components["schemas"]["OAuth2CallbackRequest"];
            };
        };
        responses: {
            /** @description The created credential. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credential_id": "b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef",
                     *       "integration_name": "github",
                     *       "integration_type": "tool",
                     *       "display_name": "Production GitHub",
                     *       "auth_type": "oauth2",
                     *       "is_default": true,
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "updated_at": "2026-01-19T12:00:00",
                     *       "last_used_at": null,
                     *       "expires_at": "2026-02-19T12:00:00",
                     *       "credentials_metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCredential: {
        parameters: {
            query?: {
                /** @description Add the per-field map of masked auth values. */
                include_masked?: boolean;
            };
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "display_name": "Production Slack (EU)",
                 *       "metadata": {
                 *         "team": "platform"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCredentialRequest"];
            };
        };
        responses: {
            /** @description The updated credential. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *       "integration_name": "slack",
                     *       "integration_type": "tool",
                     *       "display_name": "Production Slack (EU)",
                     *       "auth_type": "api_key",
                     *       "is_default": true,
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "updated_at": "2026-01-19T13:00:00",
                     *       "last_used_at": null,
                     *       "expires_at": null,
                     *       "credentials_metadata": {
                     *         "team": "platform"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test result. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_valid": false,
                     *       "message": "Credential has expired",
                     *       "tested_at": "2026-01-19T12:00:00",
                     *       "test_method": "none",
                     *       "integration_name": "github",
                     *       "auth_type": "oauth2",
                     *       "test_endpoint": null,
                     *       "status_code": null,
                     *       "cost_level": null,
                     *       "credential_id": "b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef"
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialTestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setDefaultCredential: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential, now default. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credential_id": "b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef",
                     *       "integration_name": "github",
                     *       "integration_type": "tool",
                     *       "display_name": "Production GitHub",
                     *       "auth_type": "oauth2",
                     *       "is_default": true,
                     *       "created_at": "2026-01-19T12:00:00",
                     *       "updated_at": "2026-01-19T12:05:00",
                     *       "last_used_at": null,
                     *       "expires_at": "2026-02-19T12:00:00",
                     *       "credentials_metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCredentialAudit: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip, 0 or more. */
                offset?: components["parameters"]["Offset"];
            };
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit events. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "audit_id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                     *           "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *           "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *           "integration_name": "slack",
                     *           "operation": "CREDENTIAL_CREATED",
                     *           "actor_user_id": "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
                     *           "actor_email": "owner@acme.test",
                     *           "auth_method": "api_key",
                     *           "occurred_at": "2026-01-19T12:00:00",
                     *           "details": {
                     *             "display_name": "Production Slack",
                     *             "auth_type": "api_key"
                     *           }
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "limit": 100,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCredentialUsage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage statistics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *       "usage_count": 3,
                     *       "first_used_at": "2026-01-19T12:30:00",
                     *       "last_used_at": "2026-01-20T09:00:00"
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialUsage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshCredentialOAuth2: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path: {
                /**
                 * @description The credential's id. One of another organization is a 404, exactly like a missing one.
                 * @example b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef
                 */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events about this credential (it may have been deleted). */
                credential_id?: string;
                /** @description Only events of this operation. */
                operation?: components["schemas"]["AuditOperation"];
                /** @description Page size, 1 to 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip, 0 or more. */
                offset?: components["parameters"]["Offset"];
            };
            header: {
                /**
                 * @description The organization the request runs in. Missing or not a UUID is a 400; not a member, inactive, the retired `member` role, or an API key locked to another organization is a 403.
                 * @example 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60
                 */
                "X-Organization-ID": components["parameters"]["OrganizationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit events. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "audit_id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                     *           "organization_id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
                     *           "credential_id": "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
                     *           "integration_name": "slack",
                     *           "operation": "CREDENTIAL_DELETED",
                     *           "actor_user_id": "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
                     *           "actor_email": "owner@acme.test",
                     *           "auth_method": "jwt",
                     *           "occurred_at": "2026-01-21T12:00:00",
                     *           "details": null
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "limit": 100,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
