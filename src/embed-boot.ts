// The embed page's entry (in embed.html in place of boot.ts, which it runs first: the styles
// and the address check). Its link to the parent page is part of it, not a chunk loaded later:
// it runs as the page is parsed, before the frame's `load`, so the parent has the frame's height
// (in the layout the address asks for) before its own `load`, however busy the browser is. The
// app follows after the paint, as on the page.
import { page, startAfterPaint } from './boot';
import { embedChild } from './embed/child';

if (page) startAfterPaint(page.root, page.locale, embedChild());
