#include "monitorflow.h"

#include "shell/errorbox.h"
#include "dialogs/reportdialog.h"
#include "dialogs/reminderdialog.h"
#include "document/planedits.h"
#include "monitor/collectionforms.h"
#include "shell/outputprompt.h"
#include "dialogs/documentpreview.h"
#include "editor/planeditor.h"
#include "flows/plansession.h"
#include "print/planprinter.h"
#include "print/bulletinprinter.h"
#include "dialogs/printsettingsdialog.h"
#include "status/statusengine.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>

namespace ap {

MonitorFlow::MonitorFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_editor(editor)
{
    // Recording and locking change the plan; forms and reports only read it.
    m_actions.add(this, tr("&Report Progress on the Task…"), "ReportProgressAction", ActionRule::Reportable,
        &MonitorFlow::reportProgress)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_actions.add(this, tr("&Lock a Reported Period…"), "LockPeriodAction", ActionRule::PlanWritable, [this] { setPeriodLock(true); });
    m_actions.add(this, tr("&Unlock a Period…"), "UnlockPeriodAction", ActionRule::PlanWritable, [this] { setPeriodLock(false); });
    m_actions.add(this, tr("Write Return &Forms for a Period…"), "WriteFormsAction", ActionRule::PlanOpen, &MonitorFlow::writeReturnForms);
    m_actions.add(this, tr("&Take In Return Forms…"), "TakeInFormsAction", ActionRule::FormsTakeable, &MonitorFlow::collectReturnForms);
    m_actions.add(this, tr("&Progress Report (进展通报)…"), "ProgressReportAction", ActionRule::PlanOpen, [this] { progressReport(false); });
    m_actions.add(this, tr("&Chase Reports (催报)…"), "ChaseReportsAction", ActionRule::PlanOpen, &MonitorFlow::chaseReports);
    m_actions.add(this, tr("Tar&gets Planned and Achieved (目标完成情况)…"), "TargetsTableAction", ActionRule::PlanOpen,
                  [this] { progressReport(true); });
}

void MonitorFlow::showMessage(const QString &message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
}

void MonitorFlow::showError(const QString &title, const QString &message)
{
    ErrorBox::warn(m_window, title, message);
}

QString MonitorFlow::currentPeriod() const
{
    const PlanInfo &info = m_session->document()->plan().info;
    QDate day = QDate::currentDate();
    if (day.year() != info.year)
        day = day.year() > info.year ? QDate(info.year, 12, 31) : QDate(info.year, 1, 1);
    return period::of(day, info.cadence);
}

QString MonitorFlow::choosePeriod(const QString &title, const std::function<bool(const QString &)> &offered)
{
    const PlanInfo &info = m_session->document()->plan().info;
    QStringList items, keys;
    for (const QString &p : period::ofYear(info.year, info.cadence)) {
        if (offered && !offered(p))
            continue;
        items.append(period::display(p));
        keys.append(p);
    }
    if (items.isEmpty())
        return QString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, title, tr("Period:"), items,
                                                 std::max(0, int(keys.indexOf(currentPeriod()))), false, &ok);
    return ok ? keys.value(items.indexOf(chosen)) : QString();
}

