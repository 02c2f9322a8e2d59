#include "mainwindow.h"

#include "widgets/assessmentpage.h"
#include "widgets/dashboard.h"
#include "flows/editactions.h"
#include "flows/importflow.h"
#include "dialogs/importdialog.h"
#include "dialogs/manualdialog.h"
#include "flows/monitorflow.h"
#include "editor/planeditor.h"
#include "widgets/gridview.h"
#include "flows/plansession.h"
#include "flows/printflow.h"
#include "flows/serverflow.h"
#include "flows/versionflow.h"
#include "flows/outboxflow.h"
#include "dialogs/scheduledialog.h"
#include "shell/screenfit.h"
#include "shell/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ap {

namespace {
// Key names the menus show beside a shortcut, in Qt's own context: Chinese keyboards label the
// keys "Delete" and "Tab", where Qt's catalogue says "Del" and (for Shift+Tab) "Backtab". Our
// catalogue, installed after Qt's, names them as the keys are labelled.
[[maybe_unused]] const char *const kKeyNames[] = {QT_TRANSLATE_NOOP("QShortcut", "Del"),
                                                  QT_TRANSLATE_NOOP("QShortcut", "Backtab")};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    PlanDocument::prepareToOpen();
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_editor = new PlanEditor(this, this);
    // The dashboard is a page of its own beside the editing page, switched with F9.
    // It scrolls rather than make the window taller than the screen (with Find open, say).
    m_dashboardHost = new QWidget(this);
    m_dashboardHost->setObjectName(QStringLiteral("DashboardPage"));
    new QVBoxLayout(m_dashboardHost);
    auto *dashboardScroll = new QScrollArea(this);
    dashboardScroll->setObjectName(QStringLiteral("DashboardScroll"));
    dashboardScroll->setWidgetResizable(true);
    dashboardScroll->setFrameShape(QFrame::NoFrame);
    dashboardScroll->setWidget(m_dashboardHost);
    m_dashboardPage = dashboardScroll;
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_dashboardPage);
    setCentralWidget(m_stack);

    m_session = new PlanSession(this);
    m_edits = new EditActions(this, m_editor);
    m_import = new ImportFlow(this, m_session);
    m_monitor = new MonitorFlow(this, m_session, m_editor);
    m_print = new PrintFlow(this, m_session);
    m_server = new ServerFlow(this, m_session, m_editor);
    m_versions = new VersionFlow(this, m_session, m_editor);
    m_outbox = new OutboxFlow(this, m_session);
    connect(m_print, &PrintFlow::planIssued, m_versions, &VersionFlow::offerIssuedVersion);
    // A version opened read-only gets a window of its own beside the plan's, as another document would.
    m_versions->setVersionWindow([](std::unique_ptr<PlanDocument> version) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        // Shown first: the status bar lays what it says over its line only in a shown window.
        window->show();
        window->showVersion(std::move(version));
        window->activateWindow();
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("PlanSummaryLabel"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #a00; font-weight: bold"));
    statusBar()->addWidget(m_statusLabel, 1);
    // A message hides the plan's summary beneath it, explicitly: QStatusBar's own hiding is undone
    // whenever its layout is made again (a button of it shown or hidden), and the two texts would
    // be drawn over each other.
    connect(statusBar(), &QStatusBar::messageChanged, m_statusLabel, [this](const QString &message) {
        m_statusLabel->setVisible(message.isEmpty());
    });
    statusBar()->addPermanentWidget(m_outbox->button());
    statusBar()->addPermanentWidget(m_editor->checksButton());
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createWindowActions();
    createMenus();

    connect(m_welcome, &WelcomePage::newRequested, findAction("NewPlanAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::openRequested, findAction("OpenAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::rollForwardRequested, findAction("RollForwardAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::importRequested, findAction("ImportAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::sampleRequested, findAction("SampleAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::manualRequested, findAction("ManualAction"), &QAction::trigger);
    connect(m_welcome, &WelcomePage::planRequested, this, [this](const PlanLocation &where) { openPlan(where); });
    connect(m_session, &PlanSession::documentAboutToChange, this, &MainWindow::documentAboutToChange);
    connect(m_session, &PlanSession::importRequested, this, [this](const QString &path) { m_import->importFile(path); });
    connect(m_session, &PlanSession::documentChanged, this, &MainWindow::documentChanged);
    connect(m_session, &PlanSession::reloaded, this, [this]() {
        statusBar()->clearMessage();   // what it said of the plan before is read anew
        if (m_session->document() && m_session->document()->plan().tasks.contains(m_taskInHand))
            m_editor->showTask(m_taskInHand);
    });
    connect(m_session, &PlanSession::commitEditsRequested, m_editor, &PlanEditor::commitPendingEdits);
    connect(m_session, &PlanSession::openedReadOnly, this, [this](const QString &why) {
        m_readOnlyLabel->setToolTip(why);
        statusBar()->showMessage(why, 15000);
    });
    connect(m_editor, &PlanEditor::selectionChanged, this, &MainWindow::updateActions);
    connect(m_import, &ImportFlow::keptReviewChanged, this, &MainWindow::updateActions);
    connect(m_editor, &PlanEditor::propertiesRequested, findAction("PropertiesAction"), &QAction::trigger);
    connect(m_editor, &PlanEditor::departmentsRequested, findAction("DepartmentsAction"), &QAction::trigger);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateActions);

    // Every window and dialog keeps inside the screen it shows on.
    ScreenFit::install();
    QSettings settings;
    // A size remembered on a larger screen (or grown past this one) is not restored.
    const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QRect room = ScreenFit::room(this);
    if (!restored || (room.isValid() && !isMaximized() && (width() > room.width() || height() > room.height()))) {
        // The first start fills a small office screen (1366×768) and is 1280×800 on a larger one.
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
        resize(std::min(1280, screen.width()), std::min(800, screen.height()));
        if (screen.height() <= 800)
            setWindowState(Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_editor->restoreViewState();
    // The docks restoreState brought back are a plan's: with none open they hide again.
    m_editor->setDocument(nullptr);
    documentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the window, which moves the focus; by then this is no longer a
    // MainWindow, so the focus handler must be gone first (UBSan found the call).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    m_session->closePlan();
}

void MainWindow::showVersion(std::unique_ptr<PlanDocument> version)
{
    m_session->showVersion(std::move(version));
}

bool MainWindow::openNamed(const QString &text)
{
    return m_session->openNamed(text);
}

bool MainWindow::openPlan(const PlanLocation &where, PlanDocument::Mode mode)
{
    return m_session->openPlan(where, mode);
}

void MainWindow::importFile(const QString &path)
{
    m_import->importFile(path);
}

void MainWindow::importTable(const QString &path)
{
    m_import->importTable(path);
}

void MainWindow::importText(const QString &text, const QString &origin)
{
    m_import->importText(text, origin);
}

PlanDocument *MainWindow::document() const
{
    return m_session->document();
}

QTreeView *MainWindow::sectionView() const
{
    return m_editor->sectionView();
}

QTableView *MainWindow::taskView() const
{
    return m_editor->taskView();
}

TaskEditor *MainWindow::taskEditor() const
{
    return m_editor->taskEditor();
}

void MainWindow::createWindowActions()
{
    QAction *quit = m_actions.add(this, tr("&Quit"), "QuitAction", ActionRule::Always, &QWidget::close);
    // Some platforms bind no key to Quit (Windows' conventions, which the offscreen platform
    // follows); a clerk still expects Ctrl+Q.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : quitKeys);
    QAction *dashboard = m_actions.add(new QAction(tr("&Dashboard"), this), "DashboardAction", ActionRule::PlanOpen);
    dashboard->setCheckable(true);
    dashboard->setShortcut(QKeySequence(Qt::Key_F9));
    connect(dashboard, &QAction::toggled, this, &MainWindow::showDashboard);
    // The year month by month, and a task opened from it.
    m_actions.add(this, tr("&Monthly Schedule…"), "ScheduleAction", ActionRule::PlanOpen, [this]() {
        PlanDocument *doc = m_session->document();
        if (!doc)
            return;
        m_editor->commitPendingEdits();
        ScheduleDialog dialog(doc, this);
        if (dialog.exec() == QDialog::Accepted && dialog.openedTask())
            m_editor->showTask(dialog.openedTask());
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // The year's end: a page of its own, as the dashboard is.
    QAction *assessment = m_actions.add(new QAction(tr("Year-End &Assessment (年度考核)"), this), "AssessmentAction", ActionRule::PlanOpen);
    assessment->setCheckable(true);
    assessment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(assessment, &QAction::toggled, this, &MainWindow::showAssessment);
    // The manual, read offline beside the window.
    m_actions.add(this, tr("&User's Manual"), "ManualAction", ActionRule::Always, [this]() {
        if (!m_manual)
            m_manual = new ManualDialog(this);
        m_manual->show();
        m_manual->raise();
        m_manual->activateWindow();
    })->setShortcut(QKeySequence::HelpContents);
    m_actions.add(this, tr("Open the &Sample Plan"), "SampleAction", ActionRule::Always, [this]() { m_session->openSample(); });
    m_actions.add(this, tr("&About AnnualPlan"), "AboutAction", ActionRule::Always, [this]() {
        QMessageBox::about(this, tr("About AnnualPlan"),
                           tr("<h3>AnnualPlan %1</h3><p>Drafting, printing and monitoring of annual work "
                              "plans.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

QAction *MainWindow::findAction(const char *objectName) const
{
    if (qstrcmp(objectName, "UndoAction") == 0)
        return m_edits->undoAction();
    if (qstrcmp(objectName, "RedoAction") == 0)
        return m_edits->redoAction();
    for (const ActionSet *set : std::initializer_list<const ActionSet *>{&m_actions, &m_session->actions(), &m_edits->actions(), &m_editor->actions(),
                                 &m_import->actions(), &m_monitor->actions(), &m_print->actions(), &m_server->actions(), &m_versions->actions(), &m_outbox->actions()})
        if (QAction *a = set->find(objectName))
            return a;
    qFatal("MainWindow: no action %s", objectName);
    return nullptr;
}

void MainWindow::addActions(QWidget *to, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (qstrcmp(name, "-") == 0) {
            QAction *separator = new QAction(to);
            separator->setSeparator(true);
            to->addAction(separator);
        } else {
            to->addAction(findAction(name));
        }
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addActions(file, {"NewPlanAction", "OpenAction", "OpenServerPlanAction"});
    file->addMenu(m_session->recentMenu());
    addActions(file, {"RollForwardAction", "ImportAction", "ImportClipboardAction", "ReopenReviewAction", "-", "SaveAsAction",
                      "BackupAction", "PublishAction", "-", "PrintPreviewAction", "PrintAction", "PrintSettingsAction"});
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    addActions(exportMenu, {"ExportPdfAction", "ExportDocxAction", "ExportXlsxAction", "ExportCsvAction"});
    addActions(file, {"-", "PropertiesAction", "-", "ReloadAction", "CloseAction", "QuitAction"});

    addActions(menuBar()->addMenu(tr("&Edit")),
               {"UndoAction", "RedoAction", "-", "CopyTasksAction", "PasteTasksAction", "DuplicateTasksAction", "-",
                "AddSectionAction", "AddSubsectionAction", "AddTaskAction", "RenameAction", "DeleteAction", "-",
                "MoveUpAction", "MoveDownAction", "IndentAction", "OutdentAction", "-", "FindAction"});
    addActions(menuBar()->addMenu(tr("&View")),
               {"FindPanelAction", "ChecksPanelAction", "SubsectionsAction", "DashboardAction", "ScheduleAction"});
    addActions(menuBar()->addMenu(tr("&Plan")),
               {"PropertiesAction", "DepartmentsAction", "MembersAction", "-", "ReportProgressAction", "LockPeriodAction",
                "UnlockPeriodAction", "WaitingReportsAction", "-", "WriteFormsAction", "TakeInFormsAction", "ChaseReportsAction", "ProgressReportAction",
                "-", "SaveVersionAction", "VersionsAction", "-", "AssessmentAction", "TargetsTableAction"});
    addActions(menuBar()->addMenu(tr("&Help")), {"ManualAction", "SampleAction", "-", "AboutAction"});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addActions(bar, {"NewPlanAction", "OpenAction", "-", "UndoAction", "RedoAction", "-", "AddSectionAction",
                     "AddSubsectionAction", "AddTaskAction", "DeleteAction"});
}

void MainWindow::documentAboutToChange()
{
    // A server plan read anew shows the task that was in hand (PlanSession::reloaded).
    m_taskInHand = m_editor->currentTask();
    // The fields write what they hold and the views let go, while the document is still there.
    if (m_session->document())
        saveWindowState();
    m_editor->setDocument(nullptr);
    qDeleteAll(m_dashboardHost->findChildren<Dashboard *>(QString(), Qt::FindDirectChildrenOnly));
    m_actions.find("AssessmentAction")->setChecked(false);
    delete m_assessment;
    m_edits->setDocument(nullptr);
}

void MainWindow::documentChanged(PlanDocument *doc)
{
    if (doc) {
        m_actions.find("DashboardAction")->setChecked(false);
        m_actions.find("AssessmentAction")->setChecked(false);
        m_stack->setCurrentWidget(m_editor);
        m_edits->setDocument(doc);
        m_editor->setDocument(doc);
        connect(doc->undoStack(), &QUndoStack::indexChanged, this, [this]() {
            updateActions();
            updateStatus();
        });
        connect(doc, &PlanDocument::planInfoChanged, this, &MainWindow::updateTitle);
        // A server plan: what others do shows here as it happens.
        connect(doc, &PlanDocument::reportsArrived, this, [this](int tasks) {
            statusBar()->showMessage(tr("New progress reports from the server on %n task(s).", nullptr, tasks), 15000);
        });
        connect(doc, &PlanDocument::planChangedElsewhere, this, [this]() {
            statusBar()->showMessage(tr("Someone else has changed this plan on the server; press F5 to show the change."),
                                     30000);
        });
        connect(doc, &PlanDocument::connectionLost, this, [this, doc]() {
            updateActions();
            updateStatus();
            // Progress may still be reported: it waits on this computer (ReportOutbox).
            statusBar()->showMessage(doc->mayAddReports()
                                         ? tr("The connection to the server is lost. The plan cannot be changed until it is "
                                              "back, but progress can still be reported: reports wait on this computer and "
                                              "are sent then. AnnualPlan tries again every few seconds.")
                                         : tr("The connection to the server is lost. Nothing can be changed until it is back; "
                                              "AnnualPlan tries again every few seconds."),
                                     30000);
        });
    } else {
        QStringList labels;
        const QList<PlanLocation> recent = m_session->recentPlans();
        for (const PlanLocation &where : recent)
            labels << PlanSession::recentLabel(where);
        m_welcome->setRecent(recent, labels);
        m_stack->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::showDashboard(bool on)
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    if (on)
        m_actions.find("AssessmentAction")->setChecked(false);
    else if (m_stack->currentWidget() != m_dashboardPage)
        return;   // another page took its place
    // Built when first shown, so a large plan opens without computing it.
    if (on && !m_dashboardHost->findChild<Dashboard *>(QString(), Qt::FindDirectChildrenOnly)) {
        auto *dashboard = new Dashboard(doc, m_session->lastOpened(), m_dashboardHost);
        m_dashboardHost->layout()->addWidget(dashboard);
        connect(dashboard, &Dashboard::taskActivated, this, [this](Id task) {
            m_actions.find("DashboardAction")->setChecked(false);
            m_editor->showTask(task);
        });
    }
    m_stack->setCurrentWidget(on ? m_dashboardPage : static_cast<QWidget *>(m_editor));
}

void MainWindow::showAssessment(bool on)
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    if (on) {
        m_actions.find("DashboardAction")->setChecked(false);
        // Built when first shown: a plan opens without scoring it.
        if (!m_assessment) {
            m_assessment = new AssessmentPage(doc, m_stack);
            m_stack->addWidget(m_assessment);
            connect(m_assessment, &AssessmentPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
            connect(m_assessment, &AssessmentPage::targetsTableRequested, this, [this] { findAction("TargetsTableAction")->trigger(); });
        }
        m_stack->setCurrentWidget(m_assessment);
        m_assessment->setFocus();
    } else if (m_stack->currentWidget() == m_assessment) {
        m_stack->setCurrentWidget(m_editor);
    }
}

void MainWindow::updateTitle()
{
    const PlanDocument *doc = m_session->document();
    if (!doc) {
        setWindowTitle(tr("AnnualPlan"));
        return;
    }
    // The plan's own title first, as the clerk knows it; then the file it is in.
    const QString name = doc->displayName();
    const QString plan = PlanSession::planName(doc->plan().info);
    setWindowTitle(doc->isReadOnly() ? tr("%1 — %2 (read-only) — AnnualPlan").arg(plan, name)
                                     : tr("%1 — %2 — AnnualPlan").arg(plan, name));
}

ActionState MainWindow::actionState() const
{
    const PlanDocument *doc = m_session->document();
    ActionState s;
    s.open = doc != nullptr;
    s.writable = s.open && !doc->isReadOnly();
    s.section = s.open && m_editor->currentSection() != 0;
    s.task = s.open && m_editor->currentTask() != 0;
    s.taskFocus = s.task && m_editor->taskTableHasFocus();
    s.reportable = s.open && doc->mayAddReports();
    s.formsTakeable = s.writable || (s.open && doc->isDisconnected() && doc->editsPlan());
    s.onServer = s.open && doc->isOnServer();
    s.owner = s.onServer && doc->isOwner();
    s.reviewKept = m_import->hasKeptReview();
    return s;
}

void MainWindow::updateActions()
{
    const ActionState state = actionState();
    for (const ActionSet *set : std::initializer_list<const ActionSet *>{&m_actions, &m_session->actions(), &m_editor->actions(), &m_import->actions(),
                                 &m_monitor->actions(), &m_print->actions(), &m_server->actions(), &m_versions->actions(), &m_outbox->actions()})
        set->update(state);
    m_edits->update(state);
    if (!state.open)
        m_actions.find("DashboardAction")->setChecked(false);
}

void MainWindow::updateStatus()
{
    const PlanDocument *doc = m_session->document();
    if (!doc) {
        m_statusLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const PlanData &p = doc->plan();
    // A reporter of a server plan reads the plan and reports on its department's tasks.
    const Department *reportsAs = doc->isReadOnly() && doc->mayAddReports() ? p.department(doc->reportingDepartment()) : nullptr;
    m_statusLabel->setText((doc->isDisconnected()
                                ? tr("%1 sections, %2 tasks, %3 targets, %4 departments — the connection to the server is "
                                     "lost: nothing can be changed until it is back")
                            : reportsAs ? tr("%1 sections, %2 tasks, %3 targets, %4 departments — you report progress on "
                                           "your department's %n task(s) (Ctrl+R); the plan itself is read-only",
                                           nullptr, int(doc->reportableTasks().size()))
                            : doc->isReadOnly()
                                ? tr("%1 sections, %2 tasks, %3 targets, %4 departments — opened read-only: nothing can be changed")
                                : tr("%1 sections, %2 tasks, %3 targets, %4 departments — every change is saved at once"))
                               .arg(p.sections.size())
                               .arg(p.tasks.size())
                               .arg(p.targetCount())
                               .arg(p.departments.size()));
    m_readOnlyLabel->setText(doc->isDisconnected() ? tr("Server connection lost")
                             : reportsAs            ? tr("Reporting for %1").arg(reportsAs->name)
                             : doc->isReadOnly()    ? tr("Read-only")
                                                    : QString());
}

void MainWindow::saveWindowState()
{
    // A version's window is a passing one: the plan's window keeps how the window looks.
    if (m_session->document() && m_session->document()->shownVersion())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_editor->saveViewState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every change to the plan is already in the file; an import review closed unfinished is not
    // (it lives for the session), so its corrections are not thrown away without asking.
    if (m_import->hasKeptReview() && m_import->keptReview()->isCorrected()) {
        QMessageBox ask(QMessageBox::Question, tr("Quit"),
                        tr("The import review you closed holds corrections that are not in any plan yet. "
                           "Quit and drop them?"),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("DropReviewQuestion"));
        QPushButton *quit = ask.addButton(tr("&Quit and Drop Them"), QMessageBox::DestructiveRole);
        QPushButton *reopen = ask.addButton(tr("&Reopen the Review"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(reopen);
        ask.exec();
        if (ask.clickedButton() != quit) {
            event->ignore();
            if (ask.clickedButton() == reopen)
                QTimer::singleShot(0, m_import->action("ReopenReviewAction"), &QAction::trigger);
            return;
        }
    }
    // Closing only remembers how the window looked.
    saveWindowState();
    m_session->closePlan();
    event->accept();
}

} // namespace ap
