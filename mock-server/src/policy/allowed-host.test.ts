import { describe, expect, it } from "vitest";
import { hostnameOf, isAllowedHost, isLoopbackHostname, isTrustedOrigin, type HostRules } from "./allowed-host.js";

const loopbackOnly: HostRules = { allowedHosts: [], localAddresses: ["127.0.0.1"] };

describe("isAllowedHost", () => {
  it("takes loopback names and addresses on any port", () => {
    for (const host of [
      "127.0.0.1:4010",
      "localhost:4010",
      "LOCALHOST",
      "localhost.:4010",
      "app.localhost:5173",
      "[::1]:4010",
      "127.1.2.3",
      "127.1",
    ]) {
      expect([host, isAllowedHost(host, loopbackOnly)]).toEqual([host, true]);
    }
  });
  it("refuses any other name (a DNS-rebinding page), and malformed or smuggling Hosts", () => {
    for (const host of [
      "evil.example",
      "evil.example:4010",
      "localhost.evil.example",
      "127.0.0.1.nip.io",
      "evil.example@127.0.0.1",
      "127.0.0.1/x",
      "",
      "a b",
      "[::2]:4010",
      "10.0.0.2",
    ]) {
      expect([host, isAllowedHost(host, loopbackOnly)]).toEqual([host, false]);
    }
  });
  it("takes the address the connection arrived on or the server was bound to (a LAN address under --host 0.0.0.0)", () => {
    const rules: HostRules = { allowedHosts: [], localAddresses: ["0.0.0.0", "::ffff:192.168.1.20", "devbox.lan"] };
    expect(isAllowedHost("192.168.1.20:4010", rules)).toBe(true);
    expect(isAllowedHost("devbox.lan:4010", rules)).toBe(true);
    expect(isAllowedHost("192.168.1.21:4010", rules)).toBe(false);
    expect(isAllowedHost("0.0.0.0:4010", rules)).toBe(false); // the wildcard is no name: pages can fetch http://0.0.0.0:port
    expect(isAllowedHost("[::]:4010", { allowedHosts: [], localAddresses: ["::"] })).toBe(false);
    expect(isAllowedHost("[fe80::1]:4010", { allowedHosts: [], localAddresses: ["fe80::1%eth0"] })).toBe(true);
  });
  it("takes names the user allowed: exact, or with a leading dot also every subdomain (as Vite's allowedHosts)", () => {
    const rules: HostRules = { allowedHosts: ["mock.test", ".dev.example"], localAddresses: [] };
    expect(isAllowedHost("mock.test:4010", rules)).toBe(true);
    expect(isAllowedHost("api.mock.test", rules)).toBe(false);
    expect(isAllowedHost("dev.example", rules)).toBe(true);
    expect(isAllowedHost("a.b.dev.example:443", rules)).toBe(true);
    expect(isAllowedHost("notdev.example", rules)).toBe(false);
  });
  it("true allows every Host; a request without one (HTTP/1.0, never a browser) passes", () => {
    expect(isAllowedHost("evil.example", { allowedHosts: true, localAddresses: [] })).toBe(true);
    expect(isAllowedHost(undefined, loopbackOnly)).toBe(true);
  });
});

describe("isTrustedOrigin", () => {
  it("trusts pages on this machine and on allowed names, nothing else", () => {
    const rules: HostRules = { allowedHosts: ["app.test"], localAddresses: ["127.0.0.1"] };
    for (const origin of [
      "http://localhost:5173",
      "http://127.0.0.1:3000",
      "http://[::1]:8080",
      "https://app.test",
      "http://app.localhost:5173",
    ]) {
      expect([origin, isTrustedOrigin(origin, rules)]).toEqual([origin, true]);
    }
    for (const origin of [
      "https://evil.example",
      "null",
      "file://",
      "chrome-extension://abc",
      "http://localhost.evil.example",
      "not a url",
    ]) {
      expect([origin, isTrustedOrigin(origin, rules)]).toEqual([origin, false]);
    }
  });
  it("allowedHosts: true opens the Host check, not the origins", () => {
    expect(isTrustedOrigin("https://evil.example", { allowedHosts: true, localAddresses: [] })).toBe(false);
  });
});

describe("hostnameOf / isLoopbackHostname", () => {
  it("normalises as a URL does", () => {
    expect(hostnameOf("LocalHost:80")).toBe("localhost");
    expect(hostnameOf("[::1]")).toBe("[::1]");
    expect(hostnameOf("127.1")).toBe("127.0.0.1");
    expect(isLoopbackHostname("127.255.0.1")).toBe(true);
    expect(isLoopbackHostname("128.0.0.1")).toBe(false);
  });
});
