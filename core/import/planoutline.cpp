#include "planoutline.h"

#include "importrules.h"
#include "importtext.h"
#include "leadphrases.h"
#include "outlinetext.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace ap::planoutline {

using namespace importrules;

namespace {

// A labelled item while the outline is being read.
struct RawItem
{
    Label label;
    int start = 0;            // the label
    int textStart = 0;        // after the label
    int segmentEnd = 0;       // end of the item's own run of text
    QList<Span> body;         // unlabelled paragraphs that follow it
    int parent = -1;
    QList<int> children;
    int level = 1;
};

bool isHeadingKind(LabelKind k)
{
    return k == LabelKind::ChineseComma || k == LabelKind::ChineseParen;
}

} // namespace

bool isSentenceEndChar(QChar c)
{
    return c == QChar(0x3002) || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('!')
        || c == QLatin1Char('?');
}

namespace {

// "公共卫生服务提质增效，筑牢基层健康防线以基本公共卫生服务项目为抓手，聚焦…": a heading of
// two phrases whose text ran on (line breaks lost). It ends where, a few characters into its
// second phrase, the word that opens a work item's sentence (加强, 深化, 以…为, 针对 …) begins a
// clause that goes on; a heading on a line of its own has no such clause after it. -1 when none.
int twoPhraseHeadingEnd(const QString &title)
{
    static const QStringList openers = {
        QStringLiteral("围绕"), QStringLiteral("聚焦"), QStringLiteral("坚持"), QStringLiteral("按照"), QStringLiteral("根据"),
        QStringLiteral("针对"), QStringLiteral("通过"), QStringLiteral("依托"), QStringLiteral("实施"), QStringLiteral("加强"),
        QStringLiteral("深化"), QStringLiteral("推进"), QStringLiteral("推动"), QStringLiteral("完善"), QStringLiteral("全面"),
        QStringLiteral("持续"), QStringLiteral("进一步"), QStringLiteral("着力"), QStringLiteral("强化"), QStringLiteral("优化"),
        QStringLiteral("健全"), QStringLiteral("建立"), QStringLiteral("开展"), QStringLiteral("落实"), QStringLiteral("统筹"),
        QStringLiteral("关注"), QStringLiteral("扎实"), QStringLiteral("积极"), QStringLiteral("大力"), QStringLiteral("切实"),
        QStringLiteral("严格"), QStringLiteral("加快"), QStringLiteral("探索"), QStringLiteral("做好"), QStringLiteral("抓好"),
        QStringLiteral("巩固"), QStringLiteral("力争"), QStringLiteral("确保"), QStringLiteral("全年"), QStringLiteral("年内")};
    const QString folded = fold(title);
    const int comma = int(folded.indexOf(QLatin1Char(',')));
    if (comma < 2)
        return -1;
    static const QString marks = QStringLiteral(",.;:!?、。()\"“”");
    const int from = comma + 1;
    for (int p = from + 4; p <= from + 14 && p < folded.size(); ++p) {
        if (marks.contains(folded.at(p - 1)))
            return -1;   // the second phrase is no phrase of a heading
        // What follows must be a clause of its own, not the heading's last word (…队伍建设).
        if (folded.size() - p < 12)
            return -1;
        const QStringView rest = QStringView(folded).mid(p);
        const bool opens = std::any_of(openers.cbegin(), openers.cend(), [&](const QString &o) { return rest.startsWith(o); })
            || (rest.startsWith(QChar(0x4EE5)) && rest.mid(1, 16).contains(QChar(0x4E3A)));   // 以…为
        if (opens)
            return p;
    }
    return -1;
}

// A heading whose text ran on into its first sentence ("总体要求坚持以人民健康为中心，…", its
// line break lost): the standard name a plan gives such a part, when it opens a sentence that no
// heading would be (one with a comma in it). Otherwise the title as it is.
QString runOnHeading(const QString &title)
{
    static const QStringList names = {
        QStringLiteral("总体要求"), QStringLiteral("指导思想"), QStringLiteral("基本原则"), QStringLiteral("主要目标"),
        QStringLiteral("工作目标"), QStringLiteral("发展目标"), QStringLiteral("总体目标"), QStringLiteral("目标任务"),
        QStringLiteral("重点任务"), QStringLiteral("主要任务"), QStringLiteral("工作任务"), QStringLiteral("重点工作"),
        QStringLiteral("保障措施"), QStringLiteral("组织保障"), QStringLiteral("组织实施"), QStringLiteral("工作要求"),
        QStringLiteral("工作措施"), QStringLiteral("实施步骤"), QStringLiteral("进度安排"), QStringLiteral("职责分工"),
        QStringLiteral("工作原则"), QStringLiteral("重要指标"), QStringLiteral("主要指标")};
    if (!title.contains(QChar(0xFF0C)) && !title.contains(QLatin1Char(',')))
        return title;
    for (const QString &n : names)
        if (title.startsWith(n) && title.size() > n.size())
            return n;
    if (const int end = twoPhraseHeadingEnd(title); end > 0)
        return title.left(end);
    return title;
}

// Title of an item: its text up to the first 。, or the whole run, without a trailing
// responsibility clause.
} // namespace

