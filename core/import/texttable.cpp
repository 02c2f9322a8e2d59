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
    static const QRegularExpression gaps(QStringLiteral("[ \\x{3000}]{2,}"));
    QString l = line.trimmed();
    QStringList cells;
    if (l.contains(QLatin1Char('|')) || l.contains(QChar(0xFF5C))) {
        if (l.startsWith(QLatin1Char('|')) || l.startsWith(QChar(0xFF5C)))
            l.remove(0, 1);
        if (l.endsWith(QLatin1Char('|')) || l.endsWith(QChar(0xFF5C)))
            l.chop(1);
        cells = l.split(bars);
    } else if (l.contains(QLatin1Char('\t'))) {
        cells = l.split(QLatin1Char('\t'));   // an empty cell is two tabs, kept in its column
    } else {
        cells = l.split(gaps);
    }
    for (QString &c : cells)
        c = c.trimmed();
    return cells;
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
        + int(std::count_if(cells.cbegin(), cells.cend(), TaskTsv::isSequenceHeader));
    return known >= 2;
}

bool isBareNumber(const QString &cell)
{
    return TaskTsv::sequenceNumber(cell) >= 0;
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
    return re.match(cell).hasMatch() && !importrules::endsAsBody(cell);
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

bool isKnownColumn(const QString &cell)
{
    return TaskTsv::headerFields({cell}).value(0, TaskTsv::Ignored) != TaskTsv::Ignored || TaskTsv::isSequenceHeader(cell)
        || cell.contains(QStringLiteral("领导"));
}

// The header a line holds, if any: cells parted by bars, tabs or runs of spaces; a cell that is
// several known names parted by single spaces is as many cells (a PDF's text of a table without
// rules, where a narrow gap shows as one space). singleSpaced: every cell was parted so.
QStringList headerOf(const QString &line, bool *singleSpaced)
{
    *singleSpaced = false;
    const QStringList parted = cellsOf(line);
    QStringList cells;
    for (const QString &c : parted) {
        const QStringList words = c.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool names = words.size() > 1 && std::all_of(words.cbegin(), words.cend(), isKnownColumn);
        cells += names ? words : QStringList{c};
    }
    if (parted.size() > 1 && isHeader(cells))
        return cells;
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (std::all_of(words.cbegin(), words.cend(), isKnownColumn) && isHeader(words)) {
        *singleSpaced = true;
        return words;
    }
    return {};
}

// A row short of cells (a PDF's text, where a narrow gap between two cells is one space): the
// task's cell loses the trailing words that are a person's or a body's name, the other cells
// split at their spaces, and a date glued to the last cell is one of its own.
void fillShortRow(QStringList &row, const QStringList &header)
{
    if (row.size() < 2 || row.size() >= header.size())
        return;
    const QList<TaskTsv::Field> fields = TaskTsv::headerFields(header);
    const int title = int(fields.indexOf(TaskTsv::Title));
    QStringList split;
    for (int c = 0; c < row.size(); ++c) {
        QStringList words = row.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (c != title || words.size() < 2) {
            split += c == title ? QStringList{row.at(c)} : words;
            continue;
        }
        QStringList tail;
        while (words.size() > 1 && (looksLikeLeader(words.last()) || importrules::endsAsBody(words.last())))
            tail.prepend(words.takeLast());
        split += words.join(QLatin1Char(' '));
        split += tail;
    }
    static const QRegularExpression gluedDate(QStringLiteral("^(.*?[^\\d\\s年月日])\\s*((?:20\\d\\d\\s*年)?\\s*\\d{1,2}\\s*月.*)$"));
    if (split.size() < header.size() && fields.last() == TaskTsv::Deadline)
        if (const auto m = gluedDate.match(split.last()); m.hasMatch() && !m.captured(1).isEmpty()) {
            split.last() = m.captured(1);
            split.append(m.captured(2));
        }
    // A date the break moved to a line of its own belongs under 完成时限, the cells before it empty.
    static const QRegularExpression date(QStringLiteral("^(?:20\\d\\d\\s*年|\\d{1,2}\\s*月)"));
    if (split.size() < header.size() && fields.last() == TaskTsv::Deadline && date.match(split.last()).hasMatch())
        while (split.size() < header.size())
            split.insert(split.size() - 1, QString());
    if (split.size() <= header.size())
        row = split;
}

// Rows a line each after a one-line header; a line the page width broke goes on where it broke.
// The table ends (*end, a line index) at a paragraph's long line or after more broken lines than a
// row has: the plan's text after it is no row.
QList<QStringList> rowsByLine(const QList<Line> &lines, int from, const QStringList &header, bool singleSpaced, int *end)
{
    auto split = [singleSpaced](const QString &l) {
        return singleSpaced ? l.split(QLatin1Char(' '), Qt::SkipEmptyParts) : cellsOf(l);
    };
    const bool numbered = std::any_of(header.cbegin(), header.cend(), TaskTsv::isSequenceHeader);
    const QList<TaskTsv::Field> fields = TaskTsv::headerFields(header);
    QList<QStringList> rows;
    bool lastIsGroup = false;
    int lastGroupLine = -1;
    int broken = 0;          // lines the page broke since the last row began
    int brokenFrom = -1;     // the first of them
    *end = int(lines.size());
    for (int j = from; j < lines.size(); ++j) {
        const QString &l = lines.at(j).text;
        if (l.isEmpty())
            continue;
        QStringList row = split(l);
        // A cell's number glued to its text ("13加快…": a PDF's autospace taken out); a date or an
        // amount the page broke ("12月底", "90%") is none.
        static const QRegularExpression gluedNumber(QStringLiteral("^(\\d{1,3})([^\\d.、．\\s年月日号%‰].*)$"));
        if (numbered && !isBareNumber(row.first()))
            if (const auto m = gluedNumber.match(row.first()); m.hasMatch()) {
                row.first() = m.captured(2);
                row.prepend(m.captured(1));
            }
        const bool startsRow = isGroupLine(l) || (numbered ? isBareNumber(row.first()) : row.size() >= header.size() - 1);
        const bool afterRow = !rows.isEmpty() && !lastIsGroup;
        if (!startsRow && (row.size() == 1 && l.size() > 100)) {
            *end = j;   // a paragraph of the plan's text
            break;
        }
        if (!startsRow && lastIsGroup) {
            // Text under a heading, not rows: the table ended with the row before the heading.
            rows.removeLast();
            *end = lastGroupLine;
            break;
        }
        if (startsRow) {
            broken = 0;
        } else if (++broken == 1) {
            brokenFrom = j;
        } else if (broken > 3) {
            *end = brokenFrom;   // more lines than a broken row has: text, from where they began
            break;
        }
        if (!startsRow && afterRow) {
            // A full row's last cell goes on, as does one the break cut short: ended mid-list
            // (、 or ，), a unit's name not finished (区卫|健委), a word of one character left
            // over (王海|涛). A short row gets the cells the break moved down.
            QStringList &last = rows.last();
            const QString &end = last.last();
            const TaskTsv::Field field = fields.value(int(last.size()) - 1, TaskTsv::Ignored);
            const bool unfinished = end.endsWith(QChar(0x3001)) || end.endsWith(QChar(0xFF0C))
                || ((field == TaskTsv::Lead || field == TaskTsv::Support) && !importrules::endsAsBody(end))
                || row.first().size() == 1;
            if (last.size() >= header.size() || unfinished)
                last.last() += row.takeFirst();
            last += row;
        } else if (row.size() >= 2 || isGroupLine(l)) {
            rows.append(row);
            lastIsGroup = isGroupLine(l);
            if (lastIsGroup)
                lastGroupLine = j;
        }
        if (!rows.isEmpty())
            fillShortRow(rows.last(), header);
    }
    return rows;
}

// Rows whose cells each stand on a line of their own, a row starting at its 序号 (or, with no
// such column, every header's width of lines). The table ends (*end) where a row would run past
// its cells by more than a broken line or two.
QList<QStringList> rowsByCell(const QList<Line> &lines, int from, const QStringList &header, int *end)
{
    const int sequence = int(std::find_if(header.cbegin(), header.cend(), TaskTsv::isSequenceHeader) - header.cbegin());
    const int sequenceColumn = sequence < header.size() ? sequence : -1;
    QList<QStringList> rows;
    QStringList pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            rows.append(fitCells(header, pending, sequenceColumn));
        pending.clear();
    };
    *end = int(lines.size());
    QList<int> pendingLines;
    for (int j = from; j < lines.size(); ++j) {
        const QString &l = lines.at(j).text;
        if (l.isEmpty())
            continue;
        if (isGroupLine(l)) {
            flush();
            pendingLines.clear();
            rows.append({l});
            continue;
        }
        if (sequenceColumn >= 0 ? isBareNumber(l) : pending.size() == header.size()) {
            flush();
            pendingLines.clear();
        }
        pending.append(l);
        pendingLines.append(j);
        if (pending.size() > header.size() + 2) {
            // The row's cells are done: what follows them is the plan's text.
            *end = pendingLines.at(header.size());
            pending = pending.mid(0, header.size());
            break;
        }
    }
    flush();
    return rows;
}

