import { test } from '@japa/runner'
import { toCsv } from '#platform/http/csv'

test.group('http / CSV writer', () => {
  test('writes a header and one CRLF-ended record per row; empty for null and undefined', ({
    assert,
  }) => {
    assert.equal(
      toCsv(
        ['id', 'name', 'note'],
        [
          [1, 'plain', null],
          [2, 'also plain', undefined],
        ]
      ),
      'id,name,note\r\n1,plain,\r\n2,also plain,\r\n'
    )
    assert.equal(toCsv(['id'], []), 'id\r\n')
  })

  test('quotes fields holding a comma, a quote or a line break, and doubles quotes', ({
    assert,
  }) => {
    assert.equal(
      toCsv(['a', 'b', 'c', 'd'], [['x, y', 'say "hi"', 'two\nlines', 'cr\r\nlf']]),
      'a,b,c,d\r\n"x, y","say ""hi""","two\nlines","cr\r\nlf"\r\n'
    )
  })

  test('neutralises spreadsheet formulas in text cells with a leading quote', ({ assert }) => {
    const cells = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', 'a=b', "'already"]
    const [, record] = toCsv(
      cells.map((_, i) => `c${i}`),
      [cells]
    ).split('\r\n')
    assert.equal(record, `'=1+1,'+SUM(A1),'-2+3,'@cmd,'\tTAB,"'\rCR",a=b,'already`)
    // Quoting still applies after the prefix.
    assert.equal(
      toCsv(['f'], [['=HYPERLINK("http://x", "y")']]),
      `f\r\n"'=HYPERLINK(""http://x"", ""y"")"\r\n`
    )
  })

  test('numbers stay numbers (a negative one is not a formula); dates are ISO 8601 in UTC', ({
    assert,
  }) => {
    assert.equal(
      toCsv(
        ['n', 'm', 'big', 'at', 'yes'],
        [[-5, 0, 12n, new Date(Date.UTC(2026, 11, 7, 16, 30)), true]]
      ),
      'n,m,big,at,yes\r\n-5,0,12,2026-12-07T16:30:00.000Z,true\r\n'
    )
    // The same figure as text is a formula trigger.
    assert.equal(toCsv(['n'], [['-5']]), "n\r\n'-5\r\n")
  })
})
