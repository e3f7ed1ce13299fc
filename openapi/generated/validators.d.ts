// GENERATED FILE — do not edit. Source: openapi/modulex.yaml; regenerate with `npm run generate`.
import type { ValidateFunction } from "./validator-types.js";
export declare const validators: Record<string, ValidateFunction>;
