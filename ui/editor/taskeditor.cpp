#include "taskeditor.h"

#include "flows/evidenceopener.h"

#include "editor/outlinedelegate.h"
#include "editor/choicedelegate.h"
#include "editor/optionaldatedelegate.h"
#include "editor/departmentcompleter.h"
#include "editor/departmentdelegate.h"
#include "document/planedits.h"
#include "domain/targettext.h"
#include "models/reporthistorymodel.h"
#include "models/targettablemodel.h"
#include "widgets/gridview.h"
#include "widgets/indicatorchart.h"
#include "models/tasktablemodel.h"
#include "document/taskedits.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ap {

TaskEditor::TaskEditor(PlanDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_title = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    // Three lines of the description and two of notes; each scrolls for more.
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_start = new OptionalDateEdit(this);
    m_deadline = new OptionalDateEdit(this);
    m_lead = new QLineEdit(this);
    m_lead->setPlaceholderText(tr("Lead departments, separated by 、"));
    m_support = new QLineEdit(this);
    m_support->setPlaceholderText(tr("Cooperating departments, separated by 、"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    // Named for the window tests, which find each field as a person would reach it.
    m_title->setObjectName(QStringLiteral("TaskTitle"));
    m_description->setObjectName(QStringLiteral("TaskDescription"));
    m_start->setObjectName(QStringLiteral("TaskStart"));
    m_deadline->setObjectName(QStringLiteral("TaskDeadline"));
    m_lead->setObjectName(QStringLiteral("TaskLead"));
    m_support->setObjectName(QStringLiteral("TaskSupport"));
    m_notes->setObjectName(QStringLiteral("TaskNotes"));

    m_targets = new TargetTableModel(doc, this);
    // Typed in as the task table is; Enter on the last target adds one.
    m_targetView = new GridView(this);
    m_targetView->setObjectName(QStringLiteral("TargetTable"));
    m_targetView->setAppendsRows(true);
    m_targetView->setModel(m_targets);
    m_targetView->setItemDelegateForColumn(TargetTableModel::OpColumn, new ChoiceDelegate(m_targetView));
    m_targetView->setItemDelegateForColumn(TargetTableModel::MeasureColumn, new ChoiceDelegate(m_targetView));
    m_targetView->setItemDelegateForColumn(TargetTableModel::DueColumn, new OptionalDateDelegate(m_targetView, doc));
    m_targetView->horizontalHeader()->setSectionResizeMode(TargetTableModel::IndicatorColumn, QHeaderView::Stretch);
    m_targetView->verticalHeader()->hide();
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A header and three targets before it scrolls.
    m_targetView->verticalHeader()->setDefaultSectionSize(m_targetView->fontMetrics().height() + 10);
    m_targetView->setMinimumHeight(m_targetView->verticalHeader()->defaultSectionSize() * 4 + 4);
    m_addTarget = new QPushButton(tr("Add Tar&get"), this);
    m_removeTarget = new QPushButton(tr("Remove Target"), this);
    connect(m_addTarget, &QPushButton::clicked, this, &TaskEditor::addTarget);
    connect(m_targetView, &GridView::rowAppendRequested, this, [this]() {
        if (m_addTarget->isEnabled())
            addTarget();
    });
    connect(m_removeTarget, &QPushButton::clicked, this, &TaskEditor::removeTarget);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Desc&ription:"), m_description);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(tr("Deadline:"), this));
    dates->addWidget(m_deadline, 1);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, dates);
    // Lead and cooperating units side by side: one row less on a small screen.
    auto *units = new QHBoxLayout;
    units->addWidget(m_lead, 1);
    auto *supportLabel = new QLabel(tr("&Cooperating:"), this);
    supportLabel->setBuddy(m_support);
    units->addWidget(supportLabel);
    units->addWidget(m_support, 1);
    auto *leadLabel = new QLabel(tr("&Lead:"), this);
    leadLabel->setBuddy(m_lead);
    form->addRow(leadLabel, units);
    form->addRow(tr("&Notes:"), m_notes);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(new QLabel(tr("Targets:"), this));
    targetButtons->addStretch(1);
    targetButtons->addWidget(m_addTarget);
    targetButtons->addWidget(m_removeTarget);

    auto *layout = new QVBoxLayout(this);
    // The heading and, beside it, where the task stands after its latest progress report.
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("TaskProgress"));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_progress);
    layout->addLayout(headingRow);
    layout->addLayout(form);
    layout->addLayout(targetButtons);
    layout->addWidget(m_targetView, 1);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    // The task's year so far: each report against what was due, and an indicator's chart.
    m_history = new ReportHistoryModel(doc, this);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("ReportHistoryView"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setSectionResizeMode(ReportHistoryModel::FiguresColumn, QHeaderView::Stretch);
    m_historyView->setMinimumHeight(120);
    // 打开佐证材料 is there for a report that carries files.
    auto canOpen = [this] {
        const QModelIndex row = m_historyView->currentIndex();
        const ProgressReport *r = m_doc->reports().byId(row.data(ReportHistoryModel::ReportIdRole).toLongLong());
        if (m_openEvidence)
            m_openEvidence->setEnabled(r && !r->evidence.isEmpty());
    };
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, canOpen);
    connect(m_history, &QAbstractItemModel::modelReset, this, canOpen);
    m_chartIndicator = new QComboBox(this);
    m_chartIndicator->setObjectName(QStringLiteral("HistoryIndicatorBox"));
    m_chart = new IndicatorChart(this);
    connect(m_chartIndicator, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->showIndicator(*m_doc, m_task, m_chartIndicator->currentData().toLongLong()); });
    m_openEvidence = new QPushButton(tr("&Open Evidence…"), this);
    m_openEvidence->setObjectName(QStringLiteral("OpenEvidenceButton"));
    m_openEvidence->setEnabled(false);
    connect(m_openEvidence, &QPushButton::clicked, this, &TaskEditor::openEvidence);
    connect(m_historyView, &QTableView::activated, this, [this] { openEvidence(); });
    auto *historyHead = new QHBoxLayout;
    historyHead->addWidget(new QLabel(tr("Reports this year:"), this));
    historyHead->addStretch(1);
    historyHead->addWidget(m_openEvidence);
    historyHead->addWidget(m_chartIndicator);
    layout->addLayout(historyHead);
    layout->addWidget(m_historyView);
    layout->addWidget(m_chart);

    connect(m_title, &QLineEdit::editingFinished, this, &TaskEditor::commitFields);
    connect(m_start, &OptionalDateEdit::edited, this, &TaskEditor::commitFields);
    connect(m_deadline, &OptionalDateEdit::edited, this, &TaskEditor::commitFields);
    connect(m_lead, &QLineEdit::editingFinished, this, [this]() { commitDepartments(DepartmentRole::Lead); });
    connect(m_support, &QLineEdit::editingFinished, this, [this]() { commitDepartments(DepartmentRole::Support); });
    m_description->installEventFilter(this);
    m_notes->installEventFilter(this);

    // Department names complete from the registry, one name after another.
    m_lead->setCompleter(new DepartmentCompleter(doc, m_lead));
    m_support->setCompleter(new DepartmentCompleter(doc, m_support));

    connect(doc, &PlanDocument::taskChanged, this, [this](Id id) {
        if (id == m_task)
            refresh();
    });
    connect(doc, &PlanDocument::taskMoved, this, [this](Id id) {
        if (id == m_task)
            refresh();
    });
    connect(doc, &PlanDocument::reportsChanged, this, [this](Id id) {
        if (id == m_task)
            refresh();
    });
    // A lost server: the fields are shown read-only until the plan is read anew.
    connect(doc, &PlanDocument::connectionLost, this, &TaskEditor::refresh);
    // A task that goes away takes what its fields hold with it: this runs inside the command that
    // removes it, where no other command may be pushed.
    connect(doc, &PlanDocument::taskAboutToBeRemoved, this, [this](Id id) {
        if (id == m_task)
            showTask(0);
    });
    connect(doc, &PlanDocument::sectionAboutToBeRemoved, this, [this](Id id) {
        if (m_task != 0 && m_doc->isInSubtree(m_doc->plan().taskSection.value(m_task), id))
            showTask(0);
    });
    showTask(0);
}

