#pragma once

#include "shell/actionrules.h"

#include <QObject>

class QMainWindow;

namespace ap {

class PlanEditor;
class PlanSession;

// The plan's named versions in the window: Plan ▸ Save Version… (印发版 proposed for the first, a
// name of its own asked for), and Plan ▸ Versions and Adjustments…, which lists them and shows what
// changed since one with the reasons (VersionsDialog).
class VersionFlow : public QObject
{
    Q_OBJECT
public:
    VersionFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

    // The name proposed for the next version: 印发版 for the first, then 调整版, 调整版（2）…
    static QString proposedName(const class PlanVersions &versions);

private:
    void saveVersion();
    void showVersions();

    QMainWindow *m_window;
    PlanSession *m_session;
    PlanEditor *m_editor;
    ActionSet m_actions;
};

} // namespace ap
