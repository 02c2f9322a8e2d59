#pragma once

#include "shell/actionrules.h"

#include <QObject>

#include <functional>

class QMainWindow;

namespace ap {

class PlanEditor;
class PlanSession;

// Monitoring through the year (月调度 / 季督导 / 年考核): progress reports on a task, locking and
// unlocking reported periods, return forms out to the departments and back in, and the progress
// report and year-end assessment documents.
class MonitorFlow : public QObject
{
    Q_OBJECT
public:
    MonitorFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

private:
    void reportProgress();
    void setPeriodLock(bool locked);
    void progressReport(bool annual);
    // 催报: who has not reported for a period, with the notice to send and their form.
    void chaseReports();
    void writeReturnForms();
    void collectReturnForms();
    // The period a report is about by default: today's, within the plan's year.
    QString currentPeriod() const;
    // Asks for a period of the plan's year (those offered, default the current one); empty when cancelled.
    QString choosePeriod(const QString &title, const std::function<bool(const QString &)> &offered = {});
    void showMessage(const QString &message, int timeout);
    void showError(const QString &title, const QString &message);

    QMainWindow *m_window;
    PlanSession *m_session;
    PlanEditor *m_editor;
    ActionSet m_actions;
};

} // namespace ap
