#include "collectionforms.h"

#include "formcells.h"

#include "status/statusengine.h"

#include "document/planedits.h"
#include "document/reportrules.h"
#include "domain/targettext.h"
#include "import/xlsxreader.h"
#include "fs/atomicfile.h"
#include "fs/inputfile.h"
#include "fs/quietstderr.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cmath>

namespace ap {

using namespace formcells;

namespace {

bool sameReport(const ProgressReport &a, const ProgressReport &b)
{
    return a.status == b.status && a.percent == b.percent && a.progress == b.progress && a.problems == b.problems
        && a.nextSteps == b.nextSteps && a.actuals == b.actuals;
}

// The unit's 自评 a row gives, as the plan's mark will hold it (its 复核 kept); none when the row
// gives none or the plan holds the same.
std::optional<AssessmentMark> selfAssessmentOf(const PlanDocument &doc, const ReturnedForm &form, const FormEntry &e)
{
    if (!e.selfPoints && e.selfNote.isEmpty())
        return std::nullopt;
    AssessmentMark mark;
    if (const AssessmentMark *old = doc.reports().assessment.mark(e.taskId, form.departmentId))
        mark = *old;
    mark.taskId = e.taskId;
    mark.departmentId = form.departmentId;
    const AssessmentMark before = mark;
    if (e.selfPoints)
        mark.selfPoints = e.selfPoints;
    if (!e.selfNote.isEmpty())
        mark.selfNote = e.selfNote;
    return mark == before ? std::nullopt : std::optional<AssessmentMark>(mark);
}

bool selfAssessedForm(const PlanData &plan, const QString &period)
{
    return CollectionForms::asksSelfAssessment(plan, period);
}

} // namespace

bool CollectionForms::asksSelfAssessment(const PlanData &plan, const QString &period)
{
    QDate last;
    if (!period::parse(period, nullptr, &last) || last != QDate(plan.info.year, 12, 31))
        return false;
    return std::any_of(plan.tasks.cbegin(), plan.tasks.cend(), [](const Task &t) { return t.assessment.has_value(); });
}

QString FormProblem::describe() const
{
    return CollectionForms::tr("sheet %1, cell %2%3 (“%4”): %5")
        .arg(sheet, columnLetters(column))
        .arg(row + 1)
        .arg(text, why);
}

QString CollectionForms::fingerprint(const PlanData &plan)
{
    QList<Id> ids = plan.tasks.keys();
    std::sort(ids.begin(), ids.end());
    QByteArray data = QByteArray::number(plan.info.year) + '|' + plan.info.title.toUtf8();
    for (Id id : ids)
        data += '|' + QByteArray::number(id);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16));
}

QList<Id> CollectionForms::departmentsWithTasks(const PlanData &plan)
{
    QList<Id> out;
    for (const Department &d : plan.departments)
        for (const Task &t : plan.tasks)
            if (t.hasDepartment(d.id, DepartmentRole::Lead)) {
                out.append(d.id);
                break;
            }
    return out;
}

QString CollectionForms::fileName(const PlanData &plan, Id departmentId, const QString &period)
{
    const Department *d = plan.department(departmentId);
    QString name = d ? d->name : QStringLiteral("department");
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return tr("%1 %2 return form.xlsx").arg(period, name);
}