// A header with each cell on a line of its own, from line i on: its known names, the number of
// lines they took in *next.
QStringList headerByCell(const QList<Line> &lines, int i, int *next)
{
    if (!isKnownColumn(lines.at(i).text))
        return {};
    QStringList header;
    int j = i;
    while (j < lines.size() && !lines.at(j).text.isEmpty() && lines.at(j).text.size() <= 12
           && cellsOf(lines.at(j).text).size() == 1 && header.size() < 12) {
        header.append(lines.at(j).text);
        ++j;
    }
    // Only as long as the header names cells: "序号" … "责任单位", then the rows.
    while (header.size() > 3 && !isKnownColumn(header.last())) {
        header.removeLast();
        --j;
    }
    *next = j;
    return header.size() >= 3 && isHeader(header) ? header : QStringList();
}

} // namespace

std::optional<Found> find(const QString &text)
{
    const QList<Line> lines = linesOf(text);
    // A header names its task column with one of these words; other lines are not looked at twice
    // (a plan's text may run to two million characters).
    static const QStringList taskWords = {QStringLiteral("任务"), QStringLiteral("事项"), QStringLiteral("工作"),
                                          QStringLiteral("目标"), QStringLiteral("项目"), QStringLiteral("task"),
                                          QStringLiteral("title")};
    for (int i = 0; i < lines.size(); ++i) {
        const QString &candidate = lines.at(i).text;
        if (candidate.isEmpty() || candidate.size() > 120)
            continue;
        // (a header a cell a line names its task column within its first dozen lines)
        bool named = false;
        for (int k = i; k < std::min<qsizetype>(lines.size(), i + 12) && !named; ++k)
            named = std::any_of(taskWords.cbegin(), taskWords.cend(),
                                [&](const QString &w) { return lines.at(k).text.contains(w, Qt::CaseInsensitive); });
        if (!named)
            continue;
        Found found;
        found.start = lines.at(i).start;
        bool singleSpaced = false;
        int next = i + 1;
        QStringList header = headerOf(lines.at(i).text, &singleSpaced);
        QList<QStringList> rows;
        int end = int(lines.size());
        if (!header.isEmpty()) {
            rows = rowsByLine(lines, i + 1, header, singleSpaced, &end);
        } else {
            header = headerByCell(lines, i, &next);
            if (header.isEmpty())
                continue;
            rows = rowsByCell(lines, next, header, &end);
        }
        if (rows.isEmpty())
            return std::nullopt;
        found.rows = QList<QStringList>{header} + rows;
        found.end = end < lines.size() ? lines.at(end).start : int(text.size());
        return found;
    }
    return std::nullopt;
}

} // namespace ap::TextTable
