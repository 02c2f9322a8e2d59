#include "pdftable.h"

#include "importrules.h"
#include "importtext.h"
#include "io/tasktsv.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ap {

namespace {

struct Line
{
    QList<PdfWord> words;   // left to right
    double top = 0;
    double bottom = 0;
    double height() const { return bottom - top; }
    double centre() const { return (top + bottom) / 2; }
    QString text() const
    {
        QString t;
        for (const PdfWord &w : words)
            t += w.text;
        return t;
    }
};

// Words whose middles are within half a line of each other stand on one line.
QList<Line> linesOf(PdfPageWords words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<Line> lines;
    for (const PdfWord &w : std::as_const(words)) {
        if (w.text.trimmed().isEmpty())
            continue;
        if (!lines.isEmpty()) {
            Line &l = lines.last();
            if (std::abs(w.box.center().y() - l.centre()) < 0.5 * std::min(w.box.height(), l.height())) {
                l.words.append(w);
                l.top = std::min(l.top, w.box.top());
                l.bottom = std::max(l.bottom, w.box.bottom());
                continue;
            }
        }
        lines.append({{w}, w.box.top(), w.box.bottom()});
    }
    for (Line &l : lines)
        std::stable_sort(l.words.begin(), l.words.end(),
                         [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
    return lines;
}

QStringList textsOf(const Line &l)
{
    QStringList out;
    for (const PdfWord &w : l.words)
        out << w.text.trimmed();
    return out;
}

// A header line names a task column and at least two more that a task table has.
bool isHeaderNames(const QStringList &names)
{
    const QList<TaskTsv::Field> f = TaskTsv::headerFields(names);
    const auto named = std::count_if(f.cbegin(), f.cend(), [](TaskTsv::Field x) { return x != TaskTsv::Ignored; });
    return f.contains(TaskTsv::Title) && named >= 3;
}

bool isHeader(const Line &l)
{
    return isHeaderNames(textsOf(l));
}

// A second header line under merged cells (责任单位 over 牵头单位 and 配合单位): every word a
// column name.
bool isSubHeader(const Line &l)
{
    const QList<TaskTsv::Field> f = TaskTsv::headerFields(textsOf(l));
    return !f.isEmpty() && !f.contains(TaskTsv::Ignored);
}

struct Column
{
    double centre = 0;
    QString header;
    QString subHeader;      // the second header line's name, when there is one
};

// The columns a header of one or two lines names, left to right. A first-line name over names
// of the second line gives way to them, its text kept above theirs.
QList<Column> columnsOf(const Line &header, const Line *sub)
{
    QList<Column> columns;
    QList<QList<Column>> children(header.words.size());
    if (sub)
        for (const PdfWord &w : sub->words) {
            int nearest = 0;
            for (int i = 1; i < header.words.size(); ++i)
                if (std::abs(header.words.at(i).box.center().x() - w.box.center().x())
                    < std::abs(header.words.at(nearest).box.center().x() - w.box.center().x()))
                    nearest = i;
            children[nearest].append({w.box.center().x(), QString(), w.text.trimmed()});
        }
    for (int i = 0; i < header.words.size(); ++i) {
        const PdfWord &w = header.words.at(i);
        if (children.at(i).isEmpty()) {
            columns.append({w.box.center().x(), w.text.trimmed(), QString()});
            continue;
        }
        for (Column c : children.at(i)) {
            c.header = w.text.trimmed();
            columns.append(c);
        }
    }
    return columns;
}

// Where one column ends and the next begins: between the two header middles, the place the
// fewest words of the table's lines cross (the white space between the cells; most of it when
// several places tie).
QList<double> boundariesOf(const QList<Column> &columns, const QList<Line> &lines)
{
    constexpr double step = 0.5;
    QList<double> out;
    for (int c = 0; c + 1 < columns.size(); ++c) {
        const double from = columns.at(c).centre;
        const double to = columns.at(c + 1).centre;
        const int n = std::max(1, int((to - from) / step));
        QList<int> cover(n + 1, 0);
        for (const Line &l : lines)
            for (const PdfWord &w : l.words) {
                const int a = std::max(0, int(std::ceil((w.box.left() - from) / step)));
                const int b = std::min(n, int(std::floor((w.box.right() - from) / step)));
                for (int i = a; i <= b; ++i)
                    ++cover[i];
            }
        const int least = *std::min_element(cover.cbegin(), cover.cend());
        int bestStart = 0, bestLength = 0;
        for (int i = 0; i <= n;) {
            if (cover.at(i) != least) {
                ++i;
                continue;
            }
            int j = i;
            while (j <= n && cover.at(j) == least)
                ++j;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        out.append(from + (bestStart + (bestLength - 1) / 2.0) * step);
    }
    return out;
}

int columnAt(const QList<double> &boundaries, double left)
{
    // A word belongs where it starts; a point of slack for glyphs that overhang their cell.
    return int(std::count_if(boundaries.cbegin(), boundaries.cend(), [left](double b) { return b <= left + 1.0; }));
}

bool isLatinEnd(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Wrapped lines of a cell run on, as they were one line before the page broke them; Latin
// words keep a space between them.
void appendTo(QString *cell, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (!cell->isEmpty() && isLatinEnd(cell->back()) && isLatinEnd(t.front()))
        *cell += QLatin1Char(' ');
    *cell += t;
}

bool isAnnexLabel(const QString &text)
{
    static const QRegularExpression annex(QStringLiteral("^附件\\s*\\d*[:：]?$"));
    return annex.match(text.trimmed()).hasMatch();
}

bool isSequenceHeader(const QString &text)
{
    static const QRegularExpression seq(QStringLiteral("^(?:序号|编号|序|No\\.?)$"), QRegularExpression::CaseInsensitiveOption);
    return seq.match(text.trimmed()).hasMatch();
}

bool isSequenceNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,4}[.．、]?$"));
    return number.match(text.trimmed()).hasMatch();
}

struct Table
{
    PdfTableData data;
    QList<TaskTsv::Field> fields;
    QList<Column> columns;
    QList<double> boundaries;
    int sequenceColumn = -1;
    bool open = true;
    bool lastWasGroup = false;
    const Line *previous = nullptr;
};

void startRows(Table *t, const QString &title)
{
    t->data.title = title;
    QStringList top, below;
    bool two = false;
    for (const Column &c : std::as_const(t->columns)) {
        top << c.header;
        below << c.subHeader;
        two = two || !c.subHeader.isEmpty();
    }
    t->data.rows << top;
    if (two)
        t->data.rows << below;
    t->data.headerRows = int(t->data.rows.size());
    for (int c = 0; c < t->columns.size(); ++c)
        if (isSequenceHeader(t->columns.at(c).subHeader.isEmpty() ? t->columns.at(c).header : t->columns.at(c).subHeader))
            t->sequenceColumn = c;
}

// One line of the table: a group row, the start of a task row, or more of the row above.
void addLine(Table *t, const Line &line)
{
    const int width = int(t->columns.size());
    QStringList cells(width);
    for (const PdfWord &w : line.words) {
        const int c = std::min(width - 1, columnAt(t->boundaries, w.box.left()));
        appendTo(&cells[c], w.text);
    }
    const QString first = line.words.first().text.trimmed();
    const int firstColumn = std::min(width - 1, columnAt(t->boundaries, line.words.first().box.left()));
    const bool group = line.words.size() == 1 && firstColumn <= std::max(0, t->sequenceColumn)
        && !isSequenceNumber(first) && importrules::matchLabel(importrules::fold(first), 0).has_value();
    QList<QStringList> &rows = t->data.rows;
    const bool haveRow = rows.size() > t->data.headerRows && !t->lastWasGroup;
    bool starts = group || !haveRow;
    if (!starts) {
        if (t->sequenceColumn >= 0)
            starts = isSequenceNumber(cells.at(t->sequenceColumn));
        else   // the first line of a page's part of the table starts a row: nothing tells otherwise
            starts = !t->previous || line.top - t->previous->bottom > 0.5 * line.height();
    }
    if (group) {
        QStringList row(width);
        row[0] = line.text().trimmed();
        rows.append(row);
    } else if (starts) {
        rows.append(cells);
    } else {
        for (int c = 0; c < width; ++c)
            appendTo(&rows.last()[c], cells.at(c));
    }
    t->lastWasGroup = group;
}

// The lines of one table on one page, read together: the page's own white space places its
// column boundaries.
struct Segment
{
    int table = -1;
    QList<Line> lines;
};

void addSegment(QList<Table> *tables, const Segment &s)
{
    if (s.table < 0)
        return;
    Table &t = (*tables)[s.table];
    QList<Line> cellLines;
    for (const Line &l : s.lines)
        if (l.words.size() > 1)
            cellLines.append(l);
    if (!cellLines.isEmpty() || t.boundaries.isEmpty())
        t.boundaries = boundariesOf(t.columns, cellLines.isEmpty() ? s.lines : cellLines);
    t.previous = nullptr;
    for (const Line &l : s.lines) {
        addLine(&t, l);
        t.previous = &l;
    }
    t.previous = nullptr;
}

} // namespace

PdfTableData PdfTable::read(const QList<PdfPageWords> &pages)
{
    QList<Table> tables;
    for (const PdfPageWords &words : pages) {
        const QList<Line> lines = linesOf(words);
        // A table still open from the page before goes on at the top of this one.
        Segment segment;
        if (!tables.isEmpty() && tables.last().open)
            segment.table = int(tables.size()) - 1;
        for (int i = 0; i < lines.size(); ++i) {
            const Line &l = lines.at(i);
            const QString text = l.text().trimmed();
            if (isHeader(l)) {
                const Line *sub = i + 1 < lines.size() && isSubHeader(lines.at(i + 1))
                        && lines.at(i + 1).top - l.bottom < 2 * l.height()
                    ? &lines.at(i + 1)
                    : nullptr;
                const QList<Column> columns = columnsOf(l, sub);
                QStringList names;
                for (const Column &c : columns)
                    names << (c.subHeader.isEmpty() ? c.header : c.subHeader);
                const QList<TaskTsv::Field> fields = TaskTsv::headerFields(names);
                addSegment(&tables, segment);
                segment.lines.clear();
                // The same header on the next page continues the table; another starts one.
                if (segment.table >= 0 && tables.at(segment.table).open && tables.at(segment.table).fields == fields) {
                    tables[segment.table].columns = columns;
                } else {
                    if (segment.table >= 0)
                        tables[segment.table].open = false;
                    QString title;
                    for (int j = i - 1; j >= 0; --j) {
                        const QString t = lines.at(j).text().trimmed();
                        if (lines.at(j).words.size() == 1 && !isAnnexLabel(t) && !importrules::detail::isPageNumber(t)) {
                            title = t;
                            break;
                        }
                    }
                    Table t;
                    t.fields = fields;
                    t.columns = columns;
                    startRows(&t, title);
                    tables.append(t);
                    segment.table = int(tables.size()) - 1;
                }
                if (sub)
                    ++i;
                continue;
            }
            if (segment.table < 0)
                continue;
            // "— 3 —" is three words to Poppler.
            if (l.words.size() <= 3 && importrules::detail::isPageNumber(text))
                continue;
            // The table ends at another annex or at the title of what follows: one line wider
            // than most columns that is no group heading.
            const Table &t = tables.at(segment.table);
            const double tableWidth = t.columns.last().centre - t.columns.first().centre;
            const bool wide = l.words.size() == 1 && l.words.first().box.width() > 0.6 * tableWidth;
            if (isAnnexLabel(text) || (wide && !importrules::matchLabel(importrules::fold(text), 0))) {
                addSegment(&tables, segment);
                tables[segment.table].open = false;
                segment = Segment();
                continue;
            }
            segment.lines.append(l);
        }
        addSegment(&tables, segment);
    }
    PdfTableData best;
    for (const Table &t : std::as_const(tables))
        if (t.data.rows.size() - t.data.headerRows > best.rows.size() - best.headerRows)
            best = t.data;
    return best;
}

bool PdfTable::hasHeaderLine(const QString &pageText)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &line : pageText.split(QLatin1Char('\n')))
        if (line.contains(space) && isHeaderNames(line.split(space, Qt::SkipEmptyParts)))
            return true;
    return false;
}

} // namespace ap