bool CollectionForms::writeForm(const PlanDocument &doc, Id departmentId, const QString &period, const QString &path,
                                QString *error)
{
    const PlanData &plan = doc.plan();
    const Department *dept = plan.department(departmentId);
    if (!dept || !period::parse(period, nullptr, nullptr)) {
        if (error)
            *error = tr("Unknown department or period.");
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    return fs::writeByName(path, fs::OutputTarget::Kind::Document, [&](const QString &part, QString *why) {
        return writeFormPart(doc, *dept, period, part, name, why);
    }, error);
}

bool CollectionForms::writeFormPart(const PlanDocument &doc, const Department &department, const QString &period,
                                    const QString &part, const QString &name, QString *why)
{
    const PlanData &plan = doc.plan();
    const Department *dept = &department;
    const Id departmentId = department.id;
    lxw_workbook *wb = workbook_new(QFile::encodeName(part).constData());
    if (!wb) {
        *why = tr("“%1” cannot be written.").arg(name);
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, kFormSheet);
    lxw_worksheet *meta = workbook_add_worksheet(wb, kMetaSheet);
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xEEEEEE);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    lxw_format *cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *input = workbook_add_format(wb);
    format_set_border(input, LXW_BORDER_THIN);
    format_set_text_wrap(input);
    format_set_bg_color(input, 0xFFF8DC);
    format_set_align(input, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *targetRow = workbook_add_format(wb);
    format_set_border(targetRow, LXW_BORDER_THIN);
    format_set_font_color(targetRow, 0x555555);
    format_set_text_wrap(targetRow);

    auto put = [](lxw_worksheet *s, int r, int c, const QString &v, lxw_format *f) {
        worksheet_write_string(s, lxw_row_t(r), lxw_col_t(c), v.toUtf8().constData(), f);
    };
    const QString heading = tr("%1 — %2 progress return: %3").arg(plan.info.title, period::display(period), dept->name);
    worksheet_merge_range(ws, 0, 0, 0, ColumnCount - 1, heading.toUtf8().constData(), title);
    put(ws, 1, 0,
        tr("Fill in the yellow cells: status (未开始/推进中/已完成/滞后/取消), percent complete, each indicator's "
           "figure for the period (a count to date, a rate or level as it stands at the period's end), progress, "
           "problems and next steps. An indicator's row says what is due by the period's end. Do not change the "
           "other columns.")
            + (selfAssessedForm(plan, period) ? tr(" At the year's end, also give your unit's self-assessed points on each "
                                                   "assessed task (自评分, at most its points) with a note.")
                                              : QString()),
        nullptr);
    const QStringList headers = {tr("Key"), tr("No."), tr("Task / target"), tr("Planned"), tr("Deadline"), tr("Supported by"),
                                 tr("Status"), tr("Percent complete"), tr("Figure for the period"), tr("Progress (进展情况)"),
                                 tr("Problems (存在问题)"), tr("Next steps (下步打算)"), tr("Self-assessed points (自评分)"),
                                 tr("Self-assessment note (自评说明)")};
    for (int c = 0; c < headers.size(); ++c)
        put(ws, 2, c, headers.at(c), head);
    const double widths[] = {8, 5, 40, 16, 12, 16, 9, 9, 11, 36, 28, 28, 10, 28};
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    lxw_row_col_options hidden = {};
    hidden.hidden = 1;
    worksheet_set_column_opt(ws, KeyCol, KeyCol, 8, nullptr, &hidden);
    // The 自评 columns only in the year's last period's form of a plan with a scheme.
    const bool selfAssessed = asksSelfAssessment(plan, period);
    if (!selfAssessed)
        worksheet_set_column_opt(ws, SelfCol, SelfNoteCol, 10, nullptr, &hidden);
    worksheet_freeze_panes(ws, 3, 3);

    static char s0[] = "未开始", s1[] = "推进中", s2[] = "已完成", s3[] = "滞后", s4[] = "取消";
    static char *statusList[] = {s0, s1, s2, s3, s4, nullptr};
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = statusList;

    int row = 3, n = 0;
    const ReportLog &log = doc.reports();
    QDate periodEnd;
    period::parse(period, nullptr, &periodEnd);
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid)) {
            const Task &t = *plan.tasks.constFind(tid);
            // The lead department reports for the task; supporting units report to it.
            const bool leads = t.hasDepartment(departmentId, DepartmentRole::Lead);
            if (!leads)
                continue;
            // What was reported for this period already, so a department corrects rather than retypes.
            const ProgressReport *known = log.currentFor(tid, period);
            put(ws, row, KeyCol, QStringLiteral("T:%1").arg(tid), cell);
            worksheet_write_number(ws, lxw_row_t(row), NumberCol, ++n, cell);
            put(ws, row, ItemCol, t.title, cell);
            put(ws, row, TargetCol, QString(), cell);
            put(ws, row, DeadlineCol, t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QString(), cell);
            put(ws, row, RoleCol, doc.departmentNames(t, DepartmentRole::Support, QStringLiteral("、")), cell);
            put(ws, row, StatusCol, known ? statusWord(known->status) : QString(), input);
            worksheet_data_validation_cell(ws, lxw_row_t(row), StatusCol, &validation);
            if (known && known->percent)
                worksheet_write_number(ws, lxw_row_t(row), PercentCol, *known->percent, input);
            else
                put(ws, row, PercentCol, QString(), input);
            put(ws, row, ActualCol, QString(), cell);
            put(ws, row, ProgressCol, known ? known->progress : QString(), input);
            put(ws, row, ProblemsCol, known ? known->problems : QString(), input);
            put(ws, row, NextCol, known ? known->nextSteps : QString(), input);
            const AssessmentMark *mark = log.assessment.mark(tid, departmentId);
            if (selfAssessed && t.assessment && mark && mark->selfPoints)
                worksheet_write_number(ws, lxw_row_t(row), SelfCol, *mark->selfPoints, input);
            else
                put(ws, row, SelfCol, QString(), selfAssessed && t.assessment ? input : cell);
            put(ws, row, SelfNoteCol, mark ? mark->selfNote : QString(), selfAssessed && t.assessment ? input : cell);
            ++row;
            for (const Target &target : t.targets) {
                put(ws, row, KeyCol, QStringLiteral("G:%1:%2").arg(tid).arg(target.id), targetRow);
                put(ws, row, NumberCol, QString(), targetRow);
                put(ws, row, ItemCol, QStringLiteral("　") + target.indicator, targetRow);
                // Planned: the target with its steps ("≥3家(6月底)、6家(9月底)、10家(年底)"); beside it,
                // what is due by the period's end.
                Target planned = target;
                planned.indicator.clear();
                planned.baseline.reset();   // the form asks for this year's figure only
                put(ws, row, TargetCol, target.value || target.hasSteps() ? targetsText({planned}, plan.info.year) : QString(),
                    targetRow);
                const std::optional<TargetStep> due = StatusEngine::stepFor(target, t, plan.info.year, periodEnd);
                put(ws, row, DeadlineCol,
                    due ? tr("%1 by %2").arg(opDisplay(target.op) + formatNumber(*due->value) + target.unit,
                                            due->due.toString(Qt::ISODate))
                        : QString(),
                    targetRow);
                for (int c = DeadlineCol + 1; c < ColumnCount; ++c)
                    if (c != ActualCol)
                        put(ws, row, c, QString(), targetRow);
                if (known && known->actuals.contains(target.id))
                    worksheet_write_number(ws, lxw_row_t(row), ActualCol, known->actuals.value(target.id), input);
                else
                    put(ws, row, ActualCol, QString(), input);
                ++row;
            }
        }
    put(meta, 0, 0, formMarker(), nullptr);
    worksheet_write_number(meta, 0, 1, 1, nullptr);
    put(meta, 1, 0, fingerprint(plan), nullptr);
    put(meta, 2, 0, period, nullptr);
    put(meta, 3, 0, dept->name, nullptr);
    worksheet_write_number(meta, 4, 0, double(departmentId), nullptr);
    put(meta, 5, 0, plan.info.title, nullptr);
    put(meta, 6, 0, doc.planUid(), nullptr);
    worksheet_hide(meta);
    worksheet_activate(ws);
    lxw_error closed = LXW_NO_ERROR;
    {
        const QuietStderr quiet;
        closed = workbook_close(wb);
    }
    if (closed != LXW_NO_ERROR) {
        *why = tr("“%1” could not be written (is the disk full?).").arg(name);
        return false;
    }
    return true;
}

