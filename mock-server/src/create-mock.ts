// createMock: the mock with msw's handlers, for setupServer (msw/node) and setupWorker (./browser).
// The standalone server builds the same mock without them (build-mock.ts), so it never loads msw.
import { buildMock, type CreateMockOptions, type Mock } from "./build-mock.js";
import { mswHandlers } from "./core/msw-handler.js";

export { DEFAULT_BASE_URL, type CreateMockOptions, type Mock, type ServerMock } from "./build-mock.js";

/**
 * Creates a mock of the ModuleX API with its own store, loaded from the seed.
 * @example
 * const mock = await createMock();
 * const server = setupServer(...mock.handlers); // msw/node
 * server.listen();
 */
export async function createMock(options: CreateMockOptions = {}): Promise<Mock> {
  const { mock, handle, isApiPath, base } = await buildMock(options);
  return Object.assign(mock, { handlers: mswHandlers(handle, isApiPath, base) });
}
