#pragma once

#include "shell/actionrules.h"

#include <QObject>

class QMainWindow;
class QToolButton;

namespace ap {

class PlanDocument;
class PlanSession;

// A server plan's reports waiting on this computer to be sent (PlanDocument::waitingReports) in
// the window: a button in the status bar that says how many wait (and how many the server
// refused) and opens their list (OutboxDialog), Plan ▸ Reports Waiting to Be Sent…, and the
// sending itself whenever the plan is opened or read anew once its server answers again.
class OutboxFlow : public QObject
{
    Q_OBJECT
public:
    OutboxFlow(QMainWindow *window, PlanSession *session);

    const ActionSet &actions() const { return m_actions; }
    // The status bar's button (hidden while nothing waits).
    QToolButton *button() const { return m_button; }

private:
    void documentChanged(PlanDocument *doc);
    // Sends what waits, when the server answers, and says what became of it.
    void sendWaiting();
    void refresh();
    void showList();

    QMainWindow *m_window;
    PlanSession *m_session;
    QToolButton *m_button;
    ActionSet m_actions;
};

} // namespace ap
