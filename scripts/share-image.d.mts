export type ShareCard = {
  mapMarkup: string;
  kicker: string;
  headline: string;
  title: string;
  site: string;
  palette: Record<string, string>;
};
export declare const SHARE_WIDTH: number;
export declare const SHARE_HEIGHT: number;
export declare const SHARE_MAP_SIZE: { width: number; height: number };
export declare const shareFonts: (dirs?: string[]) => string[];
export declare const wrap: (text: string, max: number) => string[];
export declare const shareSvg: (card: ShareCard) => string;
export declare const renderShareImage: (card: ShareCard, fontFiles?: string[]) => Buffer;
