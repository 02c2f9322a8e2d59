#include "tableimport.h"

#include "domain/targetsteps.h"

#include "domain/datetext.h"
#include "fs/inputfile.h"

#include "document/planedits.h"
#include "document/taskedits.h"
#include "domain/targettext.h"
#include "importlimits.h"
#include "importrules.h"
#include "textdecode.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace ap {

namespace {

bool isZip(const QByteArray &b)
{
    return b.startsWith("PK\x03\x04");
}

// "（一）家庭医生" → "家庭医生": the label an export or a clerk puts before a section title.
QString withoutLabel(const QString &text)
{
    const QString t = text.trimmed();
    const auto l = importrules::matchLabel(importrules::fold(t), 0);
    return l ? t.mid(l->length).trimmed() : t;
}

bool isEmptyRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

// A row that only names a group: one distinct non-empty text (a merged cell across the row).
bool isGroupRow(const QStringList &row, const TableMapping &m)
{
    QString text;
    int filled = 0;
    for (const QString &c : row) {
        const QString t = c.trimmed();
        if (t.isEmpty())
            continue;
        if (!text.isEmpty() && t != text)
            return false;
        text = t;
        ++filled;
    }
    if (text.isEmpty())
        return false;
    const int titleColumn = int(m.columns.indexOf(int(TaskTsv::Title)));
    // Merged across the row, or a lone labelled heading in the first columns.
    return filled > 1 || (titleColumn >= 0 && (titleColumn >= row.size() || row.at(titleColumn).trimmed().isEmpty()))
        || importrules::matchLabel(importrules::fold(text), 0).has_value();
}

struct Group
{
    QString section;
    QList<QStringList> rows;
};

QList<Group> groups(const QList<QStringList> &rows, const TableMapping &m)
{
    QList<Group> out;
    const int sectionColumn = int(m.columns.indexOf(TableMapping::kSection));
    QString current;
    for (int r = m.firstHeaderRow + m.headerRows; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (isEmptyRow(row))
            continue;
        if (isGroupRow(row, m)) {
            current = withoutLabel(row.first().trimmed().isEmpty() ? row.join(QString()).trimmed() : row.first());
            continue;
        }
        QString section = current;
        if (sectionColumn >= 0 && sectionColumn < row.size() && !row.at(sectionColumn).trimmed().isEmpty())
            section = withoutLabel(row.at(sectionColumn));
        if (out.isEmpty() || out.last().section != section)
            out.append({section, {}});
        out.last().rows.append(row);
    }
    return out;
}

// A targets cell in either form: AnnualPlan's compact "签约率≥85%；投诉率≤0.5%", or prose as the
// exported annex and most office tables have it ("签约率提升至85%（2025年为80%）").
QList<Target> targetsFromCell(const QString &text, int year = 0)
{
    const QList<Target> compact = parseTargets(text, year);
    if (std::all_of(compact.cbegin(), compact.cend(), [](const Target &t) { return t.value.has_value(); }))
        return compact;
    QList<Target> out;
    for (const importrules::FoundTarget &f : importrules::findTargets(importrules::fold(text)))
        out.append(f.target);
    return out.isEmpty() ? compact : foldSteps(out);
}

QList<TaskTsv::Field> taskFields(const TableMapping &m)
{
    QList<TaskTsv::Field> fields;
    for (int f : m.columns)
        fields.append(f == TableMapping::kSection ? TaskTsv::Ignored : TaskTsv::Field(f));
    return fields;
}

} // namespace

bool TableImport::parseDelimited(const QString &text, QList<QStringList> *out, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    // The separator is the one the first line uses most: tab, comma or semicolon.
    const QStringView firstLine = QStringView(text).left(std::max<qsizetype>(0, text.indexOf(QLatin1Char('\n'))));
    QChar sep = QLatin1Char(',');
    qsizetype best = firstLine.count(QLatin1Char(','));
    for (QChar c : {QLatin1Char('\t'), QLatin1Char(';')})
        if (firstLine.count(c) > best) {
            best = firstLine.count(c);
            sep = c;
        }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, any = false;
    int line = 1, quoteLine = 0;
    long long cells = 0;
    // Each cell and row is checked as it ends, so a hostile file is refused after reading as
    // much as the limits allow and not more.
    auto endCell = [&]() {
        if (row.size() >= limits::kMaxColumns)
            return fail(tr("Line %1 has more than %2 columns; it is not a task table.").arg(line).arg(limits::kMaxColumns));
        if (++cells > limits::kMaxCells)
            return fail(tr("The table has more than %1 cells; it is not a task table.").arg(limits::kMaxCells));
        row.append(cell);
        cell.clear();
        return true;
    };
    auto endRow = [&]() {
        if (rows.size() >= limits::kMaxRows)
            return fail(tr("The table has more than %1 rows; it is not a task table.").arg(limits::kMaxRows));
        rows.append(row);
        row.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (cell.size() > limits::kMaxCellChars)
            return fail(tr("Line %1 has a cell of more than %2 characters; it is not a task table.")
                            .arg(quoted ? quoteLine : line)
                            .arg(limits::kMaxCellChars));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
            any = true;
        } else if (c == sep) {
            if (!endCell())
                return false;
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
                ++line;
            }
            if (!endCell() || !endRow())
                return false;
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (quoted)
        return fail(tr("Line %1 opens a quoted cell (\") that is never closed; the rest of the file would be read "
                       "as one cell. Close the quote and import it again.").arg(quoteLine));
    if (any || !cell.isEmpty() || !row.isEmpty()) {
        if (!endCell() || !endRow())
            return false;
    }
    *out = std::move(rows);
    return true;
}

