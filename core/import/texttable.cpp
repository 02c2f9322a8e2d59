#include "texttable.h"

#include "importrules.h"
#include "io/tasktsv.h"

#include <QRegularExpression>

#include <algorithm>

namespace ap::TextTable {

namespace {

struct Line
{
    int start = 0;
    QString text;   // trimmed
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    int start = 0;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        lines.append({start, l.trimmed()});
        start += int(l.size()) + 1;
    }
    return lines;
}

// Cells of a row written on one line: "|" (and the frame's "｜"), tabs, or two or more spaces.
QStringList cellsOf(const QString &line)
{
    static const QRegularExpression bars(QStringLiteral("\\s*[|｜]\\s*"));
    static const QRegularExpression gaps(QStringLiteral("\\t+|[ \\x{3000}]{2,}"));
    QString l = line.trimmed();
    QStringList cells;
    if (l.contains(QLatin1Char('|')) || l.contains(QChar(0xFF5C))) {
        if (l.startsWith(QLatin1Char('|')) || l.startsWith(QChar(0xFF5C)))
            l.remove(0, 1);
        if (l.endsWith(QLatin1Char('|')) || l.endsWith(QChar(0xFF5C)))
            l.chop(1);
        cells = l.split(bars);
    } else {
        cells = l.split(gaps);
    }
    for (QString &c : cells)
        c = c.trimmed();
    return cells;
}

bool isSequenceHeader(const QString &cell)
{
    return cell == QStringLiteral("序号") || cell == QStringLiteral("编号") || cell.compare(QStringLiteral("No."), Qt::CaseInsensitive) == 0;
}

// A header names the task column and at least one more that the import knows (units, time),
// with three cells or more.
bool isHeader(const QStringList &cells)
{
    if (cells.size() < 3)
        return false;
    const QList<TaskTsv::Field> f = TaskTsv::headerFields(cells);
    if (!f.contains(TaskTsv::Title))
        return false;
    const int known = int(std::count_if(f.cbegin(), f.cend(), [](TaskTsv::Field x) { return x != TaskTsv::Ignored; }))
        + int(std::count_if(cells.cbegin(), cells.cend(), isSequenceHeader));
    return known >= 2;
}

bool isBareNumber(const QString &cell)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,4}[.、．]?$"));
    return re.match(cell).hasMatch();
}

// "一、医疗服务", "（二）公共卫生": a group row, short and labelled.
bool isGroupLine(const QString &line)
{
    const QString f = importrules::fold(line);
    const auto label = importrules::matchLabel(f, 0);
    if (!label || (label->kind != importrules::LabelKind::ChineseComma && label->kind != importrules::LabelKind::ChineseParen))
        return false;
    return f.size() - label->length <= 30 && !f.contains(QChar(0x3002)) && cellsOf(line).size() == 1;
}

// A person's name as a 分管领导 column has it: two to four Chinese characters, no unit's ending.
bool looksLikeLeader(const QString &cell)
{
    static const QRegularExpression re(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{2,4}([、,，][\\x{4e00}-\\x{9fff}]{2,4})*$"));
    static const QString unitEnds = QStringLiteral("委局办院心府部科室站所队会处厅社团司馆校位门关道镇");
    return re.match(cell).hasMatch() && !unitEnds.contains(cell.back());
}

// A row whose cells each stood on a line of their own: fitted to the header's columns. The
// title cell first; a leader's name only into a leaders' column; what is left in order.
QStringList fitCells(const QStringList &header, const QStringList &cells, int sequenceColumn)
{
    QStringList row(header.size());
    int c = 0;
    int at = 0;
    if (sequenceColumn >= 0 && !cells.isEmpty() && isBareNumber(cells.first())) {
        row[sequenceColumn] = cells.first();
        at = 1;
    }
    // A cell the page width broke over two lines: the title goes on while it has not ended its
    // sentence and there are more lines than cells.
    QStringList lines = cells;
    const int title = int(TaskTsv::headerFields(header).indexOf(TaskTsv::Title));
    while (lines.size() - at > header.size() - (at ? 1 : 0) && at < lines.size() - 1 && title >= 0
           && !lines.at(at).endsWith(QChar(0x3002))) {
        lines[at] += lines.at(at + 1);
        lines.removeAt(at + 1);
    }
    if (lines.size() - at == header.size() - (at ? 1 : 0)) {
        for (int k = 0; k < header.size(); ++k)
            if (k != sequenceColumn || !at)
                row[k] = lines.value(at++);
        return row;
    }
    for (; at < lines.size(); ++at) {
        const QString &cell = lines.at(at);
        while (c < header.size()) {
            if (c == sequenceColumn) {
                ++c;
                continue;
            }
            const bool leaders = header.at(c).contains(QStringLiteral("领导"));
            if (leaders && !looksLikeLeader(cell)) {
                ++c;
                continue;
            }
            break;
        }
        if (c >= header.size()) {
            row.last() += cell;
            continue;
        }
        row[c++] = cell;
    }
    return row;
}

} // namespace

