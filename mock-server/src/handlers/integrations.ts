// The integrations catalog (spec tag "Integrations").
import { route } from "../core/route.js";
import { notFound } from "../core/errors.js";
import { CATALOG, findIntegration, toIntegration } from "../model/catalog.js";

export const integrationRoutes = [
  route({
    operationId: "listIntegrations",
    handle: ({ query, json }) => {
      const integrations = CATALOG.filter(
        (i) => !query.integration_type || i.integration_type === query.integration_type,
      ).map(toIntegration);
      return json({ integrations, total: integrations.length });
    },
  }),
  route({
    operationId: "getIntegration",
    find: ({ params }) => {
      const integration = findIntegration(params.integration_name);
      if (!integration) throw notFound(`Integration not found: ${params.integration_name}`);
      return integration;
    },
    handle: ({ json }, integration) => json(toIntegration(integration)),
  }),
];