bool TableImport::read(const QString &path, QList<QStringList> *rows, QString *error)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > 64 * 1024 * 1024) {
        if (error)
            *error = tr("“%1” is too large for a task table.").arg(info.fileName());
        return false;
    }
    QByteArray bytes;
    if (!fs::readInput(path, 64 * 1024 * 1024, &bytes, error))
        return false;
    return readBytes(bytes, info.fileName(), rows, error);
}

bool TableImport::readBytes(const QByteArray &bytes, const QString &fileName, QList<QStringList> *rows, QString *error)
{
    QString reason;
    if (isZip(bytes) || bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        QList<MergedRange> merged;
        if (!XlsxReader::readFirstSheet(bytes, rows, &merged, &reason)) {
            if (error)
                *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
            return false;
        }
        if (!XlsxReader::fillMerged(rows, merged, &reason)) {
            if (error)
                *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
            return false;
        }
    } else {
        QString text, encoding;
        if (!TextDecode::decode(bytes, &text, &encoding, &reason)) {
            if (error)
                *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
            return false;
        }
        if (!parseDelimited(text, rows, &reason)) {
            if (error)
                *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
            return false;
        }
    }
    while (!rows->isEmpty() && isEmptyRow(rows->last()))
        rows->removeLast();
    if (rows->isEmpty()) {
        if (error)
            *error = tr("“%1” holds no rows.").arg(fileName);
        return false;
    }
    return true;
}

QString TableImport::fieldName(int field)
{
    switch (field) {
    case TableMapping::kSection: return tr("Section");
    case TaskTsv::Title: return tr("Task title");
    case TaskTsv::Targets: return tr("Targets");
    case TaskTsv::Start: return tr("Start");
    case TaskTsv::Deadline: return tr("Deadline");
    case TaskTsv::Lead: return tr("Lead units");
    case TaskTsv::Support: return tr("Supporting units");
    case TaskTsv::Description: return tr("Description");
    case TaskTsv::Notes: return tr("Notes");
    }
    return tr("(not imported)");
}

QList<int> TableImport::fieldChoices()
{
    return {TaskTsv::Ignored, TableMapping::kSection, TaskTsv::Title, TaskTsv::Targets, TaskTsv::Start,
            TaskTsv::Deadline, TaskTsv::Lead, TaskTsv::Support, TaskTsv::Description, TaskTsv::Notes};
}