QString itemTitle(const QString &source, const QString &folded, int start, int end, bool firstClauseOnly)
{
    int stop = end;
    for (int i = start; i < end; ++i) {
        const QChar c = folded.at(i);
        if (c == QChar(0x3002) || (firstClauseOnly && c == QLatin1Char(','))) {
            stop = i;
            break;
        }
    }
    const Responsibility r = findResponsibility(folded.mid(start, stop - start));
    for (const auto &span : r.clauseSpans)
        if (start + span.second >= stop - 1 && span.first > 0)
            stop = start + span.first;
    return trimPunctuation(source.mid(start, stop - start));
}

void recogniseResponsibility(ImportNode *node, const QString &folded, int start, int end)
{
    const Responsibility r = findResponsibility(folded.mid(start, end - start));
    for (const QString &n : r.lead)
        if (!node->lead.contains(n) && !node->support.contains(n))
            node->lead.append(n);
    for (const QString &n : r.support)
        if (!node->lead.contains(n) && !node->support.contains(n))
            node->support.append(n);
    for (const auto &s : r.clauseSpans)
        node->responsibilitySpans.append({start + s.first, start + s.second});
    if (r.splitAtListComma)
        node->doubts |= ImportNode::UnitsSplit;
}

void recogniseGoals(ImportNode *node, const QString &folded, int start, int end, int year)
{
    const QString piece = folded.mid(start, end - start);
    bool fromBareYear = false;
    const QDate d = latestDeadline(piece, year, &fromBareYear);
    if (d.isValid() && (!node->deadline.isValid() || d > node->deadline)) {
        node->deadline = d;
        node->doubts = fromBareYear ? node->doubts | ImportNode::BareYearDate : node->doubts & ~unsigned(ImportNode::BareYearDate);
    }
    if (node->cadence.isEmpty())
        node->cadence = cadenceWords(piece);
    for (const FoundTarget &f : findTargets(piece)) {
        node->targets.append(f.target);
        node->targetSpans.append({start + f.start, start + f.end});
        if (!f.stated)
            node->doubts |= ImportNode::BareAmount;
    }
}

void recogniseRange(ImportNode *node, const QString &folded, int start, int end, int year)
{
    recogniseResponsibility(node, folded, start, end);
    recogniseGoals(node, folded, start, end, year);
}

