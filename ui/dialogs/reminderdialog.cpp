#include "reminderdialog.h"

#include "monitor/collectionforms.h"
#include "print/reminderprinter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ap {

ReminderDialog::ReminderDialog(const PlanDocument &doc, const QString &period, const PrintFonts &fonts, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_fonts(fonts)
{
    setObjectName(QStringLiteral("ReminderDialog"));
    setWindowTitle(tr("Chase Reports (催报)"));
    m_period = new QComboBox(this);
    for (const QString &p : period::ofYear(doc.plan().info.year, doc.plan().info.cadence))
        m_period->addItem(period::display(p), p);
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ReminderList"));
    m_list->setHeaderLabels({tr("Department and the tasks it has not reported")});
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_copy = new QPushButton(tr("&Copy the Notice"), this);
    m_copy->setObjectName(QStringLiteral("CopyNoticeButton"));
    m_save = new QPushButton(tr("&Save the Notice…"), this);
    m_form = new QPushButton(tr("Write Its Return &Form…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *b : {m_copy, m_save, m_form})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ReminderDialog::copyNotice);
    connect(m_save, &QPushButton::clicked, this, &ReminderDialog::saveNotice);
    connect(m_form, &QPushButton::clicked, this, &ReminderDialog::writeForm);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReminderDialog::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool chosen = currentDepartment() != 0;
        for (QPushButton *b : {m_copy, m_save, m_form})
            b->setEnabled(chosen);
    });
    // Live: a report that comes in takes its task off the list.
    connect(&doc, &PlanDocument::reportsChanged, this, &ReminderDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 480);
    refresh();
}

QString ReminderDialog::period() const
{
    return m_period->currentData().toString();
}

Id ReminderDialog::currentDepartment() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ReminderDialog::refresh()
{
    const Id was = currentDepartment();
    m_list->clear();
    const ReminderPrinter reminders(m_doc, period());
    int tasks = 0;
    for (const Reminder &r : reminders.reminders()) {
        auto *top = new QTreeWidgetItem(m_list, {r.department.isEmpty() ? tr("(no lead department)")
                                                                        : tr("%1 — %n task(s)", nullptr, int(r.tasks.size())).arg(r.department)});
        top->setData(0, Qt::UserRole, r.departmentId);
        for (Id t : r.tasks)
            new QTreeWidgetItem(top, {m_doc.taskPlace(t) + QLatin1Char(' ') + m_doc.plan().tasks.value(t).title});
        tasks += int(r.tasks.size());
        if (r.departmentId == was || (was == 0 && !m_list->currentItem()))
            m_list->setCurrentItem(top);
    }
    m_list->expandAll();
    m_summary->setText(reminders.reminders().isEmpty()
                           ? tr("Every task has its report for %1.").arg(period::display(period()))
                           : tr("%1 departments have not reported %2 tasks for %3.")
                                 .arg(reminders.reminders().size())
                                 .arg(tasks)
                                 .arg(period::display(period())));
    const bool chosen = currentDepartment() != 0;
    for (QPushButton *b : {m_copy, m_save, m_form})
        b->setEnabled(chosen);
}

void ReminderDialog::copyNotice()
{
    const ReminderPrinter reminders(m_doc, period(), QDate(), QDate(), m_fonts);
    for (const Reminder &r : reminders.reminders())
        if (r.departmentId == currentDepartment()) {
            QApplication::clipboard()->setText(reminders.plainText(r));
            m_summary->setText(tr("The notice to %1 is copied: paste it into a message.").arg(r.department));
        }
}

void ReminderDialog::saveNotice()
{
    const ReminderPrinter reminders(m_doc, period(), QDate(), QDate(), m_fonts);
    for (const Reminder &r : reminders.reminders()) {
        if (r.departmentId != currentDepartment())
            continue;
        const QString suggested = QDir(m_doc.folder()).filePath(QStringLiteral("%1 %2 催报通知.pdf").arg(r.department, period::display(period())));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Notice"), suggested,
                                                          tr("PDF (*.pdf);;Word (*.docx)"));
        if (path.isEmpty())
            return;
        QString error;
        const bool ok = path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ? reminders.writeDocx(r, path, &error)
                                                                                   : reminders.writePdf(r, path, &error);
        if (!ok)
            QMessageBox::warning(this, tr("Not Saved"), error);
        else
            m_summary->setText(tr("The notice to %1 is saved: %2").arg(r.department, QDir::toNativeSeparators(path)));
    }
}

void ReminderDialog::writeForm()
{
    const Id department = currentDepartment();
    const QString suggested = QDir(m_doc.folder()).filePath(CollectionForms::fileName(m_doc.plan(), department, period()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Write Its Return Form"), suggested, tr("Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CollectionForms::writeForm(m_doc, department, period(), path, &error))
        QMessageBox::warning(this, tr("Not Written"), error);
    else
        m_summary->setText(tr("The return form is written: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ap
