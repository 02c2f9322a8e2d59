#include "targetsdelegate.h"

#include "document/plandocument.h"
#include "domain/targettext.h"

#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolTip>

namespace ap {

TargetsDelegate::TargetsDelegate(const PlanDocument *doc, QObject *parent)
    : QStyledItemDelegate(parent), m_doc(doc)
{
}

QString TargetsDelegate::understanding(const QString &text, int year)
{
    QStringList doubts;
    const QList<Target> targets = parseTargets(text, year, &doubts);
    if (targets.isEmpty())
        return tr("No targets.");
    QStringList lines;
    for (const Target &t : targets)
        lines << tr("Understood: %1").arg(targetSummary(t));
    for (const QString &part : doubts)
        lines << tr("Not understood, kept as typed: “%1” (write it as 签约率≥85%（2025年为80%）)").arg(part);
    return lines.join(QLatin1Char('\n'));
}

QWidget *TargetsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const int year = m_doc ? m_doc->plan().info.year : 0;
        connect(line, &QLineEdit::textEdited, line, [line, year](const QString &text) {
            QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), understanding(text, year), line);
        });
    }
    return editor;
}

void TargetsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QStyledItemDelegate::setModelData(editor, model, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    QStringList doubts;
    parseTargets(line->text(), m_doc ? m_doc->plan().info.year : 0, &doubts);
    if (doubts.isEmpty())
        return;
    if (auto *main = qobject_cast<QMainWindow *>(editor->window()))
        main->statusBar()->showMessage(
            tr("Part of the targets was not understood and is kept as typed: “%1”. Write a target as "
               "签约率≥85%（2025年为80%）.")
                .arg(doubts.join(QStringLiteral("；"))),
            15000);
}

} // namespace ap
