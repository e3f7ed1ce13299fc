// The integrations catalog (spec tag "Integrations").
import { route } from "../core/route.js";
import { jsonResponse, notFound } from "../core/errors.js";
import { CATALOG, findIntegration, toIntegration } from "../core/catalog.js";

export const integrationRoutes = [
  route({
    operationId: "listIntegrations",
    access: { kind: "user" },
    handle: ({ query }) => {
      const integrations = CATALOG.filter((i) => !query.integration_type || i.integration_type === query.integration_type).map(toIntegration);
      return jsonResponse({ integrations, total: integrations.length });
    },
  }),
  route({
    operationId: "getIntegration",
    access: { kind: "user" },
    find: ({ params }) => {
      const integration = findIntegration(params.integration_name!);
      if (!integration) throw notFound(`Integration not found: ${params.integration_name}`);
      return integration;
    },
    handle: (_ctx, integration) => jsonResponse(toIntegration(integration)),
  }),
];