TaskEditor::~TaskEditor()
{
    // Children lose the focus while they are destroyed, after this object's own members are
    // gone: their editingFinished and focus-out must find no task to write to.
    m_task = 0;
}

void TaskEditor::setTask(Id taskId)
{
    if (taskId != m_task)
        commitPending();
    showTask(taskId);
}

void TaskEditor::commitPending()
{
    if (m_refreshing || m_task == 0 || m_doc->isReadOnly() || !m_doc->plan().tasks.contains(m_task))
        return;
    // A cell editor of the target grid writes its value when it loses the focus; so do the fields.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        focus->clearFocus();
    if (m_task == 0)
        return;
    m_start->interpretText();
    m_deadline->interpretText();
    commitFields();
    const Task &t = m_doc->plan().tasks[m_task];
    if (m_lead->text() != m_doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")))
        commitDepartments(DepartmentRole::Lead);
    if (m_task != 0 && m_support->text()
            != m_doc->departmentNames(m_doc->plan().tasks[m_task], DepartmentRole::Support, QStringLiteral("、")))
        commitDepartments(DepartmentRole::Support);
}

void TaskEditor::showTask(Id taskId)
{
    m_task = taskId;
    m_targets->setTask(taskId);
    refresh();
}

void TaskEditor::showHistory()
{
    const bool has = m_task != 0 && m_doc->plan().tasks.contains(m_task);
    if (m_history->task() != (has ? m_task : 0))
        m_history->setTask(has ? m_task : 0);
    m_historyView->resizeColumnsToContents();
    m_historyView->horizontalHeader()->setSectionResizeMode(ReportHistoryModel::FiguresColumn, QHeaderView::Stretch);
    const Id chosen = m_chartIndicator->currentData().toLongLong();
    {
        const QSignalBlocker block(m_chartIndicator);
        m_chartIndicator->clear();
        if (has)
            for (const Target &t : m_doc->plan().tasks[m_task].targets)
                m_chartIndicator->addItem(t.indicator, t.id);
        m_chartIndicator->setCurrentIndex(std::max(0, m_chartIndicator->findData(chosen)));
    }
    m_chartIndicator->setVisible(m_chartIndicator->count() > 1);
    m_chart->setVisible(has && m_chartIndicator->count() > 0);
    if (m_chart->isVisibleTo(this))
        m_chart->showIndicator(*m_doc, m_task, m_chartIndicator->currentData().toLongLong());
}

void TaskEditor::refresh()
{
    const bool has = m_task != 0 && m_doc->plan().tasks.contains(m_task);
    const bool editable = has && !m_doc->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_description, m_start, m_deadline, m_lead,
                                                       m_support, m_notes, m_addTarget, m_removeTarget})
        w->setEnabled(editable);
    m_targetView->setEnabled(has);
    m_refreshing = true;
    const QString progress = has ? TaskTableModel::progressText(*m_doc, m_task) : QString();
    m_progress->setText(progress.isEmpty() ? QString() : tr("Latest report: %1").arg(progress));
    showHistory();
    if (!has) {
        m_heading->setText(tr("No task selected"));
        m_title->clear();
        m_description->clear();
        m_start->setDate(QDate());
        m_deadline->setDate(QDate());
        m_lead->clear();
        m_support->clear();
        m_notes->clear();
        m_preview->clear();
        m_refreshing = false;
        return;
    }
    const Task &t = m_doc->plan().tasks[m_task];
    m_heading->setText(tr("Task %1").arg(m_doc->taskLabel(m_task)));
    m_start->setPlanYear(m_doc->plan().info.year);
    m_deadline->setPlanYear(m_doc->plan().info.year);
    if (m_title->text() != t.title)
        m_title->setText(t.title);
    if (m_description->toPlainText() != t.description)
        m_description->setPlainText(t.description);
    m_start->setDate(t.start);
    m_deadline->setDate(t.deadline);
    const QString lead = m_doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"));
    const QString support = m_doc->departmentNames(t, DepartmentRole::Support, QStringLiteral("、"));
    if (m_lead->text() != lead)
        m_lead->setText(lead);
    if (m_support->text() != support)
        m_support->setText(support);
    if (m_notes->toPlainText() != t.notes)
        m_notes->setPlainText(t.notes);
    const QString prose = targetsProseBeyond(t.targets, t.title + t.description);
    m_preview->setText(prose.isEmpty() ? QString() : tr("Printed as: %1").arg(prose));
    m_refreshing = false;
}

