// For tests: the map's box, px, on the screens the story is checked at (360x640, 390x844,
// 768x1024, 1024x768, 1280x800 and 1920x1080, measured in Chromium), and on a 320 px phone.
export const MAP_SIZES = [
  { width: 320, height: 470 },
  { width: 360, height: 526 },
  { width: 390, height: 730 },
  { width: 768, height: 910 },
  { width: 512, height: 584 },
  { width: 768, height: 616 },
  { width: 1088, height: 835 },
] as const;
