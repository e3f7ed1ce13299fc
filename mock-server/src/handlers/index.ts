// Every route of the mock, one file per spec tag (mirroring the SDK's namespaces).
import { identityRoutes } from "./identity.js";
import { memberRoutes } from "./members.js";
import { apiKeyRoutes } from "./api-keys.js";
import { integrationRoutes } from "./integrations.js";
import { credentialRoutes } from "./credentials.js";
import { oauth2Routes } from "./oauth2.js";
import { auditRoutes } from "./audit.js";
import { mockControlRoutes } from "./mock-control.js";
import { mockOAuthProviderRoutes } from "./mock-oauth-provider.js";

export const ROUTES = [
  ...identityRoutes,
  ...memberRoutes,
  ...apiKeyRoutes,
  ...integrationRoutes,
  ...credentialRoutes,
  ...oauth2Routes,
  ...auditRoutes,
  ...mockControlRoutes,
  ...mockOAuthProviderRoutes,
];
