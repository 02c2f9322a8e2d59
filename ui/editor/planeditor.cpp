#include "planeditor.h"

#include "editor/outlinedelegate.h"
#include "editor/choicedelegate.h"
#include "editor/optionaldatedelegate.h"
#include "editor/departmentcompleter.h"
#include "editor/departmentdelegate.h"
#include "editor/targetsdelegate.h"
#include "document/plandocument.h"
#include "models/sectiontreemodel.h"
#include "models/tasktablemodel.h"
#include "editor/findpanel.h"
#include "editor/checkpanel.h"
#include "editor/taskeditor.h"
#include "widgets/afterfirstpaint.h"
#include "widgets/gridview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ap {

PlanEditor::PlanEditor(QMainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("PlanEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Sections | tasks over the task editor.
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("MainSplitter"));
    layout->addWidget(m_mainSplitter);
    m_sectionView = new QTreeView(m_mainSplitter);
    m_sectionView->setObjectName(QStringLiteral("SectionView"));
    m_sectionView->setHeaderHidden(true);
    // One line a section: the view need not measure every row of a large outline to lay it out.
    m_sectionView->setUniformRowHeights(true);
    m_sectionView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_sectionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sectionView->setItemDelegate(new OutlineDelegate(m_sectionView));
    m_sectionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("RightSplitter"));
    // Typed in as a spreadsheet: Tab and Enter move from cell to cell, Enter on the last row adds
    // a task (EditActions).
    m_taskView = new GridView(m_rightSplitter);
    m_taskView->setObjectName(QStringLiteral("TaskView"));
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setAppendsRows(true);
    m_taskView->setWordWrap(true);
    m_taskView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_taskView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Rows one line high unless a cell wraps: ten and more fit on an office screen.
    m_taskView->verticalHeader()->setDefaultSectionSize(m_taskView->fontMetrics().height() + 10);
    m_taskView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editorHost = new QWidget(m_rightSplitter);
    auto *hostLayout = new QVBoxLayout(editorHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    // The editor scrolls rather than push the window taller than the screen.
    m_editorScroll = new QScrollArea(editorHost);
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

    m_findDock = new QDockWidget(tr("Find and Filter"), window);
    m_findDock->setObjectName(QStringLiteral("FindDock"));
    m_checkDock = new QDockWidget(tr("Plan Checks"), window);
    m_checkDock->setObjectName(QStringLiteral("CheckDock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_findDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_checkDock);
    window->tabifyDockWidget(m_findDock, m_checkDock);
    m_findDock->hide();
    // Plan Checks open from the status bar, where their count shows: on a small screen the
    // task table keeps the room.
    m_checkDock->hide();
    window->resizeDocks({m_findDock, m_checkDock}, {150, 150}, Qt::Vertical);
    for (QDockWidget *dock : {m_findDock, m_checkDock})
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
            if (shown)
                QTimer::singleShot(0, this, &PlanEditor::keepTaskRows);
        });

    m_checkButton = new QToolButton(this);
    m_checkButton->setObjectName(QStringLiteral("PlanChecksButton"));
    m_checkButton->setAutoRaise(true);
    m_checkButton->setToolTip(tr("Show or hide the plan checks"));
    connect(m_checkButton, &QToolButton::clicked, this, [this]() { m_checkDock->toggleViewAction()->trigger(); });

    createActions();
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::createActions()
{
    m_actions.add(this, tr("&Find and Filter…"), "FindAction", ActionRule::PlanOpen, &PlanEditor::showFindPanel)
        ->setShortcut(QKeySequence::Find);
    QAction *findToggle = m_findDock->toggleViewAction();
    findToggle->setText(tr("&Find and Filter Panel"));
    m_actions.add(findToggle, "FindPanelAction", ActionRule::PlanOpen);
    QAction *checkToggle = m_checkDock->toggleViewAction();
    checkToggle->setText(tr("Plan &Checks Panel"));
    m_actions.add(checkToggle, "ChecksPanelAction", ActionRule::PlanOpen);
    // A parent section's table lists its subsections' tasks too, as a clerk expects of a
    // top-level section (it can be turned off; remembered).
    QAction *subsections = m_actions.add(new QAction(tr("Tasks of &Subsections Too"), this), "SubsectionsAction",
                                         ActionRule::Always);
    subsections->setCheckable(true);
    subsections->setChecked(QSettings().value(QStringLiteral("view/includeSubsections"), true).toBool());
    connect(subsections, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/includeSubsections"), on);
        if (m_taskModel)
            m_taskModel->setIncludeSubsections(on);
    });
}

