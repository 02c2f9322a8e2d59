#pragma once

#include "shell/actionrules.h"

#include <QObject>

class QMainWindow;

namespace ap {

class PlanEditor;
class PlanSession;

// A plan shared on a server, beyond opening it (PlanSession): publishing the open plan file to a
// server, the owner's page of members and their rights, and reading the server plan again.
class ServerFlow : public QObject
{
    Q_OBJECT
public:
    ServerFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

private:
    void publish();
    void members();
    void reload();

    QMainWindow *m_window;
    PlanSession *m_session;
    PlanEditor *m_editor;
    ActionSet m_actions;
};

} // namespace ap