void MonitorFlow::reportProgress()
{
    PlanDocument *doc = m_session->document();
    if (!doc || !doc->mayAddReports())
        return;
    Id task = m_editor->currentTask();
    // The clerk reports on the task in hand; a department's reporter chooses among its own
    // department's tasks (those the server lets it report on), starting from the one in hand.
    QList<Id> tasks = {task};
    if (!doc->isReadOnly()) {
        if (!task) {
            showMessage(tr("Select a task to report progress on."), 5000);
            return;
        }
    } else {
        tasks = doc->reportableTasks();
        if (tasks.isEmpty()) {
            showMessage(tr("Your department leads or supports no task of this plan, so there is nothing to report on."), 8000);
            return;
        }
        if (!tasks.contains(task))
            task = tasks.first();
    }
    const bool undoable = !doc->isReadOnly();   // as the form was offered
    ReportDialog dialog(*doc, tasks, task, currentPeriod(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProgressReport report = dialog.report();
    if (undoable)
        edits::addReport(*doc, report);
    else if (doc->addReport(report))
        showMessage(tr("Your report on “%1” is on the server. A later correction is a new report; this one stays in "
                       "the history.")
                        .arg(doc->plan().tasks.value(report.taskId).title),
                    10000);
}

void MonitorFlow::setPeriodLock(bool locked)
{
    PlanDocument *doc = m_session->document();
    if (!doc || doc->isReadOnly())
        return;
    bool any = false;
    for (const QString &p : period::ofYear(doc->plan().info.year, doc->plan().info.cadence))
        any = any || doc->reports().isLocked(p) != locked;
    if (!any) {
        showMessage(locked ? tr("Every period is locked already.") : tr("No period is locked."), 5000);
        return;
    }
    const QString key = choosePeriod(locked ? tr("Lock a Reported Period") : tr("Unlock a Period"),
                                     [&](const QString &p) { return doc->reports().isLocked(p) != locked; });
    if (key.isEmpty())
        return;
    const QString chosen = period::display(key);
    bool ok = false;
    QString reason;
    if (!locked) {
        reason = QInputDialog::getText(m_window, tr("Unlock a Period"), tr("Why is %1 unlocked?").arg(chosen),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    edits::setPeriodLock(*doc, key, locked, reason);
}

void MonitorFlow::chaseReports()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    // The period last ended (the one reports are owed for), else the year's first.
    const PlanInfo &info = doc->plan().info;
    QString period = StatusEngine::periodDue(info, QDate::currentDate());
    if (period.isEmpty())
        period = period::ofYear(info.year, info.cadence).value(0);
    ReminderDialog dialog(*doc, period, PrintOptions::fromSettings().fonts, m_window);
    dialog.exec();
}

void MonitorFlow::progressReport(bool annual)
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    const PlanInfo &info = doc->plan().info;
    QString periodKey = QString::number(info.year);
    if (!annual) {
        periodKey = choosePeriod(tr("Progress Report"));
        if (periodKey.isEmpty())
            return;
    }
    const BulletinPrinter report(*doc, annual ? BulletinPrinter::Kind::Annual : BulletinPrinter::Kind::Progress, periodKey,
                               QDate(), PrintOptions::fromSettings().fonts);
    DocumentPreview::show(m_window,
                          {report.title(), [&report](const QString &path, QString *error) { return report.writePdf(path, error); },
                           [&report](const QString &path, QString *error) { return report.writeDocx(path, error); },
                           [&report](QPagedPaintDevice *device) { report.paint(device); }},
                          doc->folder(), doc->filePath());
}

void MonitorFlow::writeReturnForms()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    // The clerk chooses the period the forms ask about (this quarter by default).
    const QString periodKey = choosePeriod(tr("Write Return Forms"));
    if (periodKey.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Folder for the Return Forms"),
                                                          doc->folder());
    if (dir.isEmpty())
        return;
    // Forms already in the folder may have come back filled in: replaced only when the clerk says so.
    const QStringList paths = CollectionForms::formPaths(*doc, periodKey, dir);
    int existing = 0;
    for (const QString &path : paths)
        existing += QFileInfo::exists(path);
    if (existing > 0
        && QMessageBox::question(m_window, tr("Replace the Forms?"),
                                 tr("%n return form(s) of this period are already in the folder and may have been "
                                    "filled in. Replace them with empty forms?", nullptr, existing))
               != QMessageBox::Yes)
        return;
    for (const QString &path : paths)
        if (!OutputPrompt::allowed(m_window, path, true, doc->filePath()))
            return;
    QString error;
    const QStringList written = CollectionForms::writeForms(*doc, periodKey, dir, &error);
    if (!error.isEmpty())
        showError(tr("Cannot Write the Forms"), error);
    else
        showMessage(tr("%1 return forms for %2 written to %3.")
                        .arg(written.size())
                        .arg(period::display(periodKey), QDir::toNativeSeparators(dir)),
                    10000);
}

void MonitorFlow::collectReturnForms()
{
    PlanDocument *doc = m_session->document();
    // While a server plan's server is away its editor's forms wait on this computer, as typed reports do.
    const bool keep = doc && doc->isDisconnected() && doc->editsPlan();
    if (!doc || (doc->isReadOnly() && !keep))
        return;
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Take In Return Forms"),
                                                            doc->folder(),
                                                            tr("Excel workbooks (*.xlsx)"));
    for (const QString &path : files) {
        ReturnedForm form;
        QString error;
        if (!CollectionForms::readForm(*doc, path, &form, &error)) {
            showError(tr("Cannot Take In the Form"), error);
            continue;
        }
        if (!form.problems.isEmpty()) {
            QStringList cells;
            for (const FormProblem &p : std::as_const(form.problems))
                cells << p.describe();
            QMessageBox box(QMessageBox::Warning, tr("Cannot Take In the Form"),
                            tr("%n cell(s) of %1 cannot be taken as they are. Nothing of this form was recorded; "
                               "have it corrected and take it in again.", nullptr, int(cells.size()))
                                .arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, m_window);
            box.setDetailedText(cells.join(QLatin1Char('\n')));
            box.exec();
            continue;
        }
        const QList<FormChange> changes = CollectionForms::changes(*doc, form, QDate::currentDate());
        QStringList lines;
        int count = 0;
        for (const FormChange &c : changes) {
            if (c.kind == FormChange::Unchanged)
                continue;
            ++count;
            const QString was = c.previous && c.previous->percent ? QStringLiteral("%1% → ").arg(qRound(*c.previous->percent)) : QString();
            lines.append(QStringLiteral("%1 %2：%3 %4%5")
                             .arg(c.kind == FormChange::New ? tr("New") : tr("Correction"), c.entry.taskTitle,
                                  statusDisplay(c.report.status), was,
                                  c.report.percent ? QStringLiteral("%1%").arg(qRound(*c.report.percent)) : QString()));
        }
        const QString name = QFileInfo(path).fileName();
        if (count == 0) {
            QMessageBox::information(m_window, tr("Take In Return Forms"),
                                     tr("%1 (%2, %3) brings nothing new.").arg(name, form.department, period::display(form.period)));
            continue;
        }
        QMessageBox box(QMessageBox::Question, tr("Take In Return Forms"),
                        tr("%1 (%2, %3) reports on %4 tasks. Record these reports?")
                            .arg(name, form.department, period::display(form.period))
                            .arg(count),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        if (box.exec() != QMessageBox::Yes)
            continue;
        if (!keep) {
            CollectionForms::apply(doc, changes, name);
            continue;
        }
        int marksLeft = 0;
        QStringList refusals;
        const int kept = CollectionForms::keep(doc, changes, name, &marksLeft, &refusals);
        QMessageBox told(refusals.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Take In Return Forms"),
                         tr("The server cannot be reached now: %n report(s) of %1 are kept on this computer and sent by "
                            "themselves once it answers again.", nullptr, kept)
                                 .arg(name)
                             + (marksLeft ? QLatin1Char(' ')
                                                + tr("The units' self-assessments in it (%n) are not taken now: take the form in "
                                                     "again once the server is back.", nullptr, marksLeft)
                                          : QString())
                             + (refusals.isEmpty() ? QString()
                                                   : QLatin1Char(' ')
                                                         + tr("%n report(s) could not be kept (see the details).", nullptr,
                                                              int(refusals.size()))),
                         QMessageBox::Ok, m_window);
        told.setDetailedText(refusals.join(QLatin1Char('\n')));
        told.exec();
    }
}

} // namespace ap