QStringList CollectionForms::formPaths(const PlanDocument &doc, const QString &period, const QString &dir)
{
    QStringList paths;
    for (Id d : departmentsWithTasks(doc.plan()))
        paths.append(QDir(dir).filePath(fileName(doc.plan(), d, period)));
    return paths;
}

QStringList CollectionForms::writeForms(const PlanDocument &doc, const QString &period, const QString &dir, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("The folder “%1” cannot be created.").arg(dir);
        return written;
    }
    for (Id d : departmentsWithTasks(doc.plan())) {
        const QString path = QDir(dir).filePath(fileName(doc.plan(), d, period));
        if (!writeForm(doc, d, period, path, error))
            return written;
        written.append(path);
    }
    return written;
}

QList<FormChange> CollectionForms::changes(const PlanDocument &doc, const ReturnedForm &form, const QDate &reportDate)
{
    QList<FormChange> out;
    for (const FormEntry &e : form.entries) {
        if (e.isEmpty())
            continue;
        FormChange ch;
        ch.entry = e;
        ch.mark = selfAssessmentOf(doc, form, e);
        ch.previous = doc.reports().currentFor(e.taskId, form.period);
        ProgressReport c;
        c.taskId = e.taskId;
        c.period = form.period;
        c.reportDate = reportDate;
        c.status = e.status.value_or(ch.previous ? ch.previous->status
                                                 : (e.percent && *e.percent >= 100 ? TaskStatus::Done : TaskStatus::InProgress));
        c.percent = e.percent;
        c.progress = e.progress;
        c.problems = e.problems;
        c.nextSteps = e.nextSteps;
        c.actuals = e.actuals;
        c.departmentId = form.departmentId;
        if ((ch.previous && sameReport(*ch.previous, c)) || !e.reportsProgress()) {
            ch.kind = FormChange::Unchanged;
        } else if (ch.previous) {
            ch.kind = FormChange::Correction;
            c.supersedesId = ch.previous->id;
        }
        ch.report = c;
        if (ch.kind == FormChange::Unchanged && !ch.mark && !e.reportsProgress())
            continue;   // a 自评 the plan has already
        out.append(ch);
    }
    return out;
}

