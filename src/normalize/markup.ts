// Markup a scraper left in plain text: layout tags (`<p align="center">`, `</span>`),
// their torn ends (`" />`), comments, template tags (`[!--empirenews.page--]`)
// and Markdown images (`![](x.jpg)`). None of it is the report's text.
import { replaceMatches, type Transformed } from './changes.js';

// Layout and formatting tags a scraper leaves; a script, style or image tag is left as
// text, where the page shows it escaped (something a reader should see, not lose).
const TAG_NAMES =
  'a|abbr|b|big|blockquote|br|center|dd|div|dl|dt|em|font|h[1-6]|hr|i|li|ol|p|pre|section|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|wbr|o:p';
const PATTERN = new RegExp(
  [
    `<\\/?(?:${TAG_NAMES})(?=[\\s/>])(?:[^<>\\n"']|"[^"\\n]*"|'[^'\\n]*')*>`, // a whole tag
    `<(?:${TAG_NAMES})\\s[^<>\\n]*$`, // a tag torn at the line end: <p align=
    `^\\s*["']?\\s*\\/>`, // the torn end of one at a line start: " />
    '<!--[\\s\\S]*?-->',
    '\\[!--[^\\]\\n]{0,60}--\\]',
    '!\\[[^\\]\\n]{0,200}\\]\\([^)\\n]{0,500}\\)',
  ].join('|'),
  'gim',
);

export function stripMarkupLeftovers(text: string): Transformed {
  return replaceMatches(text, PATTERN, 'markup', () => '');
}