namespace {

// Whether the text before end closes a line of units: since the last sentence a keyword such as
// 责任单位: or 牵头部门: stands, and the last character ends a body's name (局, 委, 院, 部门 …).
bool unitLineBefore(const QString &folded, int from, int end)
{
    if (!endsAsBody(folded.mid(std::max(from, end - 3), std::min(3, end - from))))
        return false;
    // The keyword stands within a short way of the units' end; no further back is looked.
    int start = end - 1;
    while (start > from && end - start < 80 && !QStringLiteral("。;!?\n").contains(folded.at(start - 1)))
        --start;
    static const QRegularExpression keyword(QStringLiteral("(单位|部门|科室)\\s*:"));
    const QString since = folded.mid(start, end - start);
    // The last clause's units follow its colon: a list, not a sentence.
    QRegularExpressionMatch last;
    for (auto it = keyword.globalMatch(since); it.hasNext();)
        last = it.next();
    return last.hasMatch() && since.size() - last.capturedEnd() <= 60;
}

// The labelled items of a plan's text, read paragraph by paragraph: a label opens an item at its
// level (closing the deeper ones), a label inside a paragraph opens one when it continues a
// sequence, and unlabelled text is the open item's body or, before any item, the preamble.
class OutlineReader
{
public:
    OutlineReader(const QString &folded, const QList<Span> &paragraphs)
        : folded(folded)
        , paragraphs(paragraphs)
    {
    }
    // Reads paragraphs from first on, up to the annex tables.
    void read(int first)
    {
        for (int pi = first; pi < paragraphs.size(); ++pi)
            if (!readParagraph(pi))
                break;
    }
    QList<RawItem> items;
    QList<Span> preamble;

private:
    int kindIndex(LabelKind kind) const
    {
        for (int k = int(stack.size()) - 1; k >= 0; --k)
            if (items.at(stack.at(k)).label.kind == kind)
                return k;
        return -1;
    }
    void openItem(const Label &label, int start)
    {
        const int k = kindIndex(label.kind);
        if (k >= 0)
            stack.resize(k);
        RawItem item;
        item.label = label;
        item.start = start;
        item.textStart = start + label.length;
        item.parent = stack.isEmpty() ? -1 : stack.last();
        item.level = int(stack.size()) + 1;
        items.append(item);
        lastNumber.insert(int(label.kind), label.number);
        const int index = int(items.size()) - 1;
        if (item.parent >= 0)
            items[item.parent].children.append(index);
        stack.append(index);
    }
    // Whether a label found inside a paragraph starts a new item: it must continue a sequence
    // already open (二、 after 一、, 三是 after 二是) or start a new one (一是 … 二是 …).
    bool acceptInline(const Label &label, int at, int paragraphIndex, bool afterHeadingWords) const
    {
        const int k = kindIndex(label.kind);
        if (label.kind == LabelKind::Enumeration) {
            if (k >= 0) {
                const int n = items.at(stack.at(k)).label.number;
                return label.number == n || label.number == n + 1;
            }
            if (label.number != 1)
                return false;
            int lookEnd = paragraphs.at(paragraphIndex).end;
            if (paragraphIndex + 1 < paragraphs.size())
                lookEnd = paragraphs.at(paragraphIndex + 1).end;
            return folded.mid(at, lookEnd - at).contains(QStringLiteral("二是"));
        }
        if (k >= 0)
            return items.at(stack.at(k)).label.number + 1 == label.number;
        // Numbering that runs on across sections ((一) 1.–5., (二) 6.–12.): the next number
        // of the kind's last item, wherever that stood.
        if (lastNumber.value(int(label.kind)) > 0 && label.number == lastNumber.value(int(label.kind)) + 1)
            return true;
        if (label.number != 1)
            return false;
        // "一、总体目标1、到2025年，…": a heading's few words, then its first item.
        if (isHeadingKind(label.kind) || afterHeadingWords)
            return true;
        // "。1．…。2．…": a new run of numbered items needs its second item in sight.
        const QString second = label.kind == LabelKind::ArabicDot ? QStringLiteral("2")
            : label.kind == LabelKind::ArabicParen                 ? QStringLiteral("(2)")
                                                                   : QStringLiteral("②");
        const int end = paragraphs.at(paragraphIndex).end;
        for (int j = int(folded.indexOf(second, at + label.length)); j >= 0 && j < end;
             j = int(folded.indexOf(second, j + 1))) {
            const auto l = matchLabel(folded, j);
            if (l && l->kind == label.kind && l->number == 2)
                return true;
        }
        return false;
    }
    // One paragraph, split where labels inside it open items; false at the annex tables.
    bool readParagraph(int pi);