bool TableImport::apply(PlanDocument *doc, const QList<QStringList> &rows, const TableMapping &mapping, QString *message)
{
    if (doc->isReadOnly()) {
        if (message)
            *message = tr("The plan is open read-only.");
        return false;
    }
    if (!mapping.hasTitle()) {
        if (message)
            *message = tr("Choose which column holds the task titles.");
        return false;
    }
    const QList<Group> gs = groups(rows, mapping);
    if (gs.isEmpty()) {
        if (message)
            *message = tr("The table has no rows below its header.");
        return false;
    }
    const QList<TaskTsv::Field> fields = taskFields(mapping);
    const int titleColumn = int(fields.indexOf(TaskTsv::Title));
    const int targetsColumn = int(fields.indexOf(TaskTsv::Targets));
    // Targets go to the paste in the compact form it reads. A cell that still says what the
    // task's targets say (in either form) keeps the targets as they are, ids and baselines too.
    auto compactTargets = [&](QStringList row, const Task *existing) {
        if (targetsColumn < 0 || targetsColumn >= row.size())
            return row;
        const QString cell = row.at(targetsColumn).trimmed();
        if (existing && (cell == targetsProse(existing->targets) || cell == targetsText(existing->targets)))
            row[targetsColumn] = targetsText(existing->targets);
        else
            row[targetsColumn] = targetsText(targetsFromCell(cell));
        return row;
    };
    QUndoStack *stack = doc->undoStack();
    const int before = stack->index();
    int rowsRead = 0;
    stack->beginMacro(tr("Import task table"));
    for (const Group &g : gs) {
        // Rows whose title is already a task of the plan update it where it is.
        QHash<Id, QList<QStringList>> bySection;
        QList<QStringList> fresh;
        for (const QStringList &row : g.rows) {
            const QString title = titleColumn < row.size() ? row.at(titleColumn).trimmed() : QString();
            if (title.isEmpty())
                continue;
            ++rowsRead;
            Id existing = 0;
            for (auto it = doc->plan().tasks.cbegin(); it != doc->plan().tasks.cend() && !existing; ++it)
                if (it->title == title)
                    existing = it.key();
            if (existing)
                bySection[doc->plan().taskSection.value(existing)].append(
                    compactTargets(row, &*doc->plan().tasks.constFind(existing)));
            else
                fresh.append(compactTargets(row, nullptr));
        }
        for (auto it = bySection.cbegin(); it != bySection.cend(); ++it)
            TaskTsv::pasteRows(doc, it.key(), int(doc->plan().sectionTasks.value(it.key()).size()), fields, *it, nullptr);
        if (fresh.isEmpty())
            continue;
        const QString name = g.section.isEmpty() ? tr("Imported tasks") : g.section;
        Id section = 0;
        for (Id sid : doc->plan().sectionsInOrder())
            if (!section && doc->plan().sections.value(sid).title == name)
                section = sid;
        if (!section)
            section = edits::addSection(*doc, 0, int(doc->plan().childSections.value(0).size()), name);
        if (!section)
            break;   // not written: the document has said why
        TaskTsv::pasteRows(doc, section, int(doc->plan().sectionTasks.value(section).size()), fields, fresh, nullptr);
    }
    stack->endMacro();
    bool changed = stack->index() > before;
    if (changed && stack->command(stack->index() - 1)->childCount() == 0) {
        // Nothing differed: an empty step must not stay on the undo stack. Obsolete commands
        // are dropped when undone.
        const_cast<QUndoCommand *>(stack->command(stack->index() - 1))->setObsolete(true);
        stack->undo();
        changed = false;
    }
    if (message)
        *message = changed ? tr("%1 rows read from the table; the plan is updated (one step to undo).").arg(rowsRead)
                           : tr("%1 rows read; every task is already in the plan as the table has it.").arg(rowsRead);
    return changed;
}

PlanData TableImport::toPlan(const QList<QStringList> &rows, const TableMapping &mapping, int year, const QString &title)
{
    PlanData plan;
    plan.info.year = year;
    plan.info.title = title;
    Id next = 1;
    const QList<TaskTsv::Field> fields = taskFields(mapping);
    for (const Group &g : groups(rows, mapping)) {
        const Id sid = next++;
        plan.sections.insert(sid, {sid, 0, g.section.isEmpty() ? tr("Imported tasks") : g.section});
        plan.childSections[0].append(sid);
        for (const QStringList &row : g.rows) {
            Task t;
            QStringList lead, support;
            for (int c = 0; c < row.size() && c < fields.size(); ++c) {
                const QString v = row.at(c).trimmed();
                switch (fields.at(c)) {
                case TaskTsv::Title: t.title = v; break;
                case TaskTsv::Targets: t.targets = targetsFromCell(v, year); break;
                case TaskTsv::Start: t.start = datetext::parseWithin(v, year); break;
                case TaskTsv::Deadline: t.deadline = datetext::parseWithin(v, year); break;
                case TaskTsv::Lead: lead = splitDepartmentNames(v); break;
                case TaskTsv::Support: support = splitDepartmentNames(v); break;
                case TaskTsv::Description: t.description = v; break;
                case TaskTsv::Notes: t.notes = v; break;
                case TaskTsv::Ignored: break;
                }
            }
            if (t.title.isEmpty())
                continue;
            auto department = [&](const QString &name) {
                if (const Department *d = plan.departmentByName(name))
                    return d->id;
                plan.departments.append({next, name, QString(), int(plan.departments.size())});
                return next++;
            };
            for (const QString &n : lead)
                t.assignments.append({department(n), DepartmentRole::Lead});
            for (const QString &n : support)
                t.assignments.append({department(n), DepartmentRole::Support});
            t.id = next++;
            plan.tasks.insert(t.id, t);
            plan.sectionTasks[sid].append(t.id);
            plan.taskSection.insert(t.id, sid);
        }
    }
    return plan;
}

} // namespace ap
