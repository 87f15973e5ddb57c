// Modules the build makes (vite.config.ts).
declare module 'virtual:formats/*' {
  /** An edition's dates and numbers, formatted at build (scripts/format-table.ts). */
  const table: Readonly<Record<string, string>>;
  export default table;
}

declare module 'virtual:formats' {
  /** Each edition's table (virtual:formats/{locale}), loaded on demand. */
  const loaders: Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, string>> }>>>;
  export default loaders;
}
