#include "leadphrases.h"

#include "planoutline.h"

namespace ap::planoutline {

// Where a paragraph's lead phrase ends: "坚持“一个目标”：…", "抓好预防接种工作。…" — a few
// words with no comma, closed by a colon or a full stop, the item's own text after them. -1
// when the paragraph opens otherwise.
int leadPhraseEnd(const QString &folded, const Span &p)
{
    const int limit = std::min(p.end, p.start + 20);
    for (int i = p.start + 2; i < limit; ++i) {
        const QChar c = folded.at(i);
        if (c == QLatin1Char(',') || c == QChar(0x3001) || c == QLatin1Char(';') || c == QLatin1Char('('))
            return -1;
        // "…具体计划如下：" closes a preamble; it opens no item.
        if (c == QLatin1Char(':') && QStringView(folded).mid(p.start, i - p.start).endsWith(u"如下"))
            return -1;
        if (c == QLatin1Char(':') || c == QChar(0x3002))
            return p.end - (i + 1) >= 8 ? i : -1;
    }
    return -1;
}

// A plan without numbers: paragraphs that each open with a lead phrase are its work items (two
// at least, or no rule says so); what comes before the first is its preamble, a paragraph
// without one the text of the item before it, and the signature and date at the end nothing.
void writeLeadPhraseItems(ImportResult &result, const QString &source, const QString &folded,
                          const QList<Span> &lines)
{
    // Items that ran together (line breaks lost) part where a sentence opens with a lead phrase
    // closed by a colon ("…制定本计划。坚持“一个目标”：…"); a phrase closed by 。 is a sentence
    // like any other there.
    QList<Span> paragraphs;
    for (const Span &line : lines) {
        int start = line.start;
        for (int i = line.start + 1; i < line.end; ++i) {
            // After a sentence, or after the "如下：" that hands over to the items.
            const bool handsOver = folded.at(i - 1) == QLatin1Char(':') && QStringView(folded).mid(line.start, i - 1 - line.start).endsWith(u"如下");
            if (folded.at(i - 1) != QChar(0x3002) && !handsOver)
                continue;
            const Span rest{i, line.end};
            const int end = leadPhraseEnd(folded, rest);
            if (end >= 0 && folded.at(end) == QLatin1Char(':')) {
                paragraphs.append({start, i});
                start = i;
            }
        }
        paragraphs.append({start, line.end});
    }
    int leads = 0;
    for (const Span &p : paragraphs)
        leads += leadPhraseEnd(folded, p) >= 0 ? 1 : 0;
    if (leads < 2)
        return;
    QList<QPair<ImportNode, int>> items;   // with where the lead phrase ends
    for (const Span &p : paragraphs) {
        const QString line = folded.mid(p.start, p.end - p.start);
        const int end = leadPhraseEnd(folded, p);
        if (end >= 0) {
            ImportNode n;
            n.kind = ImportNode::Kind::Task;
            n.level = 1;
            n.origin = ImportNode::Origin::LeadPhrase;
            n.doubts = ImportNode::NoLabel;
            n.sourceStart = p.start;
            n.sourceEnd = p.end;
            n.title = trimPunctuation(source.mid(p.start, end - p.start));
            items.append({n, end});
            continue;
        }
        if (items.isEmpty() || isDateLine(line))
            continue;
        // The signature under the last item: a short line with no punctuation of a sentence.
        if (line.size() <= 25 && !runOnStop(line) && !line.contains(QChar(0xFF0C)))
            continue;
        items.last().first.sourceEnd = p.end;
    }
    for (auto &[n, end] : items) {
        n.text = source.mid(n.sourceStart, n.sourceEnd - n.sourceStart).trimmed();
        recogniseRange(&n, folded, n.sourceStart, n.sourceEnd, result.year);
        result.nodes.append(n);
    }
}

} // namespace ap::planoutline
