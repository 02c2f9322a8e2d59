#include "mainwindow.h"

#include "delegates.h"
#include "document/commands.h"
#include "fs/outputtarget.h"
#include "io/tableexport.h"
#include "io/tasktsv.h"
#include "print/odtexport.h"
#include "print/planprinter.h"
#include "models/sectiontreemodel.h"
#include "models/tasktablemodel.h"
#include "panels.h"
#include "plandialogs.h"
#include "printsettingsdialog.h"
#include "rollforwarddialog.h"
#include "importdialog.h"
#include "checkindialog.h"
#include "dashboard.h"
#include "monitor/collectionforms.h"
#include "print/reportprinter.h"
#include "status/statusengine.h"
#include "tableimportdialog.h"
#include "import/tableimport.h"
#include "import/planimport.h"
#include "taskeditor.h"

#include <QAction>
#include <QLayout>
#include <QInputDialog>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QPointer>
#include <QSettings>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ap {

namespace {
const int kMaxRecent = 8;

QString fileFilter()
{
    return MainWindow::tr("Annual plans (*.aplan);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_stack = new QStackedWidget(this);

    // Welcome page: shown while no plan is open.
    m_welcome = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    auto *heading = new QLabel(tr("<h2>AnnualPlan</h2><p>Draft, print and monitor the annual work plan.</p>"), m_welcome);
    auto *newButton = new QPushButton(tr("New Plan…"), m_welcome);
    auto *openButton = new QPushButton(tr("Open Plan…"), m_welcome);
    auto *rollButton = new QPushButton(tr("Roll Forward from Last Year's Plan…"), m_welcome);
    connect(rollButton, &QPushButton::clicked, this, &MainWindow::rollForward);
    auto *importButton = new QPushButton(tr("Import a Plan Document…"), m_welcome);
    importButton->setToolTip(tr("Start a plan from a Word (.docx) or text file: headings, tasks, targets and responsible units are recognised for you to review"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::importDialog);
    m_welcomeRecent = new QListWidget(m_welcome);
    m_continueButton = new QPushButton(m_welcome);
    m_continueButton->setObjectName(QStringLiteral("ContinueButton"));
    connect(m_continueButton, &QPushButton::clicked, this,
            [this]() { openFile(m_continueButton->property("path").toString()); });
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(heading, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(m_continueButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(newButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(rollButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(importButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(new QLabel(tr("Recent plans:"), m_welcome), 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(m_welcomeRecent, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(2);
    m_welcomeRecent->setMinimumWidth(480);
    m_welcomeRecent->setMaximumHeight(200);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newPlan);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openDialog);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openFile(item->data(Qt::UserRole).toString()); });

    // Editing page: sections | tasks over the task editor.
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("MainSplitter"));
    m_sectionView = new QTreeView(m_mainSplitter);
    m_sectionView->setObjectName(QStringLiteral("SectionView"));
    m_sectionView->setHeaderHidden(true);
    m_sectionView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_sectionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sectionView->setItemDelegate(new OutlineDelegate(m_sectionView));
    m_sectionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("RightSplitter"));
    m_taskView = new QTableView(m_rightSplitter);
    m_taskView->setObjectName(QStringLiteral("TaskView"));
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                                | QAbstractItemView::AnyKeyPressed);
    m_taskView->setWordWrap(true);
    m_taskView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_taskView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Rows one line high unless a cell wraps: ten and more fit on an office screen.
    m_taskView->verticalHeader()->setDefaultSectionSize(m_taskView->fontMetrics().height() + 10);
    m_taskView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Tab moves on to the task editor instead of from cell to cell without end.
    m_taskView->setTabKeyNavigation(false);
    m_editorHost = new QWidget(m_rightSplitter);
    auto *hostLayout = new QVBoxLayout(m_editorHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    // The editor scrolls rather than push the window taller than the screen.
    m_editorScroll = new QScrollArea(m_editorHost);
    m_editorScroll->setObjectName(QStringLiteral("EditorScroll"));
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    hostLayout->addWidget(m_editorScroll);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    // A taller or shorter window gives or takes the task table's height; the editor keeps its own.
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 0);

    // Sections and tasks move by drag and drop; the models turn drops into undo commands.
    for (QAbstractItemView *v : std::initializer_list<QAbstractItemView *>{m_sectionView, m_taskView}) {
        v->setDragEnabled(true);
        v->setAcceptDrops(true);
        v->setDropIndicatorShown(true);
        v->setDragDropMode(QAbstractItemView::DragDrop);
        v->setDefaultDropAction(Qt::MoveAction);
    }

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_mainSplitter);
    setCentralWidget(m_stack);

    m_findDock = new QDockWidget(tr("Find and Filter"), this);
    m_findDock->setObjectName(QStringLiteral("FindDock"));
    m_checkDock = new QDockWidget(tr("Plan Checks"), this);
    m_checkDock->setObjectName(QStringLiteral("CheckDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_findDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_checkDock);
    tabifyDockWidget(m_findDock, m_checkDock);
    m_findDock->hide();
    // Plan Checks open from the status bar, where their count shows: on a small screen the
    // task table keeps the room.
    m_checkDock->hide();
    // The dashboard is a page of its own beside the editing page, switched with F9.
    m_dashboardHost = new QWidget(this);
    m_dashboardHost->setObjectName(QStringLiteral("DashboardPage"));
    new QVBoxLayout(m_dashboardHost);
    m_stack->addWidget(m_dashboardHost);
    resizeDocks({m_checkDock}, {150}, Qt::Vertical);

    m_statusLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #a00; font-weight: bold"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_checkButton = new QToolButton(this);
    m_checkButton->setObjectName(QStringLiteral("PlanChecksButton"));
    m_checkButton->setAutoRaise(true);
    m_checkButton->setToolTip(tr("Show or hide the plan checks"));
    connect(m_checkButton, &QToolButton::clicked, this, [this]() { m_checkDock->toggleViewAction()->trigger(); });
    statusBar()->addPermanentWidget(m_checkButton);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start fills a small office screen (1366×768) and is 1280×800 on a larger one.
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
        resize(std::min(1280, screen.width()), std::min(800, screen.height()));
        if (screen.height() <= 800)
            setWindowState(Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    // Until the clerk moves it, the splitter is laid out when a plan first shows (setDocument).
    m_rightSplitterPlaced = m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());

    rebuildRecentMenu();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the window, which moves the focus; by then this is no longer a
    // MainWindow, so the focus handler must be gone first (UBSan found the call).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAct = file->addAction(tr("&New Plan…"), this, &MainWindow::newPlan);
    m_newAct->setShortcut(QKeySequence::New);
    m_openAct = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    m_openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Roll &Forward from Last Year's Plan…"), this, &MainWindow::rollForward);
    QAction *importAct = file->addAction(tr("&Import a Plan Document…"), this, &MainWindow::importDialog);
    importAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("Import Plan Text from the C&lipboard"), this, &MainWindow::importClipboardText);
    file->addSeparator();
    m_saveAsAct = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAct->setShortcut(QKeySequence::SaveAs);
    m_backupAct = file->addAction(tr("&Back Up a Copy…"), this, &MainWindow::backupCopy);
    file->addSeparator();
    m_previewAct = file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    m_previewAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printAct = file->addAction(tr("&Print…"), this, &MainWindow::print);
    m_printAct->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print Se&ttings…"), this, [this]() {
        PrintSettingsDialog dialog(PrintOptions::fromSettings(), this);
        if (dialog.exec() == QDialog::Accepted)
            dialog.options().save();
    });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    m_exportPdfAct = exportMenu->addAction(tr("Plan and Annexes as &PDF…"), this, &MainWindow::exportPdf);
    m_exportOdtAct = exportMenu->addAction(tr("Plan as &OpenDocument Text (WPS, Word)…"), this, &MainWindow::exportOdt);
    m_exportOdtAct->setObjectName(QStringLiteral("ExportOdtAction"));
    m_exportXlsxAct = exportMenu->addAction(tr("Task Table as &Excel Workbook…"), this, [this]() { exportTable(true); });
    m_exportCsvAct = exportMenu->addAction(tr("Task Table as &CSV…"), this, [this]() { exportTable(false); });
    file->addSeparator();
    m_propertiesAct = file->addAction(tr("Plan Propertie&s…"), this, &MainWindow::editProperties);
    file->addSeparator();
    m_closeAct = file->addAction(tr("&Close"), this, &MainWindow::closePlan);
    m_closeAct->setShortcut(QKeySequence::Close);
    m_closeAct->setObjectName(QStringLiteral("CloseAction"));
    m_quitAct = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Some platforms bind no key to Quit (Windows' conventions, which the offscreen platform
    // follows); a clerk still expects Ctrl+Q.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quitAct->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : quitKeys);
    m_quitAct->setObjectName(QStringLiteral("QuitAction"));

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAct = m_editMenu->addAction(tr("&Undo"));
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_redoAct = m_editMenu->addAction(tr("&Redo"));
    m_redoAct->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    connect(m_undoAct, &QAction::triggered, this, [this]() {
        commitPendingEdits();
        if (m_doc)
            m_doc->undoStack()->undo();
    });
    connect(m_redoAct, &QAction::triggered, this, [this]() {
        commitPendingEdits();
        if (m_doc)
            m_doc->undoStack()->redo();
    });
    m_editMenu->addSeparator();
    m_copyAct = m_editMenu->addAction(tr("&Copy Tasks"), this, &MainWindow::copyTasks);
    m_copyAct->setShortcut(QKeySequence::Copy);
    m_pasteAct = m_editMenu->addAction(tr("&Paste Tasks"), this, &MainWindow::pasteTasks);
    m_pasteAct->setShortcut(QKeySequence::Paste);
    m_duplicateAct = m_editMenu->addAction(tr("Duplicat&e Tasks"), this, &MainWindow::duplicateTasks);
    m_duplicateAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_editMenu->addSeparator();
    m_addSectionAct = m_editMenu->addAction(tr("Add &Section"), this, [this]() { addSection(false); });
    m_addSectionAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addSubsectionAct = m_editMenu->addAction(tr("Add Su&bsection"), this, [this]() { addSection(true); });
    m_addSubsectionAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_addTaskAct = m_editMenu->addAction(tr("Add &Task"), this, &MainWindow::addTask);
    m_addTaskAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTaskAct->setObjectName(QStringLiteral("AddTaskAction"));
    m_renameAct = m_editMenu->addAction(tr("Re&name"), this, &MainWindow::renameSelected);
    m_renameAct->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAct = m_editMenu->addAction(tr("&Delete"), this, &MainWindow::deleteSelected);
    m_deleteAct->setShortcut(QKeySequence::Delete);
    m_editMenu->addSeparator();
    m_moveUpAct = m_editMenu->addAction(tr("Mo&ve Up"), this, [this]() { moveSelected(-1); });
    m_moveUpAct->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDownAct = m_editMenu->addAction(tr("Move Do&wn"), this, [this]() { moveSelected(1); });
    m_moveDownAct->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_indentAct = m_editMenu->addAction(tr("&Indent Section"), this, [this]() { indentSection(true); });
    m_indentAct->setShortcuts({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_outdentAct = m_editMenu->addAction(tr("&Outdent Section"), this, [this]() { indentSection(false); });
    m_outdentAct->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::Key_Backtab),
                                QKeySequence(Qt::ALT | Qt::Key_Left)});

    m_editMenu->addSeparator();
    m_findAct = m_editMenu->addAction(tr("&Find and Filter…"), this, [this]() {
        if (!m_doc)
            return;
        m_findDock->show();
        m_findDock->raise();
        if (auto *panel = qobject_cast<FindPanel *>(m_findDock->widget()))
            panel->focusSearch();
    });
    m_findAct->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *findToggle = m_findDock->toggleViewAction();
    findToggle->setText(tr("&Find and Filter Panel"));
    view->addAction(findToggle);
    QAction *checkToggle = m_checkDock->toggleViewAction();
    checkToggle->setText(tr("Plan &Checks Panel"));
    view->addAction(checkToggle);
    // A parent section's table can list its subsections' tasks too (remembered).
    m_subsectionsAct = view->addAction(tr("Tasks of &Subsections Too"));
    m_subsectionsAct->setObjectName(QStringLiteral("SubsectionsAction"));
    m_subsectionsAct->setCheckable(true);
    m_subsectionsAct->setChecked(QSettings().value(QStringLiteral("view/includeSubsections"), false).toBool());
    connect(m_subsectionsAct, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/includeSubsections"), on);
        if (m_taskModel)
            m_taskModel->setIncludeSubsections(on);
    });
    m_dashboardAct = view->addAction(tr("&Dashboard"));
    m_dashboardAct->setCheckable(true);
    m_dashboardAct->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_dashboardAct, &QAction::toggled, this, [this](bool on) {
        if (!m_doc)
            return;
        if (on && !m_dashboardHost->findChild<Dashboard *>(QString(), Qt::FindDirectChildrenOnly)) {
            auto *dashboard = new Dashboard(m_doc.get(), m_lastOpened, m_dashboardHost);
            m_dashboardHost->layout()->addWidget(dashboard);
            connect(dashboard, &Dashboard::taskActivated, this, [this](Id task) {
                m_dashboardAct->setChecked(false);
                showTask(task);
            });
        }
        m_stack->setCurrentWidget(on ? m_dashboardHost : static_cast<QWidget *>(m_mainSplitter));
    });

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->addAction(m_propertiesAct);
    m_departmentsAct = plan->addAction(tr("&Departments…"), this, &MainWindow::manageDepartments);
    plan->addSeparator();
    QAction *reportAct = plan->addAction(tr("&Report Progress on the Task…"), this, &MainWindow::reportProgress);
    reportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_monitorActs = {reportAct,
                     plan->addAction(tr("&Lock a Reported Period…"), this, [this] { setPeriodLock(true); }),
                     plan->addAction(tr("&Unlock a Period…"), this, [this] { setPeriodLock(false); })};
    plan->addSeparator();
    m_monitorActs += {plan->addAction(tr("Write Return &Forms for a Period…"), this, &MainWindow::writeReturnForms),
                      plan->addAction(tr("&Take In Return Forms…"), this, &MainWindow::collectReturnForms),
                      plan->addAction(tr("&Progress Report (进展通报)…"), this, [this] { progressReport(false); }),
                      plan->addAction(tr("Year-End &Assessment (年度考核)…"), this, [this] { progressReport(true); })};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_aboutAct = help->addAction(tr("&About AnnualPlan"), this, [this]() {
        QMessageBox::about(this, tr("About AnnualPlan"),
                           tr("<h3>AnnualPlan %1</h3><p>Drafting, printing and monitoring of annual work "
                              "plans.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    // These keys act on what has focus: on the section tree, sections; on the table, tasks.
    // Elsewhere (a text field in the task editor) they keep their usual meaning.
    for (QAction *a : {m_deleteAct, m_renameAct, m_moveUpAct, m_moveDownAct, m_indentAct, m_outdentAct, m_copyAct,
                       m_pasteAct, m_duplicateAct})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {m_addSectionAct, m_addSubsectionAct, m_addTaskAct, m_renameAct, m_deleteAct, m_moveUpAct,
                       m_moveDownAct, m_indentAct, m_outdentAct})
        m_sectionView->addAction(a);
    for (QAction *a : {m_addTaskAct, m_copyAct, m_pasteAct, m_duplicateAct, m_deleteAct, m_moveUpAct, m_moveDownAct})
        m_taskView->addAction(a);
    m_sectionView->addAction(m_pasteAct);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newAct);
    bar->addAction(m_openAct);
    bar->addSeparator();
    bar->addAction(m_undoAct);
    bar->addAction(m_redoAct);
    bar->addSeparator();
    bar->addAction(m_addSectionAct);
    bar->addAction(m_addSubsectionAct);
    bar->addAction(m_addTaskAct);
    bar->addAction(m_deleteAct);

    connect(qApp, &QApplication::focusChanged, this, [this]() { updateActions(); });
}

void MainWindow::commitPendingEdits()
{
    if (!m_doc)
        return;
    // The focused field commits when it loses the focus (line edits, date and spin boxes, the
    // cell editors of both tables); the task editor then writes whatever else differs. A view
    // itself holds nothing: it keeps the focus, or Delete and Alt+arrows would act elsewhere.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus) && !qobject_cast<QAbstractItemView *>(focus)) {
        // A cell editor goes when it commits: the focus returns to its view; a field keeps it.
        QAbstractItemView *view = nullptr;
        for (QWidget *w = focus->parentWidget(); w && !view; w = w->parentWidget())
            view = qobject_cast<QAbstractItemView *>(w);
        QPointer<QWidget> field(focus);
        focus->clearFocus();
        if (m_editor)
            m_editor->commitPending();
        if (view && (!field || !field->isVisible()))
            view->setFocus();
        else if (field && field->isVisible())
            field->setFocus();
        return;
    }
    if (m_editor)
        m_editor->commitPending();
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> doc)
{
    // Closing, quitting and opening another plan all come here: what a field holds is written
    // before the editors that hold it are torn down.
    commitPendingEdits();
    if (m_taskModel) {
        saveViewState();
        QSettings().setValue(QStringLiteral("window/checksShown"), m_checkDock->isVisible());
    }
    if (m_editor) {
        delete m_editor;
        m_editor = nullptr;
    }
    delete m_findDock->widget();
    delete m_checkDock->widget();
    qDeleteAll(m_dashboardHost->findChildren<Dashboard *>(QString(), Qt::FindDirectChildrenOnly));
    m_sectionView->setModel(nullptr);
    m_taskView->setModel(nullptr);
    delete m_sectionModel;
    delete m_taskModel;
    m_sectionModel = nullptr;
    m_taskModel = nullptr;
    m_doc = std::move(doc);

    if (m_doc) {
        m_sectionModel = new SectionTreeModel(m_doc.get(), this);
        m_taskModel = new TaskTableModel(m_doc.get(), this);
        m_taskModel->setIncludeSubsections(m_subsectionsAct->isChecked());
        m_sectionView->setModel(m_sectionModel);
        m_taskView->setModel(m_taskModel);
        m_sectionView->expandAll();
        QHeaderView *h = m_taskView->horizontalHeader();
        h->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(TaskTableModel::TargetsColumn, QHeaderView::Stretch);
        h->resizeSection(TaskTableModel::StartColumn, 96);
        h->resizeSection(TaskTableModel::DeadlineColumn, 96);
        h->resizeSection(TaskTableModel::LeadColumn, 150);
        h->resizeSection(TaskTableModel::SupportColumn, 150);
        h->resizeSection(TaskTableModel::ProgressColumn, 150);
        h->restoreState(QSettings().value(QStringLiteral("window/taskColumns")).toByteArray());
        auto *departments = new DepartmentDelegate(m_doc.get(), m_taskModel);
        m_taskView->setItemDelegateForColumn(TaskTableModel::LeadColumn, departments);
        m_taskView->setItemDelegateForColumn(TaskTableModel::SupportColumn, departments);
        auto *dates = new OptionalDateDelegate(m_taskModel, m_doc.get());
        m_taskView->setItemDelegateForColumn(TaskTableModel::StartColumn, dates);
        m_taskView->setItemDelegateForColumn(TaskTableModel::DeadlineColumn, dates);
        m_editor = new TaskEditor(m_doc.get());
        m_editorScroll->setWidget(m_editor);
        auto *find = new FindPanel(m_doc.get(), m_findDock);
        m_findDock->setWidget(find);
        connect(find, &FindPanel::taskActivated, this, &MainWindow::showTask);
        auto *checks = new CheckPanel(m_doc.get(), m_checkDock);
        m_checkDock->setWidget(checks);
        auto showCount = [this](int count) {
            m_checkButton->setText(count == 0 ? tr("Plan checks: no problems")
                                              : tr("Plan checks: %n to look at", nullptr, count));
        };
        showCount(checks->findingCount());
        connect(checks, &CheckPanel::findingsChanged, this, showCount);
        m_checkButton->show();
        m_checkDock->setVisible(QSettings().value(QStringLiteral("window/checksShown"), false).toBool());
        connect(checks, &CheckPanel::taskActivated, this, &MainWindow::showTask);
        connect(checks, &CheckPanel::sectionActivated, this, &MainWindow::selectSection);
        // What changed since the plan was last open here: remembered per file. The dashboard
        // itself is built when first shown, so a large plan opens without computing it.
        QSettings settings;
        const QString key = QStringLiteral("lastOpened/") + QString::fromLatin1(m_doc->filePath().toUtf8().toBase64());
        m_lastOpened = settings.value(key).toDateTime();
        settings.setValue(key, QDateTime::currentDateTimeUtc());

        connect(m_sectionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    m_taskModel->setSection(m_sectionModel->sectionId(current));
                    if (m_taskModel->rowCount() > 0)
                        m_taskView->setCurrentIndex(m_taskModel->index(0, TaskTableModel::TitleColumn));
                    else
                        m_editor->setTask(0);
                    updateActions();
                });
        connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    m_editor->setTask(current.isValid() ? m_taskModel->taskId(current.row()) : 0);
                    updateActions();
                });
        connect(m_sectionModel, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent) { m_sectionView->expand(parent); });
        connect(m_sectionModel, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int, int, const QModelIndex &dest) { m_sectionView->expand(dest); });
        QUndoStack *stack = m_doc->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, [this]() {
            updateActions();
            updateStatus();
        });
        connect(m_doc.get(), &PlanDocument::planInfoChanged, this, &MainWindow::updateTitle);
        connect(m_doc.get(), &PlanDocument::writeFailed, this,
                [this](const QString &message) { showError(tr("Change Not Saved"), message); });
        m_dashboardAct->setChecked(false);
        m_stack->setCurrentWidget(m_mainSplitter);
        // Start where the work items are: the first section that has tasks, else the first one.
        Id start = 0;
        for (Id id : m_doc->plan().sectionsInOrder())
            if (!m_doc->plan().sectionTasks.value(id).isEmpty()) {
                start = id;
                break;
            }
        if (start == 0 && m_sectionModel->rowCount() > 0)
            start = m_sectionModel->sectionId(m_sectionModel->index(0, 0));
        if (start != 0)
            selectSection(start);
        m_sectionView->setFocus();
        if (!m_rightSplitterPlaced && isVisible()) {
            // The editor gets what it needs up to 340 px (it scrolls for the rest); the task table
            // the remainder: a dozen rows on a 1366×768 screen.
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            const int total = m_rightSplitter->sizes().value(0) + m_rightSplitter->sizes().value(1);
            const int editor = std::min(340, total / 2);
            if (total > 100) {
                m_rightSplitter->setSizes({total - editor, editor});
                m_rightSplitterPlaced = true;
            }
        }
    } else {
        // The welcome page has no plan to find in or check.
        m_findDock->hide();
        m_checkDock->hide();
        m_checkButton->hide();
        m_welcomeRecent->clear();
        const QStringList recent = recentFiles();
        for (const QString &path : recent) {
            auto *item = new QListWidgetItem(recentLabel(path) + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            item->setData(Qt::UserRole, path);
            item->setToolTip(QDir::toNativeSeparators(path));
            m_welcomeRecent->addItem(item);
        }
        // The plan worked on last is one Enter away.
        m_continueButton->setVisible(!recent.isEmpty());
        if (!recent.isEmpty()) {
            m_continueButton->setText(tr("Continue with %1").arg(recentLabel(recent.first())));
            m_continueButton->setProperty("path", recent.first());
            m_continueButton->setDefault(true);
            m_continueButton->setFocus();
            m_welcomeRecent->setCurrentRow(0);
        }
        m_stack->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("AnnualPlan"));
        return;
    }
    // The plan's own title first, as the clerk knows it; then the file it is in.
    const QString name = QFileInfo(m_doc->filePath()).fileName();
    const PlanInfo &info = m_doc->plan().info;
    const QString plan = info.title.trimmed().isEmpty() ? tr("%1 plan").arg(info.year) : info.title.trimmed();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1 — %2 (read-only) — AnnualPlan").arg(plan, name)
                                       : tr("%1 — %2 — AnnualPlan").arg(plan, name));
    QSettings().setValue(recentTitleKey(m_doc->filePath()), plan);
}

