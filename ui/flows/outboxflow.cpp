#include "outboxflow.h"

#include "dialogs/outboxdialog.h"
#include "flows/plansession.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>

namespace ap {

OutboxFlow::OutboxFlow(QMainWindow *window, PlanSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    m_actions.add(this, tr("Reports &Waiting to Be Sent…"), "WaitingReportsAction", ActionRule::ServerPlan, &OutboxFlow::showList);
    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("OutboxButton"));
    m_button->setAutoRaise(true);
    m_button->setStyleSheet(QStringLiteral("color: #a05000; font-weight: bold"));
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &OutboxFlow::showList);
    connect(session, &PlanSession::documentChanged, this, &OutboxFlow::documentChanged);
    // Sent once the window has shown the plan (opened, or read anew once its server answers
    // again), and what became of them said after what the window says of the plan.
    connect(session, &PlanSession::settled, this, &OutboxFlow::sendWaiting);
}

void OutboxFlow::documentChanged(PlanDocument *doc)
{
    refresh();
    if (!doc)
        return;
    connect(doc, &PlanDocument::waitingReportsChanged, this, &OutboxFlow::refresh);
}

void OutboxFlow::sendWaiting()
{
    PlanDocument *doc = m_session->document();
    if (!doc || doc->isDisconnected())
        return;
    const QList<WaitingReport> waiting = doc->waitingReports();
    if (std::none_of(waiting.cbegin(), waiting.cend(), [](const WaitingReport &w) { return w.refusal.isEmpty(); }))
        return;
    int refused = 0;
    const int sent = doc->sendWaitingReports(&refused);
    if (sent && !refused)
        m_window->statusBar()->showMessage(tr("%n report(s) typed while the server was away reached it.", nullptr, sent), 20000);
    else if (refused)
        m_window->statusBar()->showMessage(tr("%n waiting report(s) reached the server; it refused %1 — see Reports Waiting to "
                                              "Be Sent for why.", nullptr, sent)
                                               .arg(refused),
                                           30000);
}

void OutboxFlow::refresh()
{
    const PlanDocument *doc = m_session->document();
    const QList<WaitingReport> waiting = doc ? doc->waitingReports() : QList<WaitingReport>();
    const int refused = int(std::count_if(waiting.cbegin(), waiting.cend(), [](const WaitingReport &w) { return !w.refusal.isEmpty(); }));
    m_button->setVisible(!waiting.isEmpty());
    m_button->setText(refused ? tr("%n report(s) waiting to be sent, %1 refused", nullptr, int(waiting.size())).arg(refused)
                              : tr("%n report(s) waiting to be sent", nullptr, int(waiting.size())));
    m_button->setToolTip(tr("Kept on this computer and sent by themselves once the server answers. Click to see them."));
}

void OutboxFlow::showList()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    OutboxDialog dialog(*doc, m_window);
    dialog.exec();
}

} // namespace ap