    const QString &folded;
    const QList<Span> &paragraphs;
    QList<int> stack;   // open items, outermost first
    QHash<int, int> lastNumber;   // per label kind, the number of its last item
};

bool OutlineReader::readParagraph(int pi)
{
    const Span p = paragraphs.at(pi);
    const QString line = folded.mid(p.start, p.end - p.start);
    if (isAnnexLine(line) && !items.isEmpty())
        return false;   // annex tables follow; they are not part of the outline
    if (isDateLine(line))
        return true;
    std::optional<Label> label = matchLabel(folded, p.start);
    int segStart = p.start;
    for (;;) {
        if (label)
            openItem(*label, segStart);
        int searchFrom = segStart + (label ? label->length : 0);
        int split = -1;
        std::optional<Label> next;
        for (int i = searchFrom + 1; i < p.end; ++i) {
            int b = i;
            while (b > segStart && folded.at(b - 1) == QLatin1Char(' '))
                --b;
            // After a sentence, or after a closing bracket (a responsibility clause ends many items).
            const bool afterSentence = b > segStart
                && (isSentenceEndChar(folded.at(b - 1)) || folded.at(b - 1) == QLatin1Char(')'));
            // "…重点工程建设一是争取…": an enumeration may start right after a heading whose
            // line break was lost, but never inside a word (统一是, 第一是).
            const bool enumerationStart = folded.at(i) == QChar(0x4E00) && i + 1 < p.end
                && folded.at(i + 1) == QChar(0x662F) && b > segStart
                && !QStringLiteral("零〇一二两三四五六七八九十百千万第唯统同单专划之").contains(folded.at(i - 1));
            // "二、重点任务(一)公共卫生能力提升行动1.完善…": a heading's few words with no
            // punctuation, then the label of the next item (line breaks lost).
            bool headingRunOn = false;
            if (label && isHeadingKind(label->kind)) {
                const int from = segStart + label->length;
                headingRunOn = i - from >= 2 && i - from <= 20 && !runOnStop(folded.mid(from, i - from));
            }
            // "…牵头单位:区卫健委责任单位:区医保局2.加强…": a line of units ran into the next
            // item (line breaks lost); the units end as a body's name does.
            const bool afterUnits = !afterSentence && b > segStart && (folded.at(i).isDigit() || folded.at(i) == QLatin1Char('(') || detail::isChineseNumeralChar(folded.at(i)))
                && unitLineBefore(folded, segStart, b);
            if (!afterSentence && !enumerationStart && !headingRunOn && !afterUnits)
                continue;
            const auto l = matchLabel(folded, i);
            if (l && acceptInline(*l, i, pi, headingRunOn)) {
                split = i;
                next = l;
                break;
            }
        }
        const int segEnd = split >= 0 ? split : p.end;
        if (label) {
            items.last().segmentEnd = segEnd;
        } else if (!stack.isEmpty()) {
            items[stack.last()].body.append({segStart, segEnd});
        } else {
            preamble.append({segStart, segEnd});
        }
        if (split < 0)
            break;
        segStart = split;
        label = next;
    }
    return true;
}

// The import's nodes from the items read: sections, work items and their goals.
class NodeWriter
{
public:
    NodeWriter(ImportResult &result, const QString &source, const QString &folded)
        : m_result(result)
        , source(source)
        , folded(folded)
    {
    }
    void write(const RawItem &item);

private:
    ImportResult &m_result;
    const QString &source;
    const QString &folded;
};

void NodeWriter::write(const RawItem &item)
{
    // A top-level 一、 heading is always a section, its paragraphs (where no numbered items
    // follow) each a work item, even when its text runs on in the same paragraph. A lower
    // heading ((一), 1., (1)) is a section only when numbered items follow under it; otherwise
    // it is one work item, its paragraphs its text and targets ("(一)重要指标" and a paragraph
    // of indicators).
    const bool topHeading = item.label.kind == LabelKind::ChineseComma && item.level == 1;
    const bool leafWithParagraphs = item.children.isEmpty() && !item.body.isEmpty() && topHeading;
    const bool section = !item.children.isEmpty() || topHeading;
    ImportNode node;
    node.kind = section ? ImportNode::Kind::Section : ImportNode::Kind::Task;
    node.level = item.level;
    node.label = item.label.normalised;
    node.sourceStart = item.start;
    node.sourceEnd = item.body.isEmpty() ? item.segmentEnd : item.body.last().end;
    const QString fullTitle = itemTitle(source, folded, item.textStart, item.segmentEnd, false);
    node.title = isHeadingKind(item.label.kind) ? runOnHeading(fullTitle) : fullTitle;
    // The heading's own words end where its run-on text begins.
    const int runOnStart = node.title.size() < fullTitle.size() ? item.textStart + int(node.title.size()) : -1;
    if (runOnStart >= 0)
        node.doubts |= ImportNode::TitleCut;
    QStringList parts{source.mid(item.textStart, item.segmentEnd - item.textStart).trimmed()};
    if (!leafWithParagraphs)
        for (const Span &b : item.body)
            parts.append(source.mid(b.start, b.end - b.start));
    parts.removeAll(QString());
    node.text = parts.join(QLatin1Char('\n'));
    if (section) {
        // A section's own goals come from its introduction, never from its title alone.
        // A heading whose work runs on in its own paragraph (line breaks lost, or a short
        // plan): the sentences after the heading are one work item.
        int introEnd = item.segmentEnd;
        if (item.children.isEmpty() && item.body.isEmpty()) {
            const int stop = int(folded.indexOf(QChar(0x3002), item.textStart));
            if (runOnStart >= 0)
                introEnd = runOnStart;   // "三、保障措施加强组织领导，…": the words after it are work
            else if (stop >= 0 && stop + 1 < item.segmentEnd)
                introEnd = stop + 1;
        }
        ImportNode probe;
        recogniseRange(&probe, folded, item.textStart, introEnd, m_result.year);
        if (!leafWithParagraphs)
            for (const Span &b : item.body)
                recogniseRange(&probe, folded, b.start, b.end, m_result.year);
        node.targets = probe.targets;
        node.targetSpans = probe.targetSpans;
        m_result.nodes.append(node);
        QList<Span> paragraphTasks = leafWithParagraphs ? item.body : QList<Span>();
        if (introEnd < item.segmentEnd) {
            int start = introEnd;
            while (start < item.segmentEnd && folded.at(start).isSpace())
                ++start;
            if (start < item.segmentEnd)
                paragraphTasks.append({start, item.segmentEnd});
        }
        {
            for (const Span &b : paragraphTasks) {
                ImportNode task;
                task.kind = ImportNode::Kind::Task;
                task.origin = ImportNode::Origin::Paragraph;
                task.doubts = ImportNode::NoLabel;
                task.level = item.level + 1;
                task.sourceStart = b.start;
                task.sourceEnd = b.end;
                task.title = itemTitle(source, folded, b.start, b.end, true);
                task.text = source.mid(b.start, b.end - b.start);
                recogniseRange(&task, folded, b.start, b.end, m_result.year);
                m_result.nodes.append(task);
            }
        }
    } else {
        // The item's lines are read together for its units ("牵头单位：A" on one line makes the
        // "责任单位：B" line under it the support); a closing bracket of units is a paragraph's.
        recogniseResponsibility(&node, folded, item.textStart, node.sourceEnd);
        if (node.lead.isEmpty() && node.support.isEmpty())
            for (const Span &b : item.body)
                recogniseResponsibility(&node, folded, b.start, b.end);
        recogniseGoals(&node, folded, item.textStart, item.segmentEnd, m_result.year);
        for (const Span &b : item.body)
            recogniseGoals(&node, folded, b.start, b.end, m_result.year);
        m_result.nodes.append(node);
    }
}

} // namespace

