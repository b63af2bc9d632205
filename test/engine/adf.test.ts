import { adfToText, plainText } from '../../src/core/adf';

const CASES: Array<[string, unknown, string]> = [
  ['a string body is kept as it is', 'Focus In: plan', 'Focus In: plan'],
  [
    'paragraphs end with a newline',
    {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
      ],
    },
    'a\nb\n',
  ],
  [
    'mentions give attrs.text',
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: '1', text: '@Dana' } },
            { type: 'text', text: ' can you?' },
          ],
        },
      ],
    },
    '@Dana can you?\n',
  ],
  [
    'emoji give attrs.text, else shortName',
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'emoji', attrs: { shortName: ':x:', text: '❌' } },
            { type: 'emoji', attrs: { shortName: ':tada:' } },
          ],
        },
      ],
    },
    '❌:tada:\n',
  ],
  [
    'hardBreak is a newline',
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }],
        },
      ],
    },
    'a\nb\n',
  ],
  [
    'lists: each item ends with a newline (and its paragraph)',
    {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] },
          ],
        },
      ],
    },
    'one\n\ntwo\n\n',
  ],
  [
    'code blocks',
    {
      type: 'doc',
      content: [{ type: 'codeBlock', attrs: { language: 'ts' }, content: [{ type: 'text', text: 'const x = 1;' }] }],
    },
    'const x = 1;\n',
  ],
  [
    'panels, headings and blockquotes',
    {
      type: 'doc',
      content: [
        { type: 'panel', content: [{ type: 'heading', content: [{ type: 'text', text: 'H' }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] },
      ],
    },
    'H\n\nq\n\n',
  ],
  [
    'table cells',
    {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] },
              ],
            },
          ],
        },
      ],
    },
    'c\n\n',
  ],
  [
    'malformed shapes give what they can, never throw',
    { type: 'doc', content: [null, 7, { type: 'text' }, { type: 'paragraph', content: 'x' }, { type: 'mention' }] },
    '\n',
  ],
  ['not a document at all', 42, ''],
];

const para = (...content: unknown[]): unknown => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('adfToText', () => {
  test.each(CASES)('%s', (_name, body, text) => {
    expect(adfToText(body)).toBe(text);
  });
});

describe('plainText is adfToText trimmed, the one-paragraph shortcut included', () => {
  test.each<[string, unknown]>([
    ...CASES.map(([name, body]): [string, unknown] => [name, body]),
    ['one paragraph of one text', para({ type: 'text', text: 'Focus In: FW-1' })],
    ['its text with spaces around', para({ type: 'text', text: '  Focus Out \n' })],
    ['its text not a string', para({ type: 'text', text: 7 })],
    ['one mention, not a text', para({ type: 'mention', attrs: { text: '@Dana' } })],
    ['two nodes', para({ type: 'text', text: 'a ' }, { type: 'text', text: 'b ' })],
    [
      'a heading, not a paragraph',
      { type: 'doc', content: [{ type: 'heading', content: [{ type: 'text', text: ' h ' }] }] },
    ],
    ['no doc around it', { type: 'paragraph', content: [{ type: 'text', text: ' p ' }] }],
    ['a null paragraph', { type: 'doc', content: [null] }],
    ['a null node', para(null)],
  ])('%s', (_name, body) => {
    expect(plainText(body)).toBe(adfToText(body).trim());
  });
});
