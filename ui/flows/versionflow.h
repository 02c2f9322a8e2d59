#pragma once

#include "shell/actionrules.h"

#include <QObject>

#include <functional>
#include <memory>

class QMainWindow;

namespace ap {

class PlanDocument;
class PlanEditor;
class PlanSession;

// The plan's named versions in the window: Plan ▸ Save Version… (印发版 proposed for the first, a
// name of its own asked for), and Plan ▸ Versions and Adjustments…, which lists them and shows what
// changed since one with the reasons (VersionsDialog) and opens one read-only in a window of its own.
class VersionFlow : public QObject
{
    Q_OBJECT
public:
    VersionFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

    // The name proposed for the next version: 印发版 for the first, then 调整版, 调整版（2）…
    static QString proposedName(const class PlanVersions &versions);
    // After the plan went out (printed or exported) with a 成文日期 and before it has any version:
    // asks once whether to keep it as 印发版. A clerk who says no is not asked again for this plan.
    void offerIssuedVersion();
    // How a version opened read-only is shown: the window gives a window of its own.
    void setVersionWindow(std::function<void(std::unique_ptr<PlanDocument>)> show) { m_showVersion = std::move(show); }

private:
    void saveVersion();
    void showVersions();
    void openVersion(qint64 id);

    QMainWindow *m_window;
    PlanSession *m_session;
    PlanEditor *m_editor;
    ActionSet m_actions;
    std::function<void(std::unique_ptr<PlanDocument>)> m_showVersion;
};

} // namespace ap