ImportResult read(const QString &input, bool titled)
{
    ImportResult result;
    const QString source = plainSource(input);
    result.source = source;
    const QString folded = fold(source);
    QList<Span> paragraphs = paragraphsOf(folded);

    // The document's own title: a short first line with no label that is not a sentence, or
    // the name that opens a first paragraph it was merged into (a PDF's title on the line of
    // its first sentence).
    int firstParagraph = 0;
    // "附件2" over the title of a document that is an annex: a mark, not the title.
    if (paragraphs.size() > 1) {
        const QString mark = folded.mid(paragraphs.first().start, paragraphs.first().end - paragraphs.first().start);
        static const QRegularExpression annexMark(QStringLiteral("^附\\s*件\\s*\\d{0,2}\\s*:?$"));
        if (annexMark.match(mark).hasMatch())
            firstParagraph = 1;
    }
    if (titled && firstParagraph < paragraphs.size()) {
        const Span p = paragraphs.at(firstParagraph);
        const QString line = folded.mid(p.start, p.end - p.start);
        if (!matchLabel(folded, p.start) && line.size() <= 60 && !line.endsWith(QChar(0x3002))
            && !line.endsWith(QLatin1Char(':'))) {
            result.title = source.mid(p.start, p.end - p.start).simplified();
            ++firstParagraph;
        } else if (const int end = mergedTitleEnd(line); end > 0) {
            result.title = source.mid(p.start, end).simplified();
            paragraphs[firstParagraph].start = p.start + end;
        }
    }
    OutlineReader outline(folded, paragraphs);
    outline.read(firstParagraph);

    // The plan year: from the title, else from the preamble.
    // "三年行动计划(2026—2028年)" is for its first year.
    static const QRegularExpression yearRe(QStringLiteral("(20\\d\\d)\\s*(?:年|[-—–~至到]\\s*20\\d\\d\\s*年)"));
    const QList<Span> &preamble = outline.preamble;
    if (const auto m = yearRe.match(fold(result.title)); m.hasMatch())
        result.year = m.captured(1).toInt();
    else if (!preamble.isEmpty())
        if (const auto pm = yearRe.match(folded.mid(preamble.first().start, preamble.first().end - preamble.first().start));
            pm.hasMatch())
            result.year = pm.captured(1).toInt();

    NodeWriter nodes(result, source, folded);
    for (const RawItem &item : outline.items)
        nodes.write(item);
    if (outline.items.isEmpty()) {
        QList<Span> body;
        for (int i = firstParagraph; i < paragraphs.size(); ++i)
            body.append(paragraphs.at(i));
        writeLeadPhraseItems(result, source, folded, body);
    }
    return result;
}

} // namespace ap::planoutline
