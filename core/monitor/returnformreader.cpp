// CollectionForms' reading of a returned form, apart from collectionforms.cpp (the forms out, and
// what a returned one changes): its marker, plan and period checked, each cell taken or named as a
// problem.
#include "collectionforms.h"

#include "formcells.h"

#include "document/reportrules.h"
#include "fs/inputfile.h"
#include "import/xlsxreader.h"

#include <QFileInfo>

namespace ap {

using namespace formcells;

namespace {

// A unit's 自评 from its task's row: points within the task's, on an assessed task only.
template<typename Problem>
void readSelfAssessment(const Task &task, const QStringList &r, int rowIndex, FormEntry *e, const Problem &problem)
{
    const QString points = r.value(SelfCol).trimmed();
    e->selfNote = r.value(SelfNoteCol).trimmed();
    if (points.isEmpty() && e->selfNote.isEmpty())
        return;
    if (!task.assessment) {
        problem(rowIndex, SelfCol, CollectionForms::tr("this task is not assessed, so it takes no self-assessment"));
        e->selfNote.clear();
        return;
    }
    if (points.isEmpty())
        return;
    e->selfPoints = numberFrom(points);
    if (!e->selfPoints || *e->selfPoints < 0 || *e->selfPoints > task.assessment->points + 1e-9) {
        problem(rowIndex, SelfCol, CollectionForms::tr("the self-assessment must be a number of points from 0 to %1")
                                       .arg(task.assessment->points));
        e->selfPoints.reset();
    }
}

} // namespace

bool CollectionForms::readForm(const PlanDocument &doc, const QString &path, ReturnedForm *out, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (QFileInfo(path).isFile() && QFileInfo(path).size() > 32 * 1024 * 1024)
        return fail(tr("“%1” is too large for a return form.").arg(name));
    QByteArray bytes;
    if (!fs::readInput(path, 32 * 1024 * 1024, &bytes, error))
        return false;
    QList<QStringList> metaRows, rows;
    QString reason;
    if (!XlsxReader::readSheet(bytes, QString::fromUtf8(kMetaSheet), &metaRows, nullptr, &reason)
        || metaRows.value(0).value(0) != formMarker())
        return fail(tr("“%1” is not a return form made by AnnualPlan (%2).").arg(name, reason.isEmpty() ? tr("no form marker") : reason));
    const PlanData &plan = doc.plan();
    // The plan's own identity when both sides have one; else (a plan from before schema 3) the
    // fingerprint of year, title and tasks.
    const QString formUid = metaRows.value(6).value(0);
    const bool samePlan = !formUid.isEmpty() && !doc.planUid().isEmpty() ? formUid == doc.planUid()
                                                                         : metaRows.value(1).value(0) == fingerprint(plan);
    if (!samePlan)
        return fail(tr("“%1” belongs to another plan (“%2”), not to this one.").arg(name, metaRows.value(5).value(0)));
    ReturnedForm form;
    form.period = metaRows.value(2).value(0).trimmed();
    form.department = metaRows.value(3).value(0);
    form.departmentId = metaRows.value(4).value(0).toLongLong();
    QDate first, last;
    if (!period::parse(form.period, &first, &last) || first.year() != plan.info.year)
        return fail(tr("“%1” names no period of this plan's year (“%2”); it cannot be taken in.")
                        .arg(name, form.period));
    if (doc.reports().isLocked(form.period))
        return fail(tr("“%1” cannot be taken in: %2").arg(name, ReportRules::lockedRefusal(form.period)));
    if (!plan.department(form.departmentId))
        return fail(tr("“%1” is for a department the plan no longer has (%2).").arg(name, form.department));
    if (!XlsxReader::readSheet(bytes, QString::fromUtf8(kFormSheet), &rows, nullptr, &reason))
        return fail(tr("Cannot import “%1”: %2").arg(name, reason));
    const QString sheet = QString::fromUtf8(kFormSheet);
    auto problem = [&](int row, int column, const QString &why) {
        form.problems.append({sheet, row, column, rows.value(row).value(column), why});
    };
    QHash<Id, int> index;     // task -> entry
    QHash<Id, int> taskRow;   // task -> the row that holds it
    // Every task's row first, then the targets' rows (below).
    for (int rowIndex = 0; rowIndex < rows.size(); ++rowIndex) {
        const QStringList &r = rows.at(rowIndex);
        const QString key = r.value(KeyCol);
        if (key.startsWith(QLatin1String("T:"))) {
            FormEntry e;
            e.taskId = key.mid(2).toLongLong();
            if (!plan.tasks.contains(e.taskId)) {
                // Filled in for a task deleted since the form went out: the clerk must know.
                if (!r.mid(StatusCol).join(QString()).trimmed().isEmpty())
                    problem(rowIndex, ItemCol, tr("this task is no longer in the plan"));
                continue;
            }
            if (taskRow.contains(e.taskId)) {
                problem(rowIndex, KeyCol, tr("the task is in the form twice (also row %1)").arg(taskRow.value(e.taskId) + 1));
                continue;
            }
            taskRow.insert(e.taskId, rowIndex);
            e.taskTitle = plan.tasks.value(e.taskId).title;
            const QString statusText = r.value(StatusCol).trimmed();
            e.status = statusFromWord(statusText);
            if (!statusText.isEmpty() && !e.status)
                problem(rowIndex, StatusCol, tr("the status must be one of 未开始, 推进中, 已完成, 滞后, 取消"));
            if (!r.value(PercentCol).trimmed().isEmpty()) {
                e.percent = numberFrom(r.value(PercentCol));
                if (!e.percent || *e.percent < 0 || *e.percent > 100) {
                    problem(rowIndex, PercentCol, tr("percent complete must be a number from 0 to 100"));
                    e.percent.reset();
                } else if (*e.percent > 0 && *e.percent < 1) {
                    // What Excel and WPS store for 55% typed into a percent cell is 0.55.
                    problem(rowIndex, PercentCol, tr("%1 looks like a percent cell's fraction; type the percent as a "
                                                     "number from 0 to 100 (55 for 55%)").arg(r.value(PercentCol)));
                    e.percent.reset();
                }
            }
            e.progress = r.value(ProgressCol).trimmed();
            e.problems = r.value(ProblemsCol).trimmed();
            e.nextSteps = r.value(NextCol).trimmed();
            readSelfAssessment(plan.tasks.value(e.taskId), r, rowIndex, &e, problem);
            index.insert(e.taskId, int(form.entries.size()));
            form.entries.append(e);
        }
    }
    // Then every target's value, wherever its row stands: a department may have sorted the sheet.
    for (int rowIndex = 0; rowIndex < rows.size(); ++rowIndex) {
        const QStringList &r = rows.at(rowIndex);
        const QString key = r.value(KeyCol);
        if (key.startsWith(QLatin1String("G:"))) {
            const QStringList parts = key.split(QLatin1Char(':'));
            const Id task = parts.value(1).toLongLong(), target = parts.value(2).toLongLong();
            const QString text = r.value(ActualCol).trimmed();
            if (text.isEmpty())
                continue;
            if (!index.contains(task)) {
                if (!plan.tasks.contains(task))
                    problem(rowIndex, TargetCol, tr("this task is no longer in the plan"));
                else if (!taskRow.contains(task))
                    problem(rowIndex, TargetCol, tr("the row of this target's task is missing from the form"));
                continue;
            }
            bool known = false;
            for (const Target &t : plan.tasks.value(task).targets)
                known = known || t.id == target;
            if (!known) {
                problem(rowIndex, TargetCol, tr("this target is no longer in the plan"));
                continue;
            }
            const auto v = numberFrom(text);
            if (!v || std::abs(*v) > kLargestActual) {
                problem(rowIndex, ActualCol, tr("the actual value must be a number"));
                continue;
            }
            form.entries[index.value(task)].actuals.insert(target, *v);
        }
    }
    *out = form;
    return true;
}

} // namespace ap