void MainWindow::updateActions()
{
    const bool open = m_doc != nullptr;
    const bool editable = open && !m_doc->isReadOnly();
    const bool hasSection = open && currentSection() != 0;
    const bool taskFocus = m_taskView->hasFocus() && currentTask() != 0;
    m_saveAsAct->setEnabled(open);
    for (QAction *a : {m_previewAct, m_printAct, m_exportPdfAct, m_exportOdtAct, m_exportXlsxAct, m_exportCsvAct})
        a->setEnabled(open);
    m_backupAct->setEnabled(open);
    m_closeAct->setEnabled(open);
    m_propertiesAct->setEnabled(open);
    m_departmentsAct->setEnabled(open);
    m_findAct->setEnabled(open);
    m_findDock->toggleViewAction()->setEnabled(open);
    m_checkDock->toggleViewAction()->setEnabled(open);
    m_dashboardAct->setEnabled(open);
    if (!open)
        m_dashboardAct->setChecked(false);
    for (int i = 0; i < m_monitorActs.size(); ++i)
        m_monitorActs.at(i)->setEnabled(i == 3 || i >= 5 ? open : editable);   // forms and reports only read
    m_addSectionAct->setEnabled(editable);
    m_addSubsectionAct->setEnabled(editable && hasSection);
    m_addTaskAct->setEnabled(editable && hasSection);
    m_deleteAct->setEnabled(editable && (hasSection || taskFocus));
    m_copyAct->setEnabled(open && currentTask() != 0);
    m_pasteAct->setEnabled(editable && hasSection);
    m_duplicateAct->setEnabled(editable && currentTask() != 0);
    m_renameAct->setEnabled(editable && hasSection);
    m_moveUpAct->setEnabled(editable && (hasSection || taskFocus));
    m_moveDownAct->setEnabled(editable && (hasSection || taskFocus));
    m_indentAct->setEnabled(editable && hasSection);
    m_outdentAct->setEnabled(editable && hasSection);
    if (open) {
        QUndoStack *s = m_doc->undoStack();
        m_undoAct->setEnabled(s->canUndo());
        m_redoAct->setEnabled(s->canRedo());
        m_undoAct->setText(s->canUndo() ? tr("&Undo %1").arg(s->undoText()) : tr("&Undo"));
        m_redoAct->setText(s->canRedo() ? tr("&Redo %1").arg(s->redoText()) : tr("&Redo"));
        // The toolbar keeps short words (the menu and the tip say what): its buttons stay put.
        m_undoAct->setIconText(tr("Undo"));
        m_redoAct->setIconText(tr("Redo"));
        m_undoAct->setToolTip(m_undoAct->text().remove(QLatin1Char('&')));
        m_redoAct->setToolTip(m_redoAct->text().remove(QLatin1Char('&')));
    } else {
        m_undoAct->setEnabled(false);
        m_redoAct->setEnabled(false);
        m_undoAct->setText(tr("&Undo"));
        m_redoAct->setText(tr("&Redo"));
    }
}

