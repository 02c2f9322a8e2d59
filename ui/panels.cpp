#include "panels.h"

#include "document/plancheck.h"
#include "models/tasksearchmodel.h"
#include "optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ap {

FindPanel::FindPanel(PlanDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_model(new TaskSearchModel(doc, this))
{
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Words in titles, descriptions, targets, departments"));
    m_text->setClearButtonEnabled(true);
    m_department = new QComboBox(this);
    m_from = new OptionalDateEdit(this);
    m_to = new OptionalDateEdit(this);
    m_withoutLead = new QCheckBox(tr("No lead department"), this);
    m_targetWithoutDeadline = new QCheckBox(tr("Target without deadline"), this);
    m_results = new QTableView(this);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(TaskSearchModel::TitleColumn, QHeaderView::Stretch);
    m_count = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keywords:"), m_text);
    form->addRow(tr("&Department:"), m_department);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    form->addRow(tr("Deadline from:"), dates);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_withoutLead);
    flags->addWidget(m_targetWithoutDeadline);
    flags->addStretch(1);
    form->addRow(flags);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);

    fillDepartments();
    connect(doc, &PlanDocument::departmentsChanged, this, &FindPanel::fillDepartments);
    connect(m_text, &QLineEdit::textChanged, this, &FindPanel::apply);
    connect(m_department, &QComboBox::currentIndexChanged, this, &FindPanel::apply);
    connect(m_from, &OptionalDateEdit::edited, this, &FindPanel::apply);
    connect(m_to, &OptionalDateEdit::edited, this, &FindPanel::apply);
    connect(m_withoutLead, &QCheckBox::toggled, this, &FindPanel::apply);
    connect(m_targetWithoutDeadline, &QCheckBox::toggled, this, &FindPanel::apply);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_count->setText(m_model->filter().isEmpty() ? QString()
                                                     : tr("%n task(s) found", nullptr, m_model->rowCount()));
    });
    connect(m_results, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT taskActivated(m_model->taskId(i.row())); });
    connect(m_results, &QTableView::clicked, this,
            [this](const QModelIndex &i) { Q_EMIT taskActivated(m_model->taskId(i.row())); });
}

void FindPanel::focusSearch()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FindPanel::fillDepartments()
{
    const Id current = m_department->currentData().toLongLong();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("Any department"), Id(0));
    for (const Department &d : m_doc->plan().departments)
        m_department->addItem(d.name, d.id);
    const int i = m_department->findData(current);
    m_department->setCurrentIndex(i < 0 ? 0 : i);
}

void FindPanel::apply()
{
    TaskFilter f;
    f.text = m_text->text();
    f.department = m_department->currentData().toLongLong();
    f.deadlineFrom = m_from->date();
    f.deadlineTo = m_to->date();
    f.withoutLead = m_withoutLead->isChecked();
    f.targetWithoutDeadline = m_targetWithoutDeadline->isChecked();
    m_model->setFilter(f);
}

CheckPanel::CheckPanel(PlanDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_summary = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &CheckPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Id task = item->data(Qt::UserRole + 1).toLongLong();
        const Id section = item->data(Qt::UserRole).toLongLong();
        if (task != 0)
            Q_EMIT taskActivated(task);
        else if (section != 0)
            Q_EMIT sectionActivated(section);
        else
            Q_EMIT propertiesRequested();
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    refresh();
}

int CheckPanel::findingCount() const
{
    return m_list->count();
}

void CheckPanel::refresh()
{
    m_list->clear();
    const QList<PlanFinding> findings = PlanCheck::run(*m_doc);
    for (const PlanFinding &f : findings) {
        auto *item = new QListWidgetItem(f.message, m_list);
        item->setData(Qt::UserRole, f.sectionId);
        item->setData(Qt::UserRole + 1, f.taskId);
    }
    m_summary->setText(findings.isEmpty() ? tr("No problems found.")
                                          : tr("%n thing(s) to look at:", nullptr, int(findings.size())));
    Q_EMIT findingsChanged(int(findings.size()));
}

} // namespace ap
