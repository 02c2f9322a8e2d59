#include "annextable.h"

#include "domain/datetext.h"
#include "importrules.h"
#include "io/tasktsv.h"
#include "tableimport.h"

#include <QRegularExpression>

#include <algorithm>

namespace ap::AnnexTable {

namespace {

using importrules::fold;

struct Row
{
    ImportNode node;
    QString line;    // the row as the review screen shows it
};

QString cell(const QStringList &row, const TableMapping &m, TaskTsv::Field field)
{
    const int c = int(m.columns.indexOf(int(field)));
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

// A row that only names a group: one filled cell, an outline label in front.
std::optional<importrules::Label> groupLabel(const QStringList &row, QString *text)
{
    QString only;
    for (const QString &c : row) {
        if (c.trimmed().isEmpty())
            continue;
        if (!only.isEmpty())
            return std::nullopt;
        only = c.trimmed();
    }
    if (only.isEmpty())
        return std::nullopt;
    auto label = importrules::matchLabel(fold(only), 0);
    if (label && text)
        *text = only.mid(label->length).trimmed();
    return label;
}

// The tasks and sections of the table in document order, their levels as the labels nest:
// the first kind of label seen is level 1, a kind first seen under it level 2, and so on.
QList<Row> rowsOf(const QList<QStringList> &rows, const TableMapping &m, int year)
{
    QList<Row> out;
    QList<importrules::LabelKind> open;   // the kinds of the groups the next row is under
    int number = 0;
    // The 序号 column gives each row its label: a table cut from a larger document goes on
    // from its numbers (80, 81, …).
    int sequenceColumn = -1;
    for (int r = m.firstHeaderRow; r < m.firstHeaderRow + m.headerRows && r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (TaskTsv::isSequenceHeader(rows.at(r).at(c)))
                sequenceColumn = c;
    for (int r = m.firstHeaderRow + m.headerRows; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QString groupText;
        if (const auto label = groupLabel(row, &groupText)) {
            const auto at = std::find(open.begin(), open.end(), label->kind);
            if (at != open.end())
                open.erase(at, open.end());
            open.append(label->kind);
            Row g;
            g.node.kind = ImportNode::Kind::Section;
            g.node.origin = ImportNode::Origin::TableRow;
            g.node.level = int(open.size());
            g.node.label = label->normalised;
            g.node.title = groupText;
            g.line = label->normalised + groupText;
            out.append(g);
            number = 0;
            continue;
        }
        QString title = cell(row, m, TaskTsv::Title);
        if (title.isEmpty())
            continue;
        Row t;
        t.node.kind = ImportNode::Kind::Task;
        t.node.origin = ImportNode::Origin::TableRow;
        t.node.level = int(open.size()) + 1;
        if (const auto label = importrules::matchLabel(fold(title), 0)) {
            t.node.label = label->normalised;
            title = title.mid(label->length).trimmed();
        } else if (const int n = sequenceColumn >= 0 ? TaskTsv::sequenceNumber(row.value(sequenceColumn)) : -1; n >= 0) {
            number = n;
            t.node.label = QString::number(number) + QLatin1Char('.');
        } else {
            t.node.label = QString::number(++number) + QLatin1Char('.');
        }
        // A cell that holds the item's sentences: its title ends at the first 。, as a text's.
        const qsizetype stop = title.indexOf(QChar(0x3002));
        t.node.title = stop > 0 ? title.left(stop).trimmed() : title;
        QStringList words{cell(row, m, TaskTsv::Description), cell(row, m, TaskTsv::Targets)};
        words.removeAll(QString());
        t.node.text = words.isEmpty() ? title : title + QStringLiteral("：") + words.join(QStringLiteral("；"));
        PlanImport::recognise(&t.node, year);
        // The columns say outright what the text may only suggest.
        const QStringList lead = importrules::unitNames(fold(cell(row, m, TaskTsv::Lead)));
        const QStringList support = importrules::unitNames(fold(cell(row, m, TaskTsv::Support)));
        if (!lead.isEmpty() || !support.isEmpty()) {
            t.node.lead = lead;
            t.node.support = support;
            t.node.doubts &= ~unsigned(ImportNode::UnitsSplit);   // a column's list, parted as written
        }
        const QDate deadline = datetext::parseWithin(cell(row, m, TaskTsv::Deadline), year);
        if (deadline.isValid())
            t.node.deadline = deadline;
        QStringList shown{t.node.text};
        for (TaskTsv::Field f : {TaskTsv::Deadline, TaskTsv::Lead, TaskTsv::Support})
            if (!cell(row, m, f).isEmpty())
                shown << cell(row, m, f);
        t.line = shown.join(QStringLiteral("　"));
        out.append(t);
    }
    return out;
}

// Appends the row to the source and points the node (and its spans) at it.
void place(ImportResult *result, Row *row)
{
    if (!result->source.isEmpty() && !result->source.endsWith(QLatin1Char('\n')))
        result->source += QLatin1Char('\n');
    const int start = int(result->source.size());
    result->source += row->line;
    row->node.sourceStart = start;
    row->node.sourceEnd = int(result->source.size());
    for (auto &s : row->node.targetSpans)
        s = {s.first + start, s.second + start};
    for (auto &s : row->node.responsibilitySpans)
        s = {s.first + start, s.second + start};
}

// The same task in the text and in the table: their titles alike once folded, or one the
// beginning of the other (a table often shortens an item's first clause).
bool sameTitle(const QString &a, const QString &b)
{
    const QString x = fold(a).remove(QLatin1Char(' '));
    const QString y = fold(b).remove(QLatin1Char(' '));
    if (x.isEmpty() || y.isEmpty())
        return false;
    const QString &shorter = x.size() <= y.size() ? x : y;
    const QString &longer = x.size() <= y.size() ? y : x;
    return shorter.size() >= 4 && longer.startsWith(shorter);
}

} // namespace

int apply(ImportResult *result, const QString &tableTitle, const QList<QStringList> &rows)
{
    // Only a table whose header names its task column: a table of something else is no plan.
    const TableMapping m = TableImport::guess(rows);
    if (m.headerRows == 0 || !m.hasTitle())
        return 0;
    QString title = result->title;
    if (title.isEmpty()) {
        // "…工作计划重点任务分解表" names the plan the table belongs to.
        static const QRegularExpression suffix(QStringLiteral("(?:重点)?(?:工作)?任务(?:分解|清单)?表$|分解表$"));
        title = tableTitle.trimmed();
        title.remove(suffix);
    }
    int year = result->year;
    if (year == 0) {
        static const QRegularExpression yearRe(QStringLiteral("(20\\d\\d)\\s*年"));
        if (const auto match = yearRe.match(fold(title)); match.hasMatch())
            year = match.captured(1).toInt();
    }
    QList<Row> table = rowsOf(rows, m, year);
    const auto tasks = std::count_if(table.cbegin(), table.cend(),
                                     [](const Row &r) { return r.node.kind == ImportNode::Kind::Task; });
    if (tasks == 0)
        return 0;

    // The text has the plan: the table gives each of its tasks what the text left out.
    if (result->count(ImportNode::Kind::Task) > 0) {
        int filled = 0;
        for (ImportNode &n : result->nodes) {
            if (n.kind != ImportNode::Kind::Task)
                continue;
            const Row *match = nullptr;
            int matches = 0;
            for (const Row &r : std::as_const(table))
                if (r.node.kind == ImportNode::Kind::Task && sameTitle(n.title, r.node.title)) {
                    match = &r;
                    ++matches;
                }
            // Only a pair that fits each other alone: a row like two tasks belongs to neither.
            if (matches != 1)
                continue;
            const auto tasksLikeRow = std::count_if(result->nodes.cbegin(), result->nodes.cend(), [&](const ImportNode &o) {
                return o.kind == ImportNode::Kind::Task && sameTitle(o.title, match->node.title);
            });
            if (tasksLikeRow != 1)
                continue;
            bool changed = false;
            if (n.lead.isEmpty() && n.support.isEmpty() && !(match->node.lead.isEmpty() && match->node.support.isEmpty())) {
                n.lead = match->node.lead;
                n.support = match->node.support;
                changed = true;
            }
            if (!n.deadline.isValid() && match->node.deadline.isValid()) {
                n.deadline = match->node.deadline;
                changed = true;
            }
            if (n.targets.isEmpty() && !match->node.targets.isEmpty()) {
                n.targets = match->node.targets;
                changed = true;
            }
            filled += changed ? 1 : 0;
        }
        return filled;
    }

    // The document is the table.
    result->title = title;
    result->year = year;
    result->nodes.clear();
    for (Row &r : table) {
        place(result, &r);
        result->nodes.append(r.node);
    }
    return int(tasks);
}

} // namespace ap::AnnexTable