void MainWindow::updateStatus()
{
    if (!m_doc) {
        m_statusLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const PlanData &p = m_doc->plan();
    m_statusLabel->setText((m_doc->isReadOnly()
                                ? tr("%1 sections, %2 tasks, %3 targets, %4 departments — opened read-only: nothing can be changed")
                                : tr("%1 sections, %2 tasks, %3 targets, %4 departments — every change is saved at once"))
                               .arg(p.sections.size())
                               .arg(p.tasks.size())
                               .arg(p.targetCount())
                               .arg(p.departments.size()));
    m_readOnlyLabel->setText(m_doc->isReadOnly() ? tr("Read-only") : QString());
}

QString MainWindow::recentTitleKey(const QString &path)
{
    return QStringLiteral("recentTitles/") + QString::fromLatin1(QFileInfo(path).absoluteFilePath().toUtf8().toBase64());
}

QString MainWindow::recentLabel(const QString &path)
{
    const QString title = QSettings().value(recentTitleKey(path)).toString();
    const QString file = QFileInfo(path).fileName();
    return title.isEmpty() ? file : title + QStringLiteral("  —  ") + file;
}

QStringList MainWindow::recentFiles() const
{
    QStringList out;
    for (const QString &p : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(recentLabel(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path]() { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString &path, PlanStore::Mode mode)
{
    if (m_doc && QFileInfo(m_doc->filePath()) == QFileInfo(path)) {
        raise();
        return true;
    }
    QString error;
    StoreError code = StoreError::None;
    LockOwner owner;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = PlanDocument::open(path, mode, &error, &code, &owner);
    QApplication::restoreOverrideCursor();
    if (!doc && code == StoreError::Locked) {
        const auto answer = QMessageBox::question(this, tr("Plan Is Open Elsewhere"),
                                                  error + QStringLiteral("\n\n") + tr("Open it read-only?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, &error, &code);
    }
    if (!doc) {
        showError(tr("Cannot Open Plan"), error);
        return false;
    }
    const bool unexpectedlyReadOnly = mode == PlanStore::Mode::ReadWrite && doc->isReadOnly() && code != StoreError::Locked;
    setDocument(std::move(doc));
    addRecentFile(path);
    if (unexpectedlyReadOnly) {
        // Not an error: say it where it stays visible instead of in a dialog to dismiss.
        const QString why = tr("“%1” cannot be written here, so it is open read-only. "
                               "Use Save As to make an editable copy.").arg(QFileInfo(path).fileName());
        m_readOnlyLabel->setToolTip(why);
        statusBar()->showMessage(why, 15000);
    }
    return true;
}

void MainWindow::newPlan()
{
    PlanPropertiesDialog dialog(PlanInfo{}, this);
    dialog.setWindowTitle(tr("New Plan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PlanInfo info = dialog.info();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        (info.title.isEmpty() ? tr("%1 plan").arg(info.year) : info.title) + QStringLiteral(".aplan"));
    QString path = QFileDialog::getSaveFileName(this, tr("New Plan"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".aplan");
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot Create Plan"), tr("“%1” already exists. Choose another name.").arg(QFileInfo(path).fileName()));
        return;
    }
    QString error;
    auto doc = PlanDocument::create(path, info, &error);
    if (!doc) {
        showError(tr("Cannot Create Plan"), error);
        return;
    }
    setDocument(std::move(doc));
    addRecentFile(path);
}

void MainWindow::rollForward()
{
    const QString dir = m_doc ? QFileInfo(m_doc->filePath()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString lastPath = QFileDialog::getOpenFileName(this, tr("Last Year's Plan"), dir, fileFilter());
    if (lastPath.isEmpty())
        return;
    QString error;
    // Last year's file is opened read-only: rolling forward never changes it.
    auto last = PlanDocument::open(lastPath, PlanStore::Mode::ReadOnly, &error);
    if (!last) {
        showError(tr("Cannot Open Plan"), error);
        return;
    }
    RollForwardDialog dialog(last->plan(), last->checkins(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanData next = dialog.result();
    const QString suggested = QFileInfo(lastPath).absoluteDir().filePath(
        (next.info.title.isEmpty() ? tr("%1 plan").arg(next.info.year) : next.info.title) + QStringLiteral(".aplan"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the New Plan As"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".aplan");
    last.reset();
    if (!PlanStore::create(path, next.info, &error, nullptr, &next)) {
        showError(tr("Cannot Create Plan"), error);
        return;
    }
    const QString summary = dialog.summary();
    if (openFile(path)) {
        statusBar()->showMessage(tr("The %1 plan was started from last year's; last year's file is unchanged.")
                                     .arg(next.info.year),
                                 8000);
        QMessageBox box(QMessageBox::Information, tr("Roll Forward Done"), summary, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("RollForwardSummary"));
        box.setInformativeText(tr("Last year's file is unchanged: %1").arg(QDir::toNativeSeparators(lastPath)));
        box.exec();
    }
}

void MainWindow::importDialog()
{
    const QString dir = m_doc ? QFileInfo(m_doc->filePath()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Plan Document"), dir,
        tr("Plan documents and task tables (*.docx *.txt *.xlsx *.csv *.tsv);;Word documents (*.docx);;"
           "Text files (*.txt);;Task tables (*.xlsx *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        importTable(path);
        return;
    }
    ImportResult read;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = PlanImport::readFile(path, &read, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Cannot Import"), error);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (read.nodes.isEmpty()) {
        showError(tr("Cannot Import"),
                  tr("No numbered headings or work items were found in “%1”. A plan document numbers its parts "
                     "一、 (一) 1. or lists its work as 一是…二是….")
                      .arg(name));
        return;
    }
    reviewImport(read, name, path);
}

void MainWindow::importClipboardText()
{
    importText(QApplication::clipboard()->text(), tr("the clipboard"));
}

void MainWindow::importText(const QString &text, const QString &origin)
{
    ImportResult read = PlanImport::parseText(text);
    read.format = tr("pasted text");
    if (read.nodes.isEmpty()) {
        showError(tr("Cannot Import"),
                  tr("No numbered headings or work items were found in %1. A plan document numbers its parts "
                     "一、 (一) 1. or lists its work as 一是…二是….")
                      .arg(origin));
        return;
    }
    reviewImport(read, origin, QString());
}

void MainWindow::reviewImport(const ImportResult &read, const QString &name, const QString &path)
{
    ImportReviewDialog dialog(read, name, m_doc && !m_doc->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportResult reviewed = dialog.result();
    const PlanData data = PlanImport::toPlan(reviewed);
    if (dialog.outcome() == ImportReviewDialog::Outcome::AddToOpenPlan && m_doc) {
        m_doc->undoStack()->push(new InsertContentCommand(m_doc.get(), data, tr("Import %1").arg(name)));
        statusBar()->showMessage(tr("Added %1 sections and %2 tasks from %3; Undo takes them out again.")
                                     .arg(reviewed.count(ImportNode::Kind::Section))
                                     .arg(reviewed.count(ImportNode::Kind::Task))
                                     .arg(name),
                                 8000);
        return;
    }
    const QString folder = path.isEmpty() ? (m_doc ? QFileInfo(m_doc->filePath()).absolutePath()
                                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                          : QFileInfo(path).absolutePath();
    const QString suggested = QDir(folder).filePath(
        (data.info.title.isEmpty() ? tr("%1 plan").arg(data.info.year) : data.info.title) + QStringLiteral(".aplan"));
    QString target = QFileDialog::getSaveFileName(this, tr("Save the New Plan As"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        target += QStringLiteral(".aplan");
    QString error;
    if (!PlanStore::create(target, data.info, &error, nullptr, &data)) {
        showError(tr("Cannot Create Plan"), error);
        return;
    }
    if (openFile(target))
        statusBar()->showMessage(tr("The plan was created from %1; the document itself is unchanged.").arg(name), 8000);
}

void MainWindow::importTable(const QString &path)
{
    QList<QStringList> rows;
    QString error;
    if (!TableImport::read(path, &rows, &error)) {
        showError(tr("Cannot Import"), error);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    TableImportDialog dialog(rows, name, m_doc && !m_doc->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TableMapping mapping = dialog.mapping();
    if (dialog.outcome() == TableImportDialog::Outcome::AddToOpenPlan && m_doc) {
        QString message;
        TableImport::apply(m_doc.get(), rows, mapping, &message);
        statusBar()->showMessage(message, 8000);
        return;
    }
    const int year = m_doc ? m_doc->plan().info.year : QDate::currentDate().year() + 1;
    const PlanData data = TableImport::toPlan(rows, mapping, year, QFileInfo(path).completeBaseName());
    QString target = QFileDialog::getSaveFileName(
        this, tr("Save the New Plan As"),
        QFileInfo(path).absoluteDir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".aplan")),
        fileFilter());
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        target += QStringLiteral(".aplan");
    if (!PlanStore::create(target, data.info, &error, nullptr, &data)) {
        showError(tr("Cannot Create Plan"), error);
        return;
    }
    if (openFile(target))
        statusBar()->showMessage(tr("The plan was created from %1; check its year in Plan Properties.").arg(name), 8000);
}

QString MainWindow::currentPeriod() const
{
    const PlanInfo &info = m_doc->plan().info;
    QDate day = QDate::currentDate();
    if (day.year() != info.year)
        day = day.year() > info.year ? QDate(info.year, 12, 31) : QDate(info.year, 1, 1);
    return period::of(day, info.cadence);
}

void MainWindow::reportProgress()
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    const Id task = currentTask();
    if (!task) {
        statusBar()->showMessage(tr("Select a task to report progress on."), 5000);
        return;
    }
    CheckInDialog dialog(*m_doc, task, currentPeriod(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->undoStack()->push(new AddCheckInCommand(m_doc.get(), dialog.checkIn()));
}

QString MainWindow::choosePeriod(const QString &title, const std::function<bool(const QString &)> &offered)
{
    const PlanInfo &info = m_doc->plan().info;
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
    const QString chosen = QInputDialog::getItem(this, title, tr("Period:"), items,
                                                 std::max(0, int(keys.indexOf(currentPeriod()))), false, &ok);
    return ok ? keys.value(items.indexOf(chosen)) : QString();
}

void MainWindow::setPeriodLock(bool locked)
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    bool any = false;
    for (const QString &p : period::ofYear(m_doc->plan().info.year, m_doc->plan().info.cadence))
        any = any || m_doc->checkins().isLocked(p) != locked;
    if (!any) {
        statusBar()->showMessage(locked ? tr("Every period is locked already.") : tr("No period is locked."), 5000);
        return;
    }
    const QString key = choosePeriod(locked ? tr("Lock a Reported Period") : tr("Unlock a Period"),
                                     [&](const QString &p) { return m_doc->checkins().isLocked(p) != locked; });
    if (key.isEmpty())
        return;
    const QString chosen = period::display(key);
    bool ok = false;
    QString reason;
    if (!locked) {
        reason = QInputDialog::getText(this, tr("Unlock a Period"), tr("Why is %1 unlocked?").arg(chosen), QLineEdit::Normal,
                                       QString(), &ok)
                     .trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    m_doc->undoStack()->push(new SetPeriodLockCommand(m_doc.get(), key, locked, reason));
}

void MainWindow::progressReport(bool annual)
{
    if (!m_doc)
        return;
    const PlanInfo &info = m_doc->plan().info;
    QString periodKey = QString::number(info.year);
    if (!annual) {
        periodKey = choosePeriod(tr("Progress Report"));
        if (periodKey.isEmpty())
            return;
    }
    const ReportPrinter report(*m_doc, annual ? ReportPrinter::Kind::Annual : ReportPrinter::Kind::Progress, periodKey,
                               QDate(), PrintOptions::fromSettings().fonts);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(report.title());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) { report.paint(p); });
    auto *pdf = new QPushButton(tr("Save as PDF…"), &preview);
    connect(pdf, &QPushButton::clicked, &preview, [&]() {
        const QString path = QFileDialog::getSaveFileName(
            &preview, tr("Save the Report as PDF"),
            QFileInfo(m_doc->filePath()).absoluteDir().filePath(report.title() + QStringLiteral(".pdf")),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty() || !outputAllowed(path, true, &preview))
            return;
        QString error;
        if (!report.writePdf(path, &error))
            showError(tr("Cannot Save the Report"), error);
        else
            QMessageBox::information(&preview, tr("Report Saved"), tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    });
    auto *odt = new QPushButton(tr("Save as ODT (WPS, Word)…"), &preview);
    connect(odt, &QPushButton::clicked, &preview, [&]() {
        const QString path = QFileDialog::getSaveFileName(
            &preview, tr("Save the Report as ODT"),
            QFileInfo(m_doc->filePath()).absoluteDir().filePath(report.title() + QStringLiteral(".odt")),
            tr("OpenDocument text (*.odt)"));
        if (path.isEmpty() || !outputAllowed(path, true, &preview))
            return;
        QString error;
        if (!report.writeOdt(path, &error))
            showError(tr("Cannot Save the Report"), error);
        else
            QMessageBox::information(&preview, tr("Report Saved"), tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    });
    if (auto *layout = preview.layout()) {
        layout->addWidget(pdf);
        layout->addWidget(odt);
    }
    preview.exec();
}

void MainWindow::writeReturnForms()
{
    if (!m_doc)
        return;
    // The clerk chooses the period the forms ask about (this quarter by default).
    const QString periodKey = choosePeriod(tr("Write Return Forms"));
    if (periodKey.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Return Forms"),
                                                          QFileInfo(m_doc->filePath()).absolutePath());
    if (dir.isEmpty())
        return;
    // Forms already in the folder may have come back filled in: replaced only when the clerk says so.
    const QStringList paths = CollectionForms::formPaths(*m_doc, periodKey, dir);
    int existing = 0;
    for (const QString &path : paths)
        existing += QFileInfo::exists(path);
    if (existing > 0
        && QMessageBox::question(this, tr("Replace the Forms?"),
                                 tr("%n return form(s) of this period are already in the folder and may have been "
                                    "filled in. Replace them with empty forms?", nullptr, existing))
               != QMessageBox::Yes)
        return;
    for (const QString &path : paths)
        if (!outputAllowed(path, true, this))
            return;
    QString error;
    const QStringList written = CollectionForms::writeForms(*m_doc, periodKey, dir, &error);
    if (!error.isEmpty())
        showError(tr("Cannot Write the Forms"), error);
    else
        statusBar()->showMessage(tr("%1 return forms for %2 written to %3.")
                                     .arg(written.size())
                                     .arg(period::display(periodKey), QDir::toNativeSeparators(dir)),
                                 10000);
}

void MainWindow::collectReturnForms()
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Take In Return Forms"),
                                                            QFileInfo(m_doc->filePath()).absolutePath(),
                                                            tr("Excel workbooks (*.xlsx)"));
    for (const QString &path : files) {
        ReturnedForm form;
        QString error;
        if (!CollectionForms::readForm(*m_doc, path, &form, &error)) {
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
                            QMessageBox::Ok, this);
            box.setDetailedText(cells.join(QLatin1Char('\n')));
            box.exec();
            continue;
        }
        const QList<FormChange> changes = CollectionForms::changes(*m_doc, form, QDate::currentDate());
        QStringList lines;
        int count = 0;
        for (const FormChange &c : changes) {
            if (c.kind == FormChange::Unchanged)
                continue;
            ++count;
            const QString was = c.previous && c.previous->percent ? QStringLiteral("%1% → ").arg(qRound(*c.previous->percent)) : QString();
            lines.append(QStringLiteral("%1 %2：%3 %4%5")
                             .arg(c.kind == FormChange::New ? tr("New") : tr("Correction"), c.entry.taskTitle,
                                  statusDisplay(c.checkIn.status), was,
                                  c.checkIn.percent ? QStringLiteral("%1%").arg(qRound(*c.checkIn.percent)) : QString()));
        }
        const QString name = QFileInfo(path).fileName();
        if (count == 0) {
            QMessageBox::information(this, tr("Take In Return Forms"),
                                     tr("%1 (%2, %3) brings nothing new.").arg(name, form.department, period::display(form.period)));
            continue;
        }
        QMessageBox box(QMessageBox::Question, tr("Take In Return Forms"),
                        tr("%1 (%2, %3) reports on %4 tasks. Record these reports?")
                            .arg(name, form.department, period::display(form.period))
                            .arg(count),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        if (box.exec() == QMessageBox::Yes)
            CollectionForms::apply(m_doc.get(), changes, name);
    }
}

void MainWindow::openDialog()
{
    const QString dir = m_doc ? QFileInfo(m_doc->filePath()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    if (!m_doc)
        return;
    commitPendingEdits();   // the copy has what the fields hold
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan As"), m_doc->filePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".aplan");
    if (QFileInfo(path) == QFileInfo(m_doc->filePath()))
        return;  // every change is already saved
    QString error;
    if (!m_doc->backupTo(path, &error)) {
        showError(tr("Save As Failed"), tr("The plan could not be saved as “%1”: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    setDocument(nullptr);
    openFile(path);
}

void MainWindow::backupCopy()
{
    if (!m_doc)
        return;
    commitPendingEdits();   // the copy has what the fields hold
    const QFileInfo fi(m_doc->filePath());
    const QString suggested = fi.absoluteDir().filePath(
        fi.completeBaseName() + QStringLiteral("-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral(".aplan"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up a Copy"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_doc->backupTo(path, &error))
        showError(tr("Backup Failed"), tr("The backup copy could not be made: %1").arg(error));
    else
        statusBar()->showMessage(tr("Backup copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::setUpPrinter(QPrinter *printer) const
{
    // The print engine places everything itself, from the paper's corner.
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true);
    printer->setDocName(m_doc->plan().info.title);
}

void MainWindow::printPreview()
{
    if (!m_doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_doc->plan().info.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { PlanPrinter(*m_doc, PrintOptions::fromSettings()).paint(p); });
    dialog.resize(1000, 860);
    dialog.exec();
}

void MainWindow::print()
{
    if (!m_doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        PlanPrinter(*m_doc, PrintOptions::fromSettings()).paint(&printer);
}

QString MainWindow::askExportPath(const QString &title, const QString &nameSuffix, const QString &extension,
                                  const QString &filter)
{
    const QFileInfo fi(m_doc->filePath());
    QString path = QFileDialog::getSaveFileName(
        this, title, fi.absoluteDir().filePath(fi.completeBaseName() + nameSuffix + extension), filter);
    if (path.isEmpty())
        return path;
    // The dialog asked about replacing the name it returned, not about the one with the suffix.
    const bool asked = path.endsWith(extension, Qt::CaseInsensitive);
    if (!asked)
        path += extension;
    return outputAllowed(path, asked, this) ? path : QString();
}

bool MainWindow::outputAllowed(const QString &path, bool replaceConfirmed, QWidget *parent)
{
    using fs::OutputTarget;
    QString why;
    if (OutputTarget::check(path, OutputTarget::Kind::Document, OutputTarget::Existing::Replace,
                            m_doc ? m_doc->filePath() : QString(), &why)) {
        if (replaceConfirmed || !QFileInfo::exists(path))
            return true;
        return QMessageBox::question(parent, tr("Replace the File?"),
                                     tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()))
               == QMessageBox::Yes;
    }
    showError(tr("Cannot Write There"), why);
    return false;
}

void MainWindow::reportExport(bool ok, const QString &path, const QString &error)
{
    if (!ok)
        showError(tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportPdf()
{
    if (!m_doc)
        return;
    const QString path = askExportPath(tr("Export as PDF"), QString(), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Laying out the plan…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = PlanPrinter(*m_doc, PrintOptions::fromSettings()).writePdf(path, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    reportExport(ok, path, error);
}

void MainWindow::exportOdt()
{
    if (!m_doc)
        return;
    const QString path = askExportPath(tr("Export as OpenDocument Text"), QString(), QStringLiteral(".odt"),
                                       tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = OdtExport::write(*m_doc, PrintOptions::fromSettings().fonts, path, &error);
    QApplication::restoreOverrideCursor();
    reportExport(ok, path, error);
}

void MainWindow::exportTable(bool xlsx)
{
    if (!m_doc)
        return;
    const QString path = xlsx ? askExportPath(tr("Export as Excel Workbook"), tr("-task table"), QStringLiteral(".xlsx"),
                                              tr("Excel workbooks (*.xlsx)"))
                              : askExportPath(tr("Export as CSV"), tr("-task table"), QStringLiteral(".csv"),
                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = xlsx ? TableExport::writeXlsx(*m_doc, path, &error) : TableExport::writeCsv(*m_doc, path, &error);
    reportExport(ok, path, error);
}

void MainWindow::closePlan()
{
    saveViewState();  // before the models go, so column widths are kept
    setDocument(nullptr);
}

void MainWindow::editProperties()
{
    if (!m_doc)
        return;
    PlanPropertiesDialog dialog(m_doc->plan().info, this);
    if (m_doc->isReadOnly()) {
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanInfo info = dialog.info();
    if (info != m_doc->plan().info)
        m_doc->undoStack()->push(new SetPlanInfoCommand(m_doc.get(), info));
}

void MainWindow::manageDepartments()
{
    if (!m_doc)
        return;
    DepartmentDialog dialog(m_doc.get(), this);
    dialog.exec();
}

Id MainWindow::currentSection() const
{
    return m_sectionModel ? m_sectionModel->sectionId(m_sectionView->currentIndex()) : 0;
}

Id MainWindow::currentTask() const
{
    if (!m_taskModel)
        return 0;
    const QModelIndex idx = m_taskView->currentIndex();
    return idx.isValid() ? m_taskModel->taskId(idx.row()) : 0;
}

void MainWindow::selectSection(Id id)
{
    const QModelIndex idx = m_sectionModel->indexOf(id);
    if (idx.isValid()) {
        m_sectionView->scrollTo(idx);
        // Only this section is selected afterwards, whatever was selected before.
        m_sectionView->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    }
}

void MainWindow::selectTask(Id id)
{
    const int row = m_taskModel->rowOf(id);
    if (row >= 0)
        m_taskView->setCurrentIndex(m_taskModel->index(row, TaskTableModel::TitleColumn));
}

void MainWindow::showTask(Id id)
{
    if (!m_doc || !m_doc->plan().tasks.contains(id))
        return;
    selectSection(m_doc->plan().taskSection.value(id));
    selectTask(id);
    m_taskView->scrollTo(m_taskView->currentIndex());
}

void MainWindow::addSection(bool child)
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    const Id current = currentSection();
    Id parent = 0;
    int row = int(m_doc->plan().childSections.value(0).size());
    if (child && current != 0) {
        parent = current;
        row = int(m_doc->plan().childSections.value(current).size());
    } else if (current != 0) {
        parent = m_doc->plan().sections.value(current).parentId;
        row = m_doc->plan().sectionRow(current) + 1;
    }
    auto *cmd = new AddSectionCommand(m_doc.get(), parent, row, tr("New section"));
    m_doc->undoStack()->push(cmd);
    const Id id = m_doc->plan().childSections.value(parent).value(row);
    if (id != 0) {
        selectSection(id);
        m_sectionView->edit(m_sectionModel->indexOf(id));
    }
}

void MainWindow::addTask()
{
    const Id section = currentSection();
    if (!m_doc || m_doc->isReadOnly() || section == 0)
        return;
    const Id current = currentTask();
    const QList<Id> tasks = m_doc->plan().sectionTasks.value(section);
    const int row = current != 0 ? int(tasks.indexOf(current)) + 1 : int(tasks.size());
    Task t;
    t.title = tr("New task");
    if (m_doc->plan().info.year > 0)
        t.deadline = QDate(m_doc->plan().info.year, 12, 31);
    m_doc->undoStack()->push(new AddTaskCommand(m_doc.get(), section, row, t));
    const Id id = m_doc->plan().sectionTasks.value(section).value(row);
    if (id != 0) {
        selectTask(id);
        m_taskView->setFocus();
        m_taskView->edit(m_taskModel->index(row, TaskTableModel::TitleColumn));
    }
}

QList<Id> MainWindow::selectedTasks() const
{
    QList<int> rows;
    if (m_taskModel)
        for (const QModelIndex &i : m_taskView->selectionModel()->selectedRows())
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<Id> ids;
    for (int r : rows)
        ids << m_taskModel->taskId(r);
    if (ids.isEmpty() && currentTask() != 0)
        ids << currentTask();
    return ids;
}

void MainWindow::copyTasks()
{
    const QList<Id> ids = selectedTasks();
    if (!m_doc || ids.isEmpty())
        return;
    QApplication::clipboard()->setText(TaskTsv::write(*m_doc, ids));
    statusBar()->showMessage(tr("%n task(s) copied; they paste into Excel or WPS as a table.", nullptr, int(ids.size())), 5000);
}

void MainWindow::pasteTasks()
{
    const Id section = currentSection();
    if (!m_doc || m_doc->isReadOnly() || section == 0)
        return;
    // One value copied from a cell (no tab, no line break) fills the current cell, as in a
    // spreadsheet; rows of cells become tasks.
    QString text = QApplication::clipboard()->text();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    const QModelIndex cell = m_taskView->currentIndex();
    if (m_taskView->hasFocus() && !text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) && cell.isValid()
        && (m_taskModel->flags(cell) & Qt::ItemIsEditable)) {
        if (!m_taskModel->setData(cell, text, Qt::EditRole))
            statusBar()->showMessage(tr("“%1” cannot go into this cell.").arg(text), 8000);
        return;
    }
    const QList<Id> tasks = m_doc->plan().sectionTasks.value(section);
    const int row = currentTask() != 0 ? int(tasks.indexOf(currentTask())) + 1 : int(tasks.size());
    QString message;
    TaskTsv::paste(m_doc.get(), section, row, QApplication::clipboard()->text(), &message);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::duplicateTasks()
{
    const QList<Id> ids = selectedTasks();
    if (!m_doc || m_doc->isReadOnly() || ids.isEmpty())
        return;
    const Id section = currentSection();
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(tr("Duplicate %n task(s)", nullptr, int(ids.size())));
    int row = int(m_doc->plan().sectionTasks.value(section).indexOf(ids.last())) + 1;
    for (Id id : ids) {
        Task copy = m_doc->plan().tasks.value(id);
        copy.id = 0;
        for (Target &t : copy.targets)
            t.id = 0;
        stack->push(new AddTaskCommand(m_doc.get(), section, row++, copy));
    }
    stack->endMacro();
}

void MainWindow::deleteSelected()
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    if (m_taskView->hasFocus() && currentTask() != 0) {
        const int row = m_taskView->currentIndex().row();
        const QList<Id> ids = selectedTasks();
        if (ids.size() > 1)
            m_doc->undoStack()->beginMacro(tr("Delete %n task(s)", nullptr, int(ids.size())));
        for (Id id : ids)
            m_doc->undoStack()->push(new RemoveTaskCommand(m_doc.get(), id));
        if (ids.size() > 1)
            m_doc->undoStack()->endMacro();
        const int next = qMin(row, m_taskModel->rowCount() - 1);
        if (next >= 0)
            m_taskView->setCurrentIndex(m_taskModel->index(next, TaskTableModel::TitleColumn));
        return;
    }
    const Id section = currentSection();
    if (section == 0)
        return;
    int taskCount = 0;
    const QList<Id> subtree = m_doc->plan().sectionSubtree(section);
    for (Id s : subtree)
        taskCount += int(m_doc->plan().sectionTasks.value(s).size());
    if (taskCount > 0 || subtree.size() > 1) {
        const QString label = m_doc->sectionLabel(section) + m_doc->plan().sections.value(section).title;
        const auto answer = QMessageBox::question(
            this, tr("Delete Section"),
            tr("Delete “%1” with %n task(s) and %2 subsection(s)? You can undo this.", nullptr, taskCount)
                .arg(label)
                .arg(subtree.size() - 1));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_doc->undoStack()->push(new RemoveSectionCommand(m_doc.get(), section));
}

void MainWindow::renameSelected()
{
    const QModelIndex idx = m_sectionView->currentIndex();
    if (idx.isValid()) {
        m_sectionView->setFocus();
        m_sectionView->edit(idx);
    }
}

void MainWindow::moveSelected(int delta)
{
    if (!m_doc || m_doc->isReadOnly())
        return;
    if (m_taskView->hasFocus() && currentTask() != 0) {
        const Id task = currentTask();
        const Id section = m_doc->plan().taskSection.value(task);
        const int row = int(m_doc->plan().sectionTasks.value(section).indexOf(task));
        const int target = row + delta;
        if (target < 0 || target >= m_doc->plan().sectionTasks.value(section).size())
            return;
        m_doc->undoStack()->push(new MoveTaskCommand(m_doc.get(), task, section, target));
        selectTask(task);
        return;
    }
    const Id section = currentSection();
    if (section == 0)
        return;
    const Id parent = m_doc->plan().sections.value(section).parentId;
    const int row = m_doc->plan().sectionRow(section);
    const int target = row + delta;
    if (target < 0 || target >= m_doc->plan().childSections.value(parent).size())
        return;
    m_doc->undoStack()->push(new MoveSectionCommand(m_doc.get(), section, parent, target));
    selectSection(section);
}

void MainWindow::indentSection(bool in)
{
    const Id section = currentSection();
    if (!m_doc || m_doc->isReadOnly() || section == 0)
        return;
    const PlanData &p = m_doc->plan();
    const Id parent = p.sections.value(section).parentId;
    const int row = p.sectionRow(section);
    if (in) {
        // Becomes the last child of the section above it.
        if (row == 0)
            return;
        const Id newParent = p.childSections.value(parent).at(row - 1);
        m_doc->undoStack()->push(
            new MoveSectionCommand(m_doc.get(), section, newParent, int(p.childSections.value(newParent).size())));
    } else {
        // Becomes the sibling after its parent.
        if (parent == 0)
            return;
        const Id grand = p.sections.value(parent).parentId;
        m_doc->undoStack()->push(new MoveSectionCommand(m_doc.get(), section, grand, p.sectionRow(parent) + 1));
    }
    selectSection(section);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::saveViewState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    if (m_taskModel)
        settings.setValue(QStringLiteral("window/taskColumns"), m_taskView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every change is already in the file: closing only remembers how the window looked.
    saveViewState();
    setDocument(nullptr);
    event->accept();
}

} // namespace ap