std::optional<Found> find(const QString &text)
{
    const QList<Line> lines = linesOf(text);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).text.isEmpty() || lines.at(i).text.size() > 120)
            continue;
        Found found;
        found.start = lines.at(i).start;
        // A header on one line; in a PDF's text of a table without rules its cells are
        // separated by single spaces, each a name the import knows.
        QStringList cells = cellsOf(lines.at(i).text);
        bool singleSpaced = false;
        if (!isHeader(cells)) {
            const QStringList words = lines.at(i).text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QList<TaskTsv::Field> f = TaskTsv::headerFields(words);
            bool allKnown = !f.isEmpty();
            for (int k = 0; k < words.size() && allKnown; ++k)
                allKnown = f.at(k) != TaskTsv::Ignored || isSequenceHeader(words.at(k)) || words.at(k).contains(QStringLiteral("领导"));
            singleSpaced = allKnown && isHeader(words);
            if (singleSpaced)
                cells = words;
        }
        if (isHeader(cells)) {
            auto split = [singleSpaced](const QString &l) {
                return singleSpaced ? l.split(QLatin1Char(' '), Qt::SkipEmptyParts) : cellsOf(l);
            };
            const bool numbered = std::any_of(cells.cbegin(), cells.cend(), isSequenceHeader);
            found.rows.append(cells);
            for (int j = i + 1; j < lines.size(); ++j) {
                const QString &l = lines.at(j).text;
                if (l.isEmpty())
                    continue;
                QStringList row = split(l);
                const bool startsRow = isGroupLine(l) || (numbered ? isBareNumber(row.first()) : row.size() >= cells.size() - 1);
                const bool afterRow = found.rows.size() > 1 && !isGroupLine(found.rows.last().join(QString()));
                if (!startsRow && afterRow) {
                    // A row the page width broke: a full row's last cell goes on; a short row
                    // gets the cells the break moved down.
                    QStringList &last = found.rows.last();
                    if (last.size() >= cells.size())
                        last.last() += row.takeFirst();
                    last += row;
                } else if (row.size() >= 2 || isGroupLine(l)) {
                    found.rows.append(row);
                }
            }
            // A row short of cells where a single space stood between two (a PDF's text): the
            // cells besides the task's own split there.
            const int title = int(TaskTsv::headerFields(cells).indexOf(TaskTsv::Title));
            for (int r = 1; r < found.rows.size(); ++r) {
                QStringList &row = found.rows[r];
                if (row.size() < 2 || row.size() >= cells.size())
                    continue;
                QStringList split;
                for (int c = 0; c < row.size(); ++c)
                    split += c == title ? QStringList{row.at(c)} : row.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (split.size() <= cells.size())
                    row = split;
            }
            return found.rows.size() > 1 ? std::optional<Found>(found) : std::nullopt;
        }
        // A header with each cell on a line of its own.
        QStringList header;
        int j = i;
        while (j < lines.size() && !lines.at(j).text.isEmpty() && lines.at(j).text.size() <= 12
               && cellsOf(lines.at(j).text).size() == 1 && header.size() < 12) {
            header.append(lines.at(j).text);
            ++j;
        }
        if (header.size() < 3 || !isHeader(header))
            continue;
        // Only as long as the header names cells: "序号" … "责任单位", then the rows.
        while (header.size() > 3 && TaskTsv::headerFields(header).last() == TaskTsv::Ignored
               && !isSequenceHeader(header.last()) && !header.last().contains(QStringLiteral("领导")))
            header.removeLast(), --j;
        found.rows.append(header);
        const int sequence = int(std::find_if(header.cbegin(), header.cend(), isSequenceHeader) - header.cbegin());
        const int sequenceColumn = sequence < header.size() ? sequence : -1;
        QStringList pending;
        auto flush = [&] {
            if (!pending.isEmpty())
                found.rows.append(fitCells(header, pending, sequenceColumn));
            pending.clear();
        };
        for (; j < lines.size(); ++j) {
            const QString &l = lines.at(j).text;
            if (l.isEmpty())
                continue;
            if (isGroupLine(l)) {
                flush();
                found.rows.append({l});
                continue;
            }
            const bool rowStarts = sequenceColumn >= 0 ? isBareNumber(l) : pending.size() == header.size();
            if (rowStarts)
                flush();
            pending.append(l);
        }
        flush();
        return found.rows.size() > 1 ? std::optional<Found>(found) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace ap::TextTable