void PlanEditor::keepTaskRows()
{
    const QList<int> sizes = m_rightSplitter->sizes();
    if (sizes.size() != 2)
        return;
    const int rows = 10;
    const int needed = m_taskView->horizontalHeader()->sizeHint().height()
        + rows * m_taskView->verticalHeader()->defaultSectionSize() + 2 * m_taskView->frameWidth()
        + m_taskView->horizontalScrollBar()->sizeHint().height();
    const int total = sizes.at(0) + sizes.at(1);
    if (sizes.at(0) >= needed)
        return;
    // The editor keeps a few lines of its own; it scrolls for the rest.
    const int editor = std::max(std::min(sizes.at(1), 120), total - needed);
    m_rightSplitter->setSizes({total - editor, editor});
}

void PlanEditor::showFindPanel()
{
    if (!m_doc)
        return;
    m_findDock->show();
    m_findDock->raise();
    if (auto *panel = qobject_cast<FindPanel *>(m_findDock->widget()))
        panel->focusSearch();
}

void PlanEditor::commitPendingEdits()
{
    if (!m_doc)
        return;
    // The focused field commits when it loses the focus (line edits, date and spin boxes, the
    // cell editors of both tables); the task editor then writes whatever else differs. A view
    // itself holds nothing: it keeps the focus, or Delete and Alt+arrows would act elsewhere.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_window->isAncestorOf(focus) && !qobject_cast<QAbstractItemView *>(focus)) {
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

void PlanEditor::setDocument(PlanDocument *doc)
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
    m_sectionView->setModel(nullptr);
    m_taskView->setModel(nullptr);
    delete m_sectionModel;
    delete m_taskModel;
    m_sectionModel = nullptr;
    m_taskModel = nullptr;
    m_doc = doc;

    if (!m_doc) {
        // The welcome page has no plan to find in or check.
        m_findDock->hide();
        m_checkDock->hide();
        m_checkButton->hide();
        return;
    }
    m_sectionModel = new SectionTreeModel(m_doc, this);
    m_taskModel = new TaskTableModel(m_doc, this);
    m_taskModel->setIncludeSubsections(action("SubsectionsAction")->isChecked());
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
    auto *departments = new DepartmentDelegate(m_doc, m_taskModel);
    m_taskView->setItemDelegateForColumn(TaskTableModel::LeadColumn, departments);
    m_taskView->setItemDelegateForColumn(TaskTableModel::SupportColumn, departments);
    m_taskView->setItemDelegateForColumn(TaskTableModel::TargetsColumn, new TargetsDelegate(m_doc, m_taskModel));
    auto *dates = new OptionalDateDelegate(m_taskModel, m_doc);
    m_taskView->setItemDelegateForColumn(TaskTableModel::StartColumn, dates);
    m_taskView->setItemDelegateForColumn(TaskTableModel::DeadlineColumn, dates);
    m_editor = new TaskEditor(m_doc);
    m_editorScroll->setWidget(m_editor);
    auto *find = new FindPanel(m_doc, m_findDock);
    m_findDock->setWidget(find);
    connect(find, &FindPanel::taskActivated, this, &PlanEditor::showTask);
    auto *checks = new CheckPanel(m_doc, m_checkDock);
    m_checkDock->setWidget(checks);
    auto showCount = [this](int count) {
        m_checkButton->setText(count < 0    ? tr("Plan checks")
                               : count == 0 ? tr("Plan checks: no problems")
                                            : tr("Plan checks: %n to look at", nullptr, count));
    };
    showCount(checks->findingCount());
    connect(checks, &CheckPanel::findingsChanged, this, showCount);
    m_checkButton->show();
    AfterFirstPaint::run(m_checkButton, checks, [checks] { checks->check(); });
    m_checkDock->setVisible(QSettings().value(QStringLiteral("window/checksShown"), false).toBool());
    connect(checks, &CheckPanel::taskActivated, this, &PlanEditor::showTask);
    connect(checks, &CheckPanel::sectionActivated, this, &PlanEditor::selectSection);
    connect(checks, &CheckPanel::propertiesRequested, this, &PlanEditor::propertiesRequested);
    connect(checks, &CheckPanel::departmentsRequested, this, &PlanEditor::departmentsRequested);

    connect(m_sectionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_taskModel->setSection(m_sectionModel->sectionId(current));
                if (m_taskModel->rowCount() > 0)
                    m_taskView->setCurrentIndex(m_taskModel->index(0, TaskTableModel::TitleColumn));
                else
                    m_editor->setTask(0);
                emit selectionChanged();
            });
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_editor->setTask(current.isValid() ? m_taskModel->taskId(current.row()) : 0);
                emit selectionChanged();
            });
    connect(m_sectionModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_sectionView->expand(parent); });
    connect(m_sectionModel, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &dest) { m_sectionView->expand(dest); });

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
    if (!m_rightSplitterPlaced && m_window->isVisible()) {
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
}

