// The runner's options for the demo seed: every principal the demo has, against any fetch.
import { DEMO } from "../../../mock-server/src/index.js";
import type { ContractOptions } from "../../../packages/contract/src/index.js";

export function demoRunOptions(baseUrl: string, jwt: string, extra: Partial<ContractOptions> = {}): ContractOptions {
  return {
    baseUrl,
    org: DEMO.orgs.acme,
    otherOrg: DEMO.orgs.globex,
    apiKey: DEMO.keys.owner,
    jwt,
    adminKey: DEMO.keys.admin,
    memberKey: DEMO.keys.member,
    inactiveKey: DEMO.keys.inactive,
    outsiderKey: DEMO.keys.outsider,
    lockedKey: DEMO.keys.admin,
    // In-process and loopback answers take milliseconds; a request that hangs should not hold a test for 30 s.
    requestTimeoutMs: 3000,
    ...extra,
  };
}