bool TaskEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_description || watched == m_notes))
        commitFields();
    return QWidget::eventFilter(watched, event);
}

void TaskEditor::commitFields()
{
    if (m_refreshing || m_task == 0 || m_doc->isReadOnly() || !m_doc->plan().tasks.contains(m_task))
        return;
    Task t = m_doc->plan().tasks.value(m_task);
    t.title = m_title->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.start = m_start->date();
    t.deadline = m_deadline->date();
    t.notes = m_notes->toPlainText().trimmed();
    if (t == m_doc->plan().tasks.value(m_task))
        return;
    edits::editTask(*m_doc, t);
}

void TaskEditor::commitDepartments(DepartmentRole role)
{
    if (m_refreshing || m_task == 0 || m_doc->isReadOnly())
        return;
    const QLineEdit *edit = role == DepartmentRole::Lead ? m_lead : m_support;
    setTaskDepartments(m_doc, m_task, role, splitDepartmentNames(edit->text()));
}

void TaskEditor::addTarget()
{
    const int row = m_targets->rowCount();
    if (m_targets->insertRows(row, 1)) {
        const QModelIndex idx = m_targets->index(row, TargetTableModel::IndicatorColumn);
        m_targetView->setCurrentIndex(idx);
        m_targetView->edit(idx);
    }
}

