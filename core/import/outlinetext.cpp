#include "outlinetext.h"

#include <QRegularExpression>

#include <algorithm>

namespace ap::planoutline {

bool runOnStop(const QString &words)
{
    static const QString marks = QStringLiteral(",.;:!?、。()\"“”");
    return std::any_of(words.cbegin(), words.cend(), [](QChar c) { return marks.contains(c); });
}

QString trimPunctuation(QString s)
{
    s = s.trimmed();
    static const QString trailing = QStringLiteral(";,:、。.");
    while (!s.isEmpty() && (trailing.contains(s.back()) || s.back() == QChar(0xFF1B) || s.back() == QChar(0xFF0C)
                            || s.back() == QChar(0xFF1A) || s.back().isSpace()))
        s.chop(1);
    return s;
}

bool isDateLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(20\\d\\d|[二〇零一九]{4})\\s*年.{1,3}月.{1,3}日\\s*$"));
    return re.match(line).hasMatch();
}

bool isAnnexLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*附\\s*件\\s*\\d*\\s*[:]?"));
    const auto m = re.match(line);
    return m.hasMatch() && line.trimmed().size() <= 40 && !line.contains(QChar(0x3002));
}

// The text made plain: one kind of line break, no byte-order marks, NULs or no-break spaces, and
// what OCR and PDF viewers make of percentages ("95%o" for 95%, "50%.100%" for 50%、100%).
QString plainSource(const QString &input)
{
    QString source = input;
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    source.remove(QChar(0xFEFF));
    source.replace(QChar(0), QLatin1Char(' '));
    source.replace(QChar(0x2028), QLatin1Char('\n'));
    source.replace(QChar(0x2029), QLatin1Char('\n'));
    source.replace(QChar(0x00A0), QLatin1Char(' '));
    static const QRegularExpression percentO(QStringLiteral("([0-9０-９][%％])[oO](?![A-Za-z])"));
    static const QRegularExpression percentDot(QStringLiteral("([0-9０-９][%％])[.．]([0-9０-９])"));
    // Page markers a sharing site or a converter leaves between pages, in text whose line breaks
    // were lost: "第3页 / 共23页", "…工作方案.docx_第3页", "- 3 -".
    static const QRegularExpression pageOfPages(QStringLiteral("第\\s*\\d{1,4}\\s*页\\s*[/／]?\\s*共\\s*\\d{1,4}\\s*页"));
    static const QRegularExpression fileAndPage(
        QStringLiteral("[^。;；)）\\n]{1,60}?\\.(?:docx?|wps|pdf)_第\\s*\\d{1,4}\\s*页"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dashedNumber(QStringLiteral("(?<![\\d\\-—–])[-—–]\\s+\\d{1,3}\\s+[-—–](?![\\-—–])"));
    source.remove(pageOfPages);
    source.remove(fileAndPage);
    source.remove(dashedNumber);
    source.replace(percentO, QStringLiteral("\\1"));
    source.replace(percentDot, QStringLiteral("\\1、\\2"));
    return source;
}

QList<Span> paragraphsOf(const QString &folded)
{
    QList<Span> paragraphs;
    for (int i = 0; i < folded.size();) {
        int j = int(folded.indexOf(QLatin1Char('\n'), i));
        if (j < 0)
            j = int(folded.size());
        int s = i, e = j;
        while (s < e && folded.at(s).isSpace())
            ++s;
        while (e > s && folded.at(e - 1).isSpace())
            --e;
        if (e > s)
            paragraphs.append({s, e});
        i = j + 1;
    }

    return paragraphs;
}

// "2026 年卫生保健工作计划2026 年是…", "长青镇 2027 年卫生健康工作要点为贯彻落实…": where a
// document's name (ending in 计划, 要点, 方案 …, with no punctuation before it) stops and its first
// sentence begins (a year, 为, 根据, 按照 …). 0 when the paragraph opens otherwise.
int mergedTitleEnd(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^[^,.;:!?。、()“”]{4,50}?(?:计划|要点|方案|安排|规划|意见|实施细则|任务清单)(?:\\(\\s*20\\d\\d[^()]{0,12}\\))?"
        "(?=\\s*(?:20\\d\\d|为|根据|按照|今年|本年|围绕|以(?![及来上下内])|在(?!于)))"));
    // A sentence that opens with the words of a purpose ("为认真落实…工作要点…") names another
    // document; it is no title.
    static const QRegularExpression purpose(QStringLiteral("^\\s*(?:为|根据|按照|围绕|结合|贯彻|依据|按)"));
    if (purpose.match(line).hasMatch())
        return 0;
    const auto m = re.match(line);
    return m.hasMatch() && line.size() - m.capturedEnd() >= 10 ? int(m.capturedEnd()) : 0;
}

} // namespace ap::planoutline
