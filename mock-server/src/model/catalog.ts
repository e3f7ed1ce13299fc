// The mock's integrations catalog. Each entry is the spec's Integration plus the rules the mock
// plays by: which secret prefixes its simulated test endpoint accepts, and what its fake OAuth2
// provider issues. The rules are documented in mock-server/README.md ("Credential tests").
import type { Integration } from "./wire.js";

export interface CatalogEntry extends Integration {
  /** Prefixes the simulated test endpoint accepts for the primary secret; empty = any. */
  acceptedPrefixes: string[];
  /** Prefix of access tokens issued by the mock OAuth2 provider (so they pass the test rule). */
  oauthTokenPrefix: string;
}

const logo = (name: string) => `https://cdn.modulex.dev/logos/${name}.svg`;

export const CATALOG: readonly CatalogEntry[] = [
  {
    integration_name: "anthropic",
    display_name: "Anthropic",
    integration_type: "llm_provider",
    description: "Claude models.",
    logo: logo("anthropic"),
    auth_types: ["api_key", "modulex_key"],
    test_endpoint: "https://api.anthropic.com/v1/models",
    custom_fields: null,
    acceptedPrefixes: ["sk-ant-"],
    oauthTokenPrefix: "",
  },
  {
    integration_name: "github",
    display_name: "GitHub",
    integration_type: "tool",
    description: "Repositories, issues and pull requests.",
    logo: logo("github"),
    auth_types: ["oauth2", "bearer_token"],
    test_endpoint: "https://api.github.com/user",
    custom_fields: null,
    acceptedPrefixes: ["ghp_", "gho_", "ghu_", "ghs_", "github_pat_"],
    oauthTokenPrefix: "gho_",
  },
  {
    integration_name: "google_drive",
    display_name: "Google Drive",
    integration_type: "knowledge_provider",
    description: "Documents and files as a knowledge source.",
    logo: logo("google_drive"),
    auth_types: ["oauth2"],
    test_endpoint: null,
    custom_fields: null,
    acceptedPrefixes: [],
    oauthTokenPrefix: "ya29.",
  },
  {
    integration_name: "jira",
    display_name: "Jira",
    integration_type: "tool",
    description: "Issues and projects.",
    logo: logo("jira"),
    auth_types: ["custom", "oauth2"],
    test_endpoint: null,
    custom_fields: [
      { name: "domain", label: "Jira domain", required: true, secret: false },
      { name: "email", label: "Account email", required: true, secret: false },
      { name: "api_token", label: "API token", required: true, secret: true },
    ],
    acceptedPrefixes: [],
    oauthTokenPrefix: "jira_",
  },
  {
    integration_name: "notion",
    display_name: "Notion",
    integration_type: "knowledge_provider",
    description: "Pages and databases as a knowledge source.",
    logo: logo("notion"),
    auth_types: ["bearer_token", "oauth2"],
    test_endpoint: "https://api.notion.com/v1/users/me",
    custom_fields: null,
    acceptedPrefixes: ["secret_", "ntn_"],
    oauthTokenPrefix: "secret_",
  },
  {
    integration_name: "openai",
    display_name: "OpenAI",
    integration_type: "llm_provider",
    description: "GPT models.",
    logo: logo("openai"),
    auth_types: ["api_key", "modulex_key"],
    test_endpoint: "https://api.openai.com/v1/models",
    custom_fields: null,
    acceptedPrefixes: ["sk-"],
    oauthTokenPrefix: "",
  },
  {
    integration_name: "slack",
    display_name: "Slack",
    integration_type: "tool",
    description: "Messages and channels.",
    logo: logo("slack"),
    auth_types: ["api_key", "bearer_token", "oauth2"],
    test_endpoint: "https://slack.com/api/auth.test",
    custom_fields: null,
    acceptedPrefixes: ["xox"],
    oauthTokenPrefix: "xoxp-",
  },
  {
    integration_name: "tavily",
    display_name: "Tavily",
    integration_type: "tool",
    description: "Web search for agents.",
    logo: logo("tavily"),
    auth_types: ["api_key"],
    test_endpoint: "https://api.tavily.com/search",
    custom_fields: null,
    acceptedPrefixes: ["tvly-"],
    oauthTokenPrefix: "",
  },
];

const byName = new Map(CATALOG.map((entry) => [entry.integration_name, entry]));

export function findIntegration(name: string): CatalogEntry | undefined {
  return byName.get(name);
}

/** The integration, if it exists and connects through OAuth2 (so the mock plays its provider). */
export function findOAuthIntegration(name: string): CatalogEntry | undefined {
  const entry = byName.get(name);
  return entry?.auth_types.includes("oauth2") ? entry : undefined;
}

/** The catalog entry as the API shows it (without the mock's private rules). */
export function toIntegration({
  acceptedPrefixes: _a,
  oauthTokenPrefix: _o,
  ...integration
}: CatalogEntry): Integration {
  return integration;
}