void TaskEditor::removeTarget()
{
    const QModelIndex idx = m_targetView->currentIndex();
    if (idx.isValid())
        m_targets->removeRows(idx.row(), 1);
}

void TaskEditor::openEvidence()
{
    const QModelIndex row = m_historyView->currentIndex();
    const ProgressReport *report = m_doc->reports().byId(row.data(ReportHistoryModel::ReportIdRole).toLongLong());
    if (!report || report->evidence.isEmpty())
        return;
    EvidenceFile chosen = report->evidence.first();
    if (report->evidence.size() > 1) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("EvidenceMenu"));
        for (const EvidenceFile &f : report->evidence)
            menu.addAction(tr("%1 (%2, %3)")
                               .arg(QString(f.name).replace(QLatin1Char('&'), QLatin1String("&&")), evidence::kindDisplay(f.kind),
                                    evidence::sizeText(f.size)))
                ->setData(f.id);
        const QAction *picked = menu.exec(m_openEvidence->mapToGlobal(QPoint(0, m_openEvidence->height())));
        if (!picked)
            return;
        for (const EvidenceFile &f : report->evidence)
            if (f.id == picked->data().toLongLong())
                chosen = f;
    }
    QString error;
    if (!EvidenceOpener::open(*m_doc, chosen, nullptr, &error))
        QMessageBox::warning(this, tr("Cannot Open the Evidence"), error);
}

} // namespace ap
