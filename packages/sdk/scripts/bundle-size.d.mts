export declare const sdkRoot: string;
export declare function bundleSize(contents: string): Promise<{ minified: number; gzip: number }>;
export declare const ENTRIES: { sdk: string; "openapi-fetch": string };
