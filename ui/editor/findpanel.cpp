#include "findpanel.h"

#include "models/tasksearchmodel.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
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

    // The conditions beside the results, three rows high: in a dock under the task table the
    // panel leaves the table its ten rows on a 1366×768 screen.
    auto *form = new QGridLayout;
    auto *textLabel = new QLabel(tr("&Keywords:"), this);
    textLabel->setBuddy(m_text);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *standingLabel = new QLabel(tr("&Warning today:"), this);
    standingLabel->setBuddy(m_standing);
    form->addWidget(textLabel, 0, 0);
    form->addWidget(m_text, 0, 1, 1, 3);
    form->addWidget(departmentLabel, 1, 0);
    form->addWidget(m_department, 1, 1);
    form->addWidget(standingLabel, 1, 2);
    form->addWidget(m_standing, 1, 3);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    form->addWidget(new QLabel(tr("Deadline from:"), this), 2, 0);
    form->addLayout(dates, 2, 1, 1, 3);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_withoutLead);
    flags->addWidget(m_targetWithoutDeadline);
    flags->addStretch(1);
    form->addLayout(flags, 3, 1, 1, 3);
    auto *conditions = new QVBoxLayout;
    conditions->addLayout(form);
    conditions->addWidget(m_count);
    conditions->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(conditions);
    layout->addWidget(m_results, 1);
    // Four result rows before it scrolls.
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 4);

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
