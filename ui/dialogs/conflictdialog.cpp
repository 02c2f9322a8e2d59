#include "conflictdialog.h"

#include "document/planedits.h"
#include "document/plandocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ap {

ConflictDialog::ConflictDialog(PlanDocument &doc, RefusedEdit edit, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_edit(std::move(edit))
{
    setObjectName(QStringLiteral("ConflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    m_said = new QLabel(this);
    m_said->setObjectName(QStringLiteral("ConflictSaid"));
    m_said->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("ConflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("When you opened it"), tr("Your change"), tr("Now")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Each row as tall as its longest words at the columns' widths, whatever the dialog's width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    auto *note = new QLabel(tr("Keep My Change writes only the parts you changed; the other parts stay as they are now, "
                               "and Undo (Ctrl+Z) takes it back. Keep Theirs leaves the plan as it is now and puts "
                               "your words on the clipboard."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    const bool back = m_edit.item == PlanChange::Item::Task && !m_edit.existsIn(m_doc.plan());
    m_mine = buttons->addButton(back ? tr("&Add My Task Again") : tr("Keep &My Change"), QDialogButtonBox::AcceptRole);
    m_mine->setObjectName(QStringLiteral("ConflictKeepMineButton"));
    m_theirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
    m_theirs->setObjectName(QStringLiteral("ConflictKeepTheirsButton"));
    m_mine->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::keepMine);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_said);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(900, 420);
    fill();
}

QString ConflictDialog::itemWords(const RefusedEdit &edit)
{
    switch (edit.item) {
    case PlanChange::Item::Task: return tr("the task “%1”").arg(edit.taskSeen.title);
    case PlanChange::Item::Section: return tr("the heading “%1”").arg(edit.sectionSeen.title);
    case PlanChange::Item::Department: return tr("the unit “%1”").arg(edit.departmentSeen.name);
    case PlanChange::Item::Plan: return tr("the plan's details");
    }
    return QString();
}

void ConflictDialog::fill()
{
    const PlanData &now = m_doc.plan();
    const bool there = m_edit.existsIn(now);
    if (!there)
        m_said->setText(tr("Your change to %1 was not saved: %2 removed it after you opened the plan.")
                            .arg(itemWords(m_edit), m_edit.conflict.whoAndWhen()));
    else
        m_said->setText(tr("Your change to %1 was not saved: %2 changed it first, after you opened the plan. Here is "
                           "what each of you changed.")
                            .arg(itemWords(m_edit), m_edit.conflict.whoAndWhen()));
    const QList<RefusedEdit::Part> parts = m_edit.parts(now);
    m_table->setRowCount(int(parts.size()));
    const QString gone = tr("(removed)");
    for (int r = 0; r < parts.size(); ++r) {
        const RefusedEdit::Part &p = parts.at(r);
        const QStringList cells = {p.aspect, p.seen, p.mine, there ? p.now : gone};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            // What each side changed stands out.
            if ((c == 2 && p.mineChanged) || (c == 3 && p.nowChanged)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    const bool back = m_edit.item == PlanChange::Item::Task && now.sections.contains(m_edit.sectionOfTask);
    m_mine->setEnabled(there || back);
}

void ConflictDialog::keepMine()
{
    if (m_edit.nothingToKeep(m_doc.plan())) {
        m_outcome = tr("%1 is already as you made it.").arg(itemWords(m_edit));
        accept();
        return;
    }
    const QStringList gone = m_edit.unitsGone(m_doc.plan());
    // Written as any edit is (the plan's one door): refused again, it is said as usual, and the
    // words go to the clipboard rather than nowhere.
    if (edits::keepRefusedEdit(m_doc, m_edit)) {
        m_outcome = tr("Your change to %1 is saved.").arg(itemWords(m_edit));
        if (!gone.isEmpty())
            m_outcome += tr(" Units no longer in the plan were left out: %1.").arg(gone.join(QStringLiteral("、")));
    } else {
        QApplication::clipboard()->setText(m_edit.typedText());
        m_outcome = tr("Your change to %1 was not saved; what you typed is on the clipboard.").arg(itemWords(m_edit));
    }
    accept();
}

void ConflictDialog::reject()
{
    // Keep Theirs, Esc and the window's close button alike.
    const QString typed = m_edit.typedText();
    if (!typed.isEmpty()) {
        QApplication::clipboard()->setText(typed);
        m_outcome = tr("The plan stays as it is now; your words are on the clipboard.");
    } else {
        m_outcome = tr("The plan stays as it is now.");
    }
    QDialog::reject();
}

} // namespace ap
