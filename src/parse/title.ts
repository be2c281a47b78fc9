// A headline for reports that have none: the first sentence, without its
// leading date and time, shortened at a clause boundary.
const LEADING_WHEN = /^(?:(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|今日|昨天|昨日|昨晚|近日|日前|當天|当天|當日|当日)(?:[上中下]午|晚上?|早上|凌晨)?(?:\d{1,2}(?:[:：]\d{2}|[點点时時](?:\d{1,2}分|半|許|许)?))?\s*[,，、]?\s*/;
const MAX = 30;

export function deriveTitle(firstParagraph: string): string {
  let sentence = (firstParagraph.split(/[。！？!?]/)[0] ?? firstParagraph).trim();
  sentence = sentence.replace(LEADING_WHEN, '').trim();
  if ([...sentence].length > MAX) {
    // "X在<venue>召開Y" reads fine as "X召開Y".
    const withoutVenue = sentence.replace(/在[^，,。在]{2,30}?(?=(?:召開|召开|舉行|举行|舉辦|举办|開展|开展))/, '');
    if ([...withoutVenue].length <= MAX + 10) sentence = withoutVenue;
  }
  if ([...sentence].length > MAX + 10) {
    const clauses = sentence.split(/[,，;；]/);
    let out = clauses[0] ?? sentence;
    if ([...out].length > MAX + 10) out = [...out].slice(0, MAX).join('') + '…';
    sentence = out;
  }
  return sentence || [...firstParagraph].slice(0, MAX).join('');
}
