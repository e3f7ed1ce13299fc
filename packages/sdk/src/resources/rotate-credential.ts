// The documented three-step rotation (create, promote, revoke) with a test before the old one goes.
import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { PagePromise } from "../core/pagination.js";
import type {
  AuthData,
  CreateCredentialParams,
  Credential,
  CredentialDetail,
  CredentialListFlat,
  CredentialTestResult,
  Metadata,
} from "../core/types.js";

/** The calls of `mx.credentials` a rotation makes (declared here, so this module does not import the resource it serves). */
export interface RotationCalls {
  retrieve(credentialId: string, query: undefined, options?: RequestOptions): APIPromise<CredentialDetail>;
  create(body: CreateCredentialParams, options?: RequestOptions): APIPromise<Credential>;
  test(credentialId: string, options?: RequestOptions): APIPromise<CredentialTestResult>;
  list(
    query: { integrationName: string; limit: number },
    options?: RequestOptions,
  ): PagePromise<CredentialListFlat, Credential>;
  setDefault(credentialId: string, options?: RequestOptions): APIPromise<Credential>;
  delete(credentialId: string, options?: RequestOptions): APIPromise<void>;
}

/** What `credentials.rotate` needs: the new secret, and optionally what should differ from the old credential. */
export interface RotateCredentialParams {
  /** The new secret payload (same keys as for `credentials.create`). */
  authData: AuthData;
  /** Default: the old credential's display name. */
  displayName?: string;
  /** Default: the old credential's metadata. */
  metadata?: Metadata;
  /** Default: whether the old credential is its integration's default. */
  makeDefault?: boolean;
}

/** What `credentials.rotate` did. */
export type RotationResult =
  | {
      /** The replacement passed its test, took over, and the old credential is deleted. */
      status: "rotated";
      credential: Credential;
      test: CredentialTestResult;
      deletedCredentialId: string;
    }
  | {
      /** The replacement failed its test; the old credential is untouched. */
      status: "test_failed";
      test: CredentialTestResult;
      replacementId: string;
      /** False only if deleting the failed replacement failed too; it then still exists. */
      replacementRemoved: boolean;
    }
  | {
      /** The replacement is in place (default if promoted), but the old credential could not be deleted. */
      status: "old_not_deleted";
      credential: Credential;
      test: CredentialTestResult;
      oldCredentialId: string;
      error: unknown;
    };

export async function rotateCredential(
  credentials: RotationCalls,
  oldId: string,
  params: RotateCredentialParams,
  options?: RequestOptions,
): Promise<RotationResult> {
  const old = await credentials.retrieve(oldId, undefined, options);
  const metadata = params.metadata ?? old.credentialsMetadata ?? undefined;
  const replacement = await credentials.create(
    {
      integrationName: old.integrationName,
      authType: old.authType,
      authData: params.authData,
      displayName: params.displayName ?? old.displayName,
      ...(metadata ? { metadata } : {}),
      makeDefault: false,
    },
    options,
  );
  // Cleanup runs even when the caller's signal aborted the rotation.
  const removeReplacement = () =>
    credentials.delete(replacement.credentialId, { ...options, signal: undefined }).then(
      () => true,
      () => false,
    );
  let test: CredentialTestResult;
  let credential: Credential = replacement;
  let priorDefault: string | undefined;
  try {
    test = await credentials.test(replacement.credentialId, options);
    if (!test.isValid)
      return {
        status: "test_failed",
        test,
        replacementId: replacement.credentialId,
        replacementRemoved: await removeReplacement(),
      };
    if (params.makeDefault ?? old.isDefault) {
      priorDefault = old.isDefault
        ? oldId
        : (await credentials.list({ integrationName: old.integrationName, limit: 500 }, options)).credentials.find(
            (c) => c.isDefault,
          )?.credentialId;
      credential = await credentials.setDefault(replacement.credentialId, options);
    }
  } catch (error) {
    // A promotion whose answer was lost may have happened: give the prior default its place back first.
    if (priorDefault)
      await credentials.setDefault(priorDefault, { ...options, signal: undefined }).catch(() => undefined);
    await removeReplacement();
    throw error;
  }
  try {
    await credentials.delete(oldId, options);
  } catch (error) {
    return { status: "old_not_deleted", credential, test, oldCredentialId: oldId, error };
  }
  return { status: "rotated", credential, test, deletedCredentialId: oldId };
}
