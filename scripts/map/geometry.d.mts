/** Natural Earth's areas with no ISO 3166 number, by name: the codes the map's data gives them. */
export const UNNUMBERED: Readonly<Record<string, string>>;

/** A world-atlas country's code: its ISO 3166 number, or its code in UNNUMBERED. */
export const countryCode: (f: { id?: string | number; properties?: { name?: string } | null }) => string | undefined;