Id PlanEditor::currentSection() const
{
    return m_sectionModel ? m_sectionModel->sectionId(m_sectionView->currentIndex()) : 0;
}

Id PlanEditor::currentTask() const
{
    if (!m_taskModel)
        return 0;
    const QModelIndex idx = m_taskView->currentIndex();
    return idx.isValid() ? m_taskModel->taskId(idx.row()) : 0;
}

bool PlanEditor::taskTableHasFocus() const
{
    return m_taskView->hasFocus();
}

QList<Id> PlanEditor::selectedTasks() const
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

void PlanEditor::selectSection(Id id)
{
    const QModelIndex idx = m_sectionModel->indexOf(id);
    if (idx.isValid()) {
        m_sectionView->scrollTo(idx);
        // Only this section is selected afterwards, whatever was selected before.
        m_sectionView->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    }
}

void PlanEditor::selectTask(Id id)
{
    const int row = m_taskModel->rowOf(id);
    if (row >= 0)
        m_taskView->setCurrentIndex(m_taskModel->index(row, TaskTableModel::TitleColumn));
}

void PlanEditor::showTask(Id id)
{
    if (!m_doc || !m_doc->plan().tasks.contains(id))
        return;
    selectSection(m_doc->plan().taskSection.value(id));
    selectTask(id);
    m_taskView->scrollTo(m_taskView->currentIndex());
}

void PlanEditor::editSection(Id id)
{
    selectSection(id);
    m_sectionView->edit(m_sectionModel->indexOf(id));
}

void PlanEditor::editTask(Id id)
{
    selectTask(id);
    m_taskView->setFocus();
    const int row = m_taskModel->rowOf(id);
    if (row >= 0)
        m_taskView->edit(m_taskModel->index(row, TaskTableModel::TitleColumn));
}

void PlanEditor::renameCurrentSection()
{
    const QModelIndex idx = m_sectionView->currentIndex();
    if (idx.isValid()) {
        m_sectionView->setFocus();
        m_sectionView->edit(idx);
    }
}

void PlanEditor::saveViewState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    if (m_taskModel)
        settings.setValue(QStringLiteral("window/taskColumns"), m_taskView->horizontalHeader()->saveState());
}

void PlanEditor::restoreViewState()
{
    QSettings settings;
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    // Until the clerk moves it, the splitter is laid out when a plan first shows (setDocument).
    m_rightSplitterPlaced = m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
}

} // namespace ap
