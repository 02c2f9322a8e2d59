#pragma once

#include "document/plandocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// The offline collection loop (月调度 / 季督导 by e-mail): one Excel return form per department
// for a period, listing the tasks it leads (with the units that support it) and empty progress
// columns; the filled
// forms come back and become reports. Each form carries the plan's fingerprint, the period
// and the department on a hidden sheet, so a form for another plan or period is refused and
// importing the same form twice adds nothing. The form of the year's last period also asks each
// unit's 自评 on its assessed tasks.
namespace ap {

// One task's row of a returned form, as the department filled it in.
struct FormEntry
{
    Id taskId = 0;
    QString taskTitle;
    std::optional<TaskStatus> status;
    std::optional<double> percent;
    QString progress, problems, nextSteps;
    QHash<Id, double> actuals;
    // The unit's 自评 (the year's last period's form, an assessed task).
    std::optional<double> selfPoints;
    QString selfNote;
    // Whether the row reports progress (else it may give a 自评 only).
    bool reportsProgress() const
    {
        return status || percent || !progress.isEmpty() || !problems.isEmpty() || !nextSteps.isEmpty() || !actuals.isEmpty();
    }
    bool isEmpty() const { return !reportsProgress() && !selfPoints && selfNote.isEmpty(); }
};

// A cell of a returned form that cannot be taken as it is, and why (in the user's language).
struct FormProblem
{
    QString sheet;
    int row = 0;     // 0-based, as the reader gives it
    int column = 0;  // 0-based
    QString text;    // what the cell holds
    QString why;
    // "sheet 进展填报, cell H12 (“五十”): …" for the message to the clerk.
    QString describe() const;
};

struct ReturnedForm
{
    QString period;
    QString department;
    Id departmentId = 0;
    QList<FormEntry> entries;
    // Cells that could not be taken. A form with any is not taken in at all: the department
    // corrects it and sends it again.
    QList<FormProblem> problems;
};

// What importing a form would change for one task.
struct FormChange
{
    enum Kind { New, Correction, Unchanged };
    Kind kind = New;
    FormEntry entry;
    const ProgressReport *previous = nullptr;   // the current report it corrects
    ProgressReport report;                     // what would be recorded
    // The unit's 自评 to record (the form gives one that differs from the plan's); its report part
    // is Unchanged when the row gives a 自评 only.
    std::optional<AssessmentMark> mark;
};

class CollectionForms
{
    Q_DECLARE_TR_FUNCTIONS(ap::CollectionForms)
public:
    // A short fingerprint of the plan the forms belong to (year, title and task ids): how forms
    // of plans older than their own identity (schema 3) are matched.
    static QString fingerprint(const PlanData &plan);
    // Departments that lead at least one task, in registry order: each reports on what it leads.
    static QList<Id> departmentsWithTasks(const PlanData &plan);
    static QString fileName(const PlanData &plan, Id departmentId, const QString &period);

    static bool writeForm(const PlanDocument &doc, Id departmentId, const QString &period, const QString &path,
                          QString *error);
    // Every department's form into dir; returns the files written.
    // Where writeForms puts the forms of a period in dir, one per lead department.
    static QStringList formPaths(const PlanDocument &doc, const QString &period, const QString &dir);
    static QStringList writeForms(const PlanDocument &doc, const QString &period, const QString &dir, QString *error);

    // False, with *error, when the file is no form of this plan or is for a period it cannot take
    // (not of the plan's year, or locked). Otherwise true; cells that cannot be taken are listed
    // in out->problems.
    static bool readForm(const PlanDocument &doc, const QString &path, ReturnedForm *out, QString *error);
    // The reports a returned form means, against what the plan already has.
    static QList<FormChange> changes(const PlanDocument &doc, const ReturnedForm &form, const QDate &reportDate);
    // Whether the form for period asks for the units' 自评: the year's last period, a plan with an
    // assessment scheme.
    static bool asksSelfAssessment(const PlanData &plan, const QString &period);
    // Records the new and corrected reports and the 自评 as one undo step; returns how many.
    static int apply(PlanDocument *doc, const QList<FormChange> &changes, const QString &formName);
    // While a server plan's server is away: the new and corrected reports kept on this computer to
    // be sent (PlanDocument::keepReportToSend); the 自评 are not kept (*marksLeft: how many wait for
    // the form to be taken in again). How many reports were kept.
    // Each report is keyed by what it says (ReportOutbox::keyOf): a form taken in twice waits once.
    // *refusals: the reports that could not be kept, each with why.
    static int keep(PlanDocument *doc, const QList<FormChange> &changes, const QString &formName, int *marksLeft,
                    QStringList *refusals = nullptr);

private:
    // A change's report as recorded: a correction says it came from the form.
    static ProgressReport formReport(const FormChange &change, const QString &formName);
    // The form's workbook written at part (writeForm puts it in place); name: the target's, for messages.
    static bool writeFormPart(const PlanDocument &doc, const Department &department, const QString &period,
                              const QString &part, const QString &name, QString *why);
};

} // namespace ap
