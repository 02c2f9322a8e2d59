#include "serverflow.h"

#include "shell/errorbox.h"
#include "document/serverplans.h"
#include "server/membersdialog.h"
#include "editor/planeditor.h"
#include "flows/plansession.h"
#include "server/serverplandialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace ap {

ServerFlow::ServerFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_editor(editor)
{
    m_actions.add(this, tr("P&ublish to a Server…"), "PublishAction", ActionRule::PlanFile, &ServerFlow::publish);
    m_actions.add(this, tr("&Members and Rights…"), "MembersAction", ActionRule::ServerOwner, &ServerFlow::members);
    m_actions.add(this, tr("Read A&gain from the Server"), "ReloadAction", ActionRule::ServerPlan, &ServerFlow::reload)
        ->setShortcut(QKeySequence(Qt::Key_F5));
}

void ServerFlow::publish()
{
    PlanDocument *doc = m_session->document();
    if (!doc || doc->isOnServer())
        return;
    m_editor->commitPendingEdits();   // the server gets what the fields hold
    const QString file = doc->filePath();
    ServerPlanDialog dialog(m_session->recentServerAddresses(), m_window);
    dialog.setWindowTitle(tr("Publish to a Server"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanLocation published = dialog.location();
    const ServerAddress &address = published.address();
    if (!dialog.password().isEmpty())
        ServerPlans::rememberPassword(address, dialog.password());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool done = ServerPlans::publish(file, address, false, &error);
    PlanData existing;
    QString ignored;
    const bool exists = !done && ServerPlans::read(address, &existing, nullptr, &ignored);
    QApplication::restoreOverrideCursor();
    if (exists) {
        // The plan of that name goes only when the clerk says so; its members keep their rights.
        const auto answer = QMessageBox::question(
            m_window, tr("Replace the Plan on the Server?"),
            tr("The server has a plan named “%1” already (%2 tasks). Replace it with this file? Its progress reports go "
               "with it; its members keep their rights.")
                .arg(published.displayName())
                .arg(existing.tasks.size()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        done = ServerPlans::publish(file, address, true, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!done) {
        ErrorBox::warn(m_window, tr("Not Published"), error);
        return;
    }
    // From now on the shared plan is the one to work on; the file stays as it was.
    m_session->expectPassword(address, dialog.password(), dialog.keepsPassword());
    if (m_session->openPlan(published))
        m_window->statusBar()->showMessage(tr("The plan is on the server now, and open from there. The file “%1” is "
                                              "unchanged.")
                                               .arg(file),
                                           15000);
}

void ServerFlow::members()
{
    PlanDocument *doc = m_session->document();
    if (!doc || !doc->isOwner())
        return;
    MembersDialog dialog(doc->location().address(), doc->plan(), m_window);
    dialog.exec();
}

void ServerFlow::reload()
{
    if (m_session->reloadFromServer())
        m_window->statusBar()->showMessage(tr("The plan is read again from the server."), 5000);
}

} // namespace ap
