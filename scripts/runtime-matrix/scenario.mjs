// The runtime matrix's one scenario: the SDK against the in-process mock, the same steps in every
// runtime. Each step checks what it got and throws on anything else; the result lists the steps run.
// `fetch` is how the SDK reaches the mock: mock.handle directly, or the global fetch under msw.
export async function runScenario({ ModuleX, NotFoundError, DEMO, fetch }) {
  const steps = [];
  const step = async (name, work) => {
    await work();
    steps.push(name);
  };
  const expect = (ok, what) => {
    if (!ok) throw new Error(`expected ${what}`);
  };
  const mx = new ModuleX({
    apiKey: DEMO.keys.owner,
    organizationId: DEMO.orgs.acme,
    ...(fetch ? { fetch } : {}),
    maxRetries: 0,
  });
  let id = "";
  await step("me", async () => expect((await mx.me.retrieve()).email === DEMO.users.owner.email, "the owner's email"));
  await step("create", async () => {
    const created = await mx.credentials.create({
      integrationName: "tavily",
      authType: "api_key",
      authData: { api_key: "tvly-runtime-matrix-0001" },
      displayName: "Matrix",
    });
    id = created.credentialId;
    expect(/^[0-9a-f-]{36}$/.test(id), "a credential id");
  });
  await step("retrieve masked", async () => {
    const detail = await mx.credentials.retrieve(id);
    expect(detail.authDataMasked === "tvly***0001", `the masked secret, got ${JSON.stringify(detail.authDataMasked)}`);
    expect(!JSON.stringify(detail).includes("runtime-matrix"), "no plaintext secret");
  });
  await step("test", async () => expect((await mx.credentials.test(id)).isValid === true, "a valid test"));
  await step("list", async () => {
    const page = await mx.credentials.list({ integrationName: "tavily" });
    expect(
      page.credentials.some((c) => c.credentialId === id),
      "the new credential listed",
    );
  });
  await step("delete", async () => {
    await mx.credentials.delete(id);
    const gone = await mx.credentials.retrieve(id).then(
      () => false,
      (e) => e instanceof NotFoundError,
    );
    expect(gone, "a NotFoundError after delete");
  });
  return steps;
}
