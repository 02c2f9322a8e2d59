#include "outboxdialog.h"

#include "document/plandocument.h"
#include "domain/targettext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ap {

namespace {

// A waiting report's words, as a clerk would paste them into a message.
QString reportText(const WaitingReport &w, const PlanDocument &doc)
{
    const ProgressReport &c = w.report;
    QStringList lines;
    lines << OutboxDialog::tr("Task: %1").arg(w.taskTitle) << OutboxDialog::tr("Period: %1").arg(period::display(c.period))
          << OutboxDialog::tr("Status: %1").arg(statusDisplay(c.status));
    if (c.percent)
        lines << OutboxDialog::tr("Percent complete: %1%").arg(formatNumber(*c.percent));
    const Task task = doc.plan().tasks.value(c.taskId);
    for (auto it = c.actuals.cbegin(); it != c.actuals.cend(); ++it) {
        QString indicator = OutboxDialog::tr("Target %1").arg(it.key());
        for (const Target &t : task.targets)
            if (t.id == it.key())
                indicator = t.indicator + (t.unit.isEmpty() ? QString() : QStringLiteral("（%1）").arg(t.unit));
        lines << QStringLiteral("%1：%2").arg(indicator, formatNumber(it.value()));
    }
    if (!c.progress.isEmpty())
        lines << OutboxDialog::tr("Progress (进展情况): %1").arg(c.progress);
    if (!c.problems.isEmpty())
        lines << OutboxDialog::tr("Problems (存在问题): %1").arg(c.problems);
    if (!c.nextSteps.isEmpty())
        lines << OutboxDialog::tr("Next steps (下步打算): %1").arg(c.nextSteps);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OutboxDialog::OutboxDialog(PlanDocument &doc, QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("OutboxDialog"));
    setWindowTitle(tr("Reports Waiting to Be Sent"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("OutboxTable"));
    m_table->setHorizontalHeaderLabels({tr("Task"), tr("Period"), tr("Typed"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send Now"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("OutboxSendButton"));
    m_copy = buttons->addButton(tr("&Copy Text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("OutboxCopyButton"));
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::ActionRole);
    m_discard->setObjectName(QStringLiteral("OutboxDiscardButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &OutboxDialog::sendNow);
    connect(m_copy, &QPushButton::clicked, this, &OutboxDialog::copyText);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discard);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_copy->setEnabled(!selectedKey().isEmpty());
        m_discard->setEnabled(!selectedKey().isEmpty());
    });
    connect(&m_doc, &PlanDocument::waitingReportsChanged, this, &OutboxDialog::fill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 360);
    fill();
}

void OutboxDialog::fill()
{
    const QString keep = selectedKey();
    const QList<WaitingReport> waiting = m_doc.waitingReports();
    m_table->setRowCount(int(waiting.size()));
    for (int row = 0; row < waiting.size(); ++row) {
        const WaitingReport &w = waiting.at(row);
        const QString state = w.refusal.isEmpty() ? tr("Waiting for the server") : tr("Refused: %1").arg(w.refusal);
        const QStringList cells = {w.taskTitle, period::display(w.report.period),
                                   w.typedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), state};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, w.key);
            item->setToolTip(cells.at(col));
            m_table->setItem(row, col, item);
        }
        if (w.key == keep || (keep.isEmpty() && row == 0))
            m_table->selectRow(row);
    }
    m_table->resizeRowsToContents();
    m_note->setText(waiting.isEmpty() ? tr("No report is waiting: every report typed here is on the server.")
                    : m_doc.isDisconnected()
                        ? tr("The server cannot be reached now. These reports are kept on this computer and sent by "
                             "themselves once it answers again; nothing needs to be typed again.")
                        : tr("These reports are kept on this computer. Send Now tries them again; the server keeps each "
                             "once, however often it is sent."));
    m_send->setEnabled(!waiting.isEmpty() && !m_doc.isDisconnected());
    m_copy->setEnabled(!selectedKey().isEmpty());
    m_discard->setEnabled(!selectedKey().isEmpty());
}

QString OutboxDialog::selectedKey() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void OutboxDialog::sendNow()
{
    int refused = 0;
    const int sent = m_doc.sendWaitingReports(&refused, true);
    fill();
    m_note->setText(m_doc.isDisconnected() ? tr("The server cannot be reached now; the reports keep waiting.")
                    : refused ? tr("%n report(s) sent; the server refused %1 (the reason is beside each).", nullptr, sent).arg(refused)
                              : tr("%n report(s) sent.", nullptr, sent));
}

void OutboxDialog::copyText()
{
    const QString key = selectedKey();
    for (const WaitingReport &w : m_doc.waitingReports())
        if (w.key == key)
            QApplication::clipboard()->setText(reportText(w, m_doc));
}

void OutboxDialog::discard()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Discard the Report"),
                    tr("The report is taken out and never sent; what was typed in it cannot be brought back. Copy its "
                       "text first if it may be wanted."),
                    QMessageBox::NoButton, this);
    QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask.addButton(tr("&Keep"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    if (ask.clickedButton() == discard)
        m_doc.discardWaitingReport(key);
}

} // namespace ap
