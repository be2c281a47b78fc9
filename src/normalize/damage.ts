// Damaged text is flagged, never dropped or silently kept: the span stays in
// the text and a `damaged-text` finding says where it is.
const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ';

export interface DamagedSpan {
  start: number;
  end: number;
  kind: 'mojibake' | 'stray-question-mark' | 'replacement-character';
  text: string;
}

// A byte-level replace that was not multi-byte aware leaves `?` + pinyin + `)`
// (the `(` was swallowed by a broken character) and a few garbled characters,
// often up to the next Latin letter + (pinyin) where the decoder resynchronised.
const MOJIBAKE = new RegExp(
  `\\?[${PINYIN}]{1,7}\\)(?:[\\u3400-\\u9fff]{0,8}[a-z]\\([${PINYIN}]{1,7}\\))?`,
  'g',
);
// A run with an ASCII `?` (`？` alone is real punctuation; `了?？？事` is not). A
// question particle before it makes it a real question.
const STRAY_QUESTION = /(?<=[\u3400-\u9fff])(?<![嗎吗呢么麼嘛吧啊呀])(?=[?？]*\?)[?？]+(?=[\u3400-\u9fff])/g;
const REPLACEMENT = /\ufffd+/g;

export function findDamagedText(text: string): DamagedSpan[] {
  const spans: DamagedSpan[] = [];
  const add = (re: RegExp, kind: DamagedSpan['kind']) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, kind, text: m[0] });
    }
  };
  add(MOJIBAKE, 'mojibake');
  add(STRAY_QUESTION, 'stray-question-mark');
  add(REPLACEMENT, 'replacement-character');
  return spans.sort((a, b) => a.start - b.start);
}

export function describeDamage(span: DamagedSpan): string {
  switch (span.kind) {
    case 'mojibake':
      return `damaged text (garbled by a broken re-encoding): “${span.text}”`;
    case 'stray-question-mark':
      return 'damaged text: a stray “?” between Chinese characters (a character lost in re-encoding)';
    default:
      return 'damaged text: replacement character (bytes that could not be decoded)';
  }
}
