#pragma once

#include "shell/actionrules.h"
#include "document/plandocument.h"

#include <QMainWindow>
#include <QPointer>

#include <initializer_list>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace ap {

class AssessmentPage;
class ManualDialog;

class EditActions;
class ImportFlow;
class MonitorFlow;
class PlanEditor;
class PlanSession;
class PrintFlow;
class ServerFlow;
class VersionFlow;
class OutboxFlow;
class TaskEditor;
class WelcomePage;

// The application window, a shell: its pages (welcome, plan editor, dashboard), the menus and
// the toolbar assembled from the controllers' actions, the docks' places, the title, the status
// bar and the window's settings. The session owns the open plan; the controllers do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan (a file or a server plan), telling the user why when it cannot. Returns true
    // when opened.
    bool openPlan(const PlanLocation &where, PlanDocument::Mode mode = PlanDocument::Mode::ReadWrite);
    // A version of a plan (PlanDocument::openVersion), read-only, as this window's plan.
    void showVersion(std::unique_ptr<PlanDocument> version);
    // Opens the plan text names (a file's path or a server plan's address, as given on the
    // command line), or says why it cannot.
    bool openNamed(const QString &text);
    // Opens the plan file at path.
    bool openFile(const QString &path, PlanDocument::Mode mode = PlanDocument::Mode::ReadWrite)
    {
        return openPlan(PlanLocation::file(path), mode);
    }
    // Reads a plan document and shows the review screen; the clerk then creates a new plan
    // from it or adds it to the open plan as one undo step.
    void importFile(const QString &path);
    // A task table (.xlsx, .csv, .tsv) through the column-mapping dialog.
    void importTable(const QString &path);
    // Text copied from a web page, an e-mail or a WPS document, read like a .txt file.
    void importText(const QString &text, const QString &origin);
    PlanDocument *document() const;
    QTreeView *sectionView() const;
    QTableView *taskView() const;
    TaskEditor *taskEditor() const;
    // What the clerk has open and selected, as the actions' rules see it.
    ActionState actionState() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWindowActions();
    void createMenus();
    // Adds the named actions of the controllers in order; "-" is a separator.
    void addActions(QWidget *to, std::initializer_list<const char *> names);
    QAction *findAction(const char *objectName) const;
    void documentAboutToChange();
    void documentChanged(PlanDocument *doc);
    void showDashboard(bool on);
    // The year end's page (Plan ▸ 年度考核), made when first shown.
    void showAssessment(bool on);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void saveWindowState();

    PlanSession *m_session;
    PlanEditor *m_editor;
    EditActions *m_edits;
    ImportFlow *m_import;
    MonitorFlow *m_monitor;
    PrintFlow *m_print;
    ServerFlow *m_server;
    VersionFlow *m_versions;
    OutboxFlow *m_outbox;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_dashboardHost;
    QWidget *m_dashboardPage;     // the host in its scroll area
    QPointer<ManualDialog> m_manual;
    QPointer<AssessmentPage> m_assessment;   // the year end's page, while the plan is open
    QLabel *m_statusLabel;
    QLabel *m_readOnlyLabel;
    Id m_taskInHand = 0;
    ActionSet m_actions;      // the window's own: quit, about, dashboard
};

} // namespace ap