int CollectionForms::apply(PlanDocument *doc, const QList<FormChange> &changes, const QString &formName)
{
    int count = 0;
    for (const FormChange &c : changes)
        count += (c.kind != FormChange::Unchanged ? 1 : 0) + (c.mark ? 1 : 0);
    if (count == 0)
        return 0;
    const edits::Group group(*doc, tr("Take in the return form %1").arg(formName));
    for (const FormChange &c : changes) {
        if (c.mark)
            edits::setAssessmentMark(*doc, *c.mark);
        if (c.kind == FormChange::Unchanged)
            continue;
        edits::addReport(*doc, formReport(c, formName));
    }
    return count;
}

ProgressReport CollectionForms::formReport(const FormChange &change, const QString &formName)
{
    ProgressReport report = change.report;
    if (change.kind == FormChange::Correction)
        report.correctionReason = tr("Updated from the return form %1").arg(formName);
    return report;
}

int CollectionForms::keep(PlanDocument *doc, const QList<FormChange> &changes, const QString &formName, int *marksLeft,
                          QStringList *refusals)
{
    int kept = 0, marks = 0;
    for (const FormChange &c : changes) {
        marks += c.mark ? 1 : 0;
        if (c.kind == FormChange::Unchanged)
            continue;
        // Keyed by what it says: the same form taken in again waits once.
        ProgressReport report = formReport(c, formName);
        report.requestKey = ReportOutbox::keyOf(report, doc->planUid());
        QString why;
        if (doc->keepReportToSend(report, &why))
            ++kept;
        else if (refusals)
            refusals->append(QStringLiteral("%1：%2").arg(c.entry.taskTitle, why));
    }
    if (marksLeft)
        *marksLeft = marks;
    return kept;
}

} // namespace ap
