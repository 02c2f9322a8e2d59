#include "tasktsv.h"

#include "domain/datetext.h"
#include "document/planedits.h"
#include "document/taskedits.h"
#include "domain/targettext.h"

#include <QRegularExpression>

namespace ap {

QList<QStringList> TaskTsv::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    // Trailing empty rows (a copied block ends with a new line) carry nothing.
    while (!rows.isEmpty() && rows.last().join(QString()).trimmed().isEmpty())
        rows.removeLast();
    return rows;
}

namespace {

QString cellText(const QString &s)
{
    if (s.contains(QLatin1Char('\t')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('"')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QString TaskTsv::write(const PlanDocument &doc, const QList<Id> &tasks)
{
    QStringList lines;
    lines << QStringList{QStringLiteral("序号"), QStringLiteral("工作任务"), QStringLiteral("目标指标"),
                         QStringLiteral("开始时间"), QStringLiteral("完成时限"), QStringLiteral("牵头单位"),
                         QStringLiteral("配合单位"), QStringLiteral("工作内容"), QStringLiteral("备注")}
                 .join(QLatin1Char('\t'));
    for (Id id : tasks) {
        const Task &t = doc.plan().tasks[id];
        lines << QStringList{doc.taskLabel(id),
                             cellText(t.title),
                             cellText(ap::targetsText(t.targets, doc.plan().info.year)),
                             t.start.toString(Qt::ISODate),
                             t.deadline.toString(Qt::ISODate),
                             cellText(doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"))),
                             cellText(doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、"))),
                             cellText(t.description),
                             cellText(t.notes)}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TaskTsv::paste(PlanDocument *doc, Id sectionId, int row, const QString &text, QString *message)
{
    if (doc->isReadOnly() || !doc->plan().sections.contains(sectionId)) {
        if (message)
            *message = tr("Choose a section of an editable plan to paste tasks into.");
        return false;
    }
    QList<QStringList> rows = parse(text);
    if (rows.isEmpty()) {
        if (message)
            *message = tr("The clipboard holds no rows to paste.");
        return false;
    }
    QList<Field> fields = headerFields(rows.first());
    if (!fields.isEmpty())
        rows.removeFirst();
    else
        fields = {Title, Targets, Deadline, Lead, Support, Description, Notes};
    return pasteRows(doc, sectionId, row, fields, rows, message);
}

bool TaskTsv::pasteRows(PlanDocument *doc, Id sectionId, int row, const QList<Field> &fields,
                        const QList<QStringList> &rows, QString *message)
{
    if (doc->isReadOnly() || !doc->plan().sections.contains(sectionId)) {
        if (message)
            *message = tr("Choose a section of an editable plan to paste tasks into.");
        return false;
    }
    if (!fields.contains(Title)) {
        if (message)
            *message = tr("No column of the pasted rows holds task titles (工作任务).");
        return false;
    }

    const int year = doc->plan().info.year;
    const PlanData &plan = doc->plan();
    struct Planned
    {
        Id existing = 0;
        Task task;
        std::optional<QStringList> lead, support;
    };
    QList<Planned> planned;
    QStringList missing;
    for (const QStringList &cells : std::as_const(rows)) {
        QHash<Field, QString> v;
        for (int c = 0; c < cells.size() && c < fields.size(); ++c)
            if (fields.at(c) != Ignored)
                v.insert(fields.at(c), cells.at(c).trimmed());
        const QString title = v.value(Title);
        if (title.isEmpty())
            continue;
        Planned p;
        for (Id id : plan.sectionTasks.value(sectionId))
            if (plan.tasks.value(id).title == title)
                p.existing = id;
        for (const Planned &earlier : std::as_const(planned))
            if (!earlier.existing && earlier.task.title == title)
                p.existing = -1;  // a repeated new title adds one task, not two
        if (p.existing < 0)
            continue;
        Task &t = p.task;
        if (p.existing)
            t = plan.tasks.value(p.existing);
        t.title = title;
        if (v.contains(Description))
            t.description = v.value(Description);
        if (v.contains(Notes))
            t.notes = v.value(Notes);
        if (v.contains(Start))
            t.start = datetext::parseWithin(v.value(Start), year);
        if (v.contains(Deadline))
            t.deadline = datetext::parseWithin(v.value(Deadline), year);
        if (v.contains(Targets)) {
            t.targets = ap::mergeTargets(t.targets, ap::parseTargets(v.value(Targets), year));
        }
        if (v.contains(Lead))
            p.lead = splitDepartmentNames(v.value(Lead));
        if (v.contains(Support))
            p.support = splitDepartmentNames(v.value(Support));
        for (const std::optional<QStringList> &names : {p.lead, p.support})
            for (const QString &n : names.value_or(QStringList()))
                if (!plan.departmentByName(n) && !missing.contains(n))
                    missing << n;
        planned << p;
    }
    auto resolved = [&plan](const Planned &p) {
        Task t = p.task;
        if (p.lead)
            t = withDepartments(plan, t, DepartmentRole::Lead, *p.lead);
        if (p.support)
            t = withDepartments(plan, t, DepartmentRole::Support, *p.support);
        return t;
    };
    int added = 0, updated = 0;
    for (const Planned &p : std::as_const(planned)) {
        if (!p.existing)
            ++added;
        else if (!missing.isEmpty() || resolved(p) != plan.tasks.value(p.existing))
            ++updated;
    }
    if (added == 0 && updated == 0) {
        if (message)
            *message = planned.isEmpty() ? tr("The pasted rows hold no task titles.")
                                         : tr("The pasted tasks are already in the plan as they are.");
        return false;
    }

    // One undo step: new departments first, then the tasks in the order of the rows.
    const int before = doc->undoStack()->index();
    {
        const edits::Group group(*doc, tr("Paste %n tasks", nullptr, int(planned.size())));
        for (const QString &n : std::as_const(missing))
            edits::addDepartment(*doc, n, int(plan.departments.size()));
        // The new tasks in one block where the rows were pasted (one write, however many rows),
        // the tasks already there changed in place.
        QList<Task> fresh;
        for (const Planned &p : std::as_const(planned)) {
            const Task t = resolved(p);
            if (!p.existing)
                fresh << t;
            else if (t != plan.tasks.value(p.existing))
                edits::editTask(*doc, t);
        }
        if (!fresh.isEmpty())
            edits::addTasks(*doc, sectionId, qBound(0, row, int(plan.sectionTasks.value(sectionId).size())), fresh);
    }
    if (message)
        *message = tr("%1 tasks added, %2 updated.").arg(added).arg(updated);
    return doc->undoStack()->index() > before;
}

} // namespace ap
