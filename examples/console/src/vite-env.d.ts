/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_MODULEX_API?: string;
  readonly VITE_MODULEX_TOKEN?: string;
}
