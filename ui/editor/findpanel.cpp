#include "findpanel.h"

#include "models/tasksearchmodel.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    m_standing = new QComboBox(this);
    m_standing->setObjectName(QStringLiteral("StandingFilter"));
    m_standing->addItem(tr("Any standing"), -1);
    for (Warning w : {Warning::Red, Warning::Yellow, Warning::Unreported, Warning::DoneUnmet, Warning::Blue})
        m_standing->addItem(warningDisplay(w), int(w));
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
    form->addRow(tr("&Warning today:"), m_standing);
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
    connect(m_standing, &QComboBox::currentIndexChanged, this, &FindPanel::apply);
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
    if (m_standing->currentData().toInt() >= 0)
        f.warning = Warning(m_standing->currentData().toInt());
    m_model->setFilter(f);
}

} // namespace ap
