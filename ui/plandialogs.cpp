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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ap {

PlanPropertiesDialog::PlanPropertiesDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent), m_base(info)
{
    setWindowTitle(tr("Plan Properties"));
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    m_year = new QSpinBox(general);
    m_year->setRange(1990, 2200);
    m_year->setValue(info.year > 0 ? info.year : QDate::currentDate().year() + 1);
    m_title = new QLineEdit(info.title, general);
    m_title->setPlaceholderText(tr("e.g. 2026 Health Work Plan"));
    m_organisation = new QLineEdit(info.organisation, general);
    m_date = new OptionalDateEdit(general);
    m_date->setPlanYear(m_year->value());
    m_date->setDate(info.documentDate);
    m_cadence = new QComboBox(general);
    m_cadence->addItem(tr("Quarterly"), cadenceKey(Cadence::Quarterly));
    m_cadence->addItem(tr("Monthly"), cadenceKey(Cadence::Monthly));
    m_cadence->setCurrentIndex(info.cadence == Cadence::Monthly ? 1 : 0);

    form->addRow(tr("Plan &year:"), m_year);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Issuing &organisation:"), m_organisation);
    form->addRow(tr("Document &date:"), m_date);
    form->addRow(tr("Reporting &cadence:"), m_cadence);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("&Plan"));
    tabs->addTab(noticePage(info.notice), tr("Issuing &Notice"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *PlanPropertiesDialog::noticePage(const IssueNotice &notice)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_notice = new QCheckBox(tr("&Issue the plan with a notice (the plan becomes its attachment)"), page);
    m_notice->setChecked(notice.enabled);
    m_issuerMark = new QLineEdit(notice.issuerMark, page);
    m_issuerMark->setToolTip(tr("Printed in red over the red line, e.g. “××县卫生健康委员会文件”"));
    m_number = new QLineEdit(notice.number, page);
    m_number->setPlaceholderText(tr("e.g. 清卫发〔2026〕3号"));
    m_addressees = new QLineEdit(notice.addressees, page);
    m_addressees->setPlaceholderText(tr("e.g. 各乡镇卫生院，委机关各股室"));
    m_noticeText = new QPlainTextEdit(notice.text, page);
    m_noticeText->setPlaceholderText(notice.textFor(m_title->text().trimmed()));
    m_noticeText->setTabChangesFocus(true);
    m_noticeText->setFixedHeight(m_noticeText->fontMetrics().lineSpacing() * 4 + 12);
    m_copiesTo = new QLineEdit(notice.copiesTo, page);
    m_printedBy = new QLineEdit(notice.printedBy, page);
    m_printDate = new OptionalDateEdit(page);
    m_printDate->setPlanYear(m_year->value());
    m_printDate->setDate(notice.printDate);

    form->addRow(m_notice);
    form->addRow(tr("Issuer &mark (red):"), m_issuerMark);
    form->addRow(tr("Document n&umber:"), m_number);
    form->addRow(tr("&Addressed to:"), m_addressees);
    form->addRow(tr("Notice te&xt:"), m_noticeText);
    form->addRow(tr("Copie&s to:"), m_copiesTo);
    form->addRow(tr("P&rinted by:"), m_printedBy);
    form->addRow(tr("Printin&g date:"), m_printDate);
    m_noticeFields = {m_issuerMark, m_number, m_addressees, m_noticeText, m_copiesTo, m_printedBy, m_printDate};
    for (QWidget *w : m_noticeFields)
        w->setEnabled(notice.enabled);
    connect(m_notice, &QCheckBox::toggled, this, &PlanPropertiesDialog::noticeToggled);
    // The text said when none is typed follows the title.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        m_noticeText->setPlaceholderText(IssueNotice().textFor(title.trimmed()));
    });
    return page;
}

void PlanPropertiesDialog::noticeToggled(bool on)
{
    for (QWidget *w : m_noticeFields)
        w->setEnabled(on);
    // A notice is headed by its sender: offer the organisation's "…文件" and "…办公室".
    const QString organisation = m_organisation->text().trimmed();
    if (on && !organisation.isEmpty()) {
        if (m_issuerMark->text().trimmed().isEmpty())
            m_issuerMark->setText(organisation + QStringLiteral("文件"));
        if (m_printedBy->text().trimmed().isEmpty())
            m_printedBy->setText(organisation + QStringLiteral("办公室"));
    }
}

PlanInfo PlanPropertiesDialog::info() const
{
    PlanInfo info = m_base;
    info.year = m_year->value();
    info.title = m_title->text().trimmed();
    info.organisation = m_organisation->text().trimmed();
    m_date->interpretText();
    info.documentDate = m_date->date();
    info.cadence = cadenceFromKey(m_cadence->currentData().toString()).value_or(Cadence::Quarterly);
    IssueNotice &n = info.notice;
    n.enabled = m_notice->isChecked();
    n.issuerMark = m_issuerMark->text().trimmed();
    n.number = m_number->text().trimmed();
    n.addressees = m_addressees->text().trimmed();
    n.text = m_noticeText->toPlainText().trimmed();
    n.copiesTo = m_copiesTo->text().trimmed();
    n.printedBy = m_printedBy->text().trimmed();
    m_printDate->interpretText();
    n.printDate = m_printDate->date();
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
