#include "plandialogs.h"

#include "optionaldateedit.h"

#include "document/commands.h"
#include "models/departmentlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ap {

PlanPropertiesDialog::PlanPropertiesDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plan Properties"));
    auto *form = new QFormLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2200);
    m_year->setValue(info.year > 0 ? info.year : QDate::currentDate().year() + 1);
    m_title = new QLineEdit(info.title, this);
    m_title->setPlaceholderText(tr("e.g. 2026 Health Work Plan"));
    m_organisation = new QLineEdit(info.organisation, this);
    m_date = new OptionalDateEdit(this);
    m_date->setPlanYear(m_year->value());
    m_date->setDate(info.documentDate);
    m_cadence = new QComboBox(this);
    m_cadence->addItem(tr("Quarterly"), cadenceKey(Cadence::Quarterly));
    m_cadence->addItem(tr("Monthly"), cadenceKey(Cadence::Monthly));
    m_cadence->setCurrentIndex(info.cadence == Cadence::Monthly ? 1 : 0);

    form->addRow(tr("Plan &year:"), m_year);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Issuing &organisation:"), m_organisation);
    form->addRow(tr("Document &date:"), m_date);
    form->addRow(tr("Reporting &cadence:"), m_cadence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

PlanInfo PlanPropertiesDialog::info() const
{
    PlanInfo info;
    info.year = m_year->value();
    info.title = m_title->text().trimmed();
    info.organisation = m_organisation->text().trimmed();
    m_date->interpretText();
    info.documentDate = m_date->date();
    info.cadence = cadenceFromKey(m_cadence->currentData().toString()).value_or(Cadence::Quarterly);
    return info;
}

DepartmentDialog::DepartmentDialog(PlanDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_model(new DepartmentListModel(doc, this))
{
    setWindowTitle(tr("Departments"));
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(DepartmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *merge = new QPushButton(tr("&Merge Into…"), this);
    merge->setToolTip(tr("Replace this department by another in every task, then delete it"));
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    const bool editable = !doc->isReadOnly();
    for (QPushButton *b : {add, remove, merge, up, down})
        b->setEnabled(editable);
    connect(add, &QPushButton::clicked, this, &DepartmentDialog::addDepartment);
    connect(remove, &QPushButton::clicked, this, &DepartmentDialog::removeDepartment);
    connect(merge, &QPushButton::clicked, this, &DepartmentDialog::mergeDepartment);
    connect(up, &QPushButton::clicked, this, [this]() { moveDepartment(-1); });
    connect(down, &QPushButton::clicked, this, [this]() { moveDepartment(1); });

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove);
    side->addWidget(merge);
    side->addSpacing(12);
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(560, 420);
}

int DepartmentDialog::currentRow() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void DepartmentDialog::addDepartment()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Department"), tr("Department name:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_doc->plan().departmentByName(name)) {
        QMessageBox::information(this, tr("Add Department"), tr("“%1” is already in the list.").arg(name));
        return;
    }
    const int row = currentRow() >= 0 ? currentRow() + 1 : int(m_doc->plan().departments.size());
    m_doc->undoStack()->push(new AddDepartmentCommand(m_doc, Department{0, name, QString(), 0}, row));
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void DepartmentDialog::removeDepartment()
{
    const int row = currentRow();
    const Id id = m_model->departmentId(row);
    if (id == 0)
        return;
    const int used = m_model->taskCount(id);
    if (used > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Department"),
            tr("“%1” is named in %n task(s). Delete it and remove it from those tasks?", nullptr, used)
                .arg(m_doc->plan().departments.at(row).name));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_doc->undoStack()->push(new RemoveDepartmentCommand(m_doc, id));
}

void DepartmentDialog::mergeDepartment()
{
    const int row = currentRow();
    const Id from = m_model->departmentId(row);
    if (from == 0)
        return;
    const QString fromName = m_doc->plan().departments.at(row).name;
    QStringList others;
    for (const Department &d : m_doc->plan().departments)
        if (d.id != from)
            others << d.name;
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Departments"),
                                               tr("Merge “%1” into:").arg(fromName), others, 0, false, &ok);
    if (!ok)
        return;
    if (const Department *target = m_doc->plan().departmentByName(into))
        m_doc->undoStack()->push(new MergeDepartmentsCommand(m_doc, from, target->id));
}

void DepartmentDialog::moveDepartment(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    const Id id = m_model->departmentId(row);
    if (id == 0 || target < 0 || target >= m_model->rowCount())
        return;
    m_doc->undoStack()->push(new MoveDepartmentCommand(m_doc, id, target));
    m_view->setCurrentIndex(m_model->index(target, 0));
}

} // namespace ap
