#include "gridview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace ap {

GridView::GridView(QWidget *parent)
    : QTableView(parent)
{
    // Tab is the view's own (focusNextPrevChild): Qt's wraps from the last cell to the first and
    // never lets the focus go.
    setTabKeyNavigation(false);
    setEditTriggers(EditKeyPressed | DoubleClicked | AnyKeyPressed);
}

QWidget *GridView::openEditor() const
{
    return state() == EditingState ? indexWidget(currentIndex()) : nullptr;
}

QModelIndex GridView::neighbourCell(const QModelIndex &from, bool forward) const
{
    if (!model())
        return {};
    const int rows = model()->rowCount(rootIndex());
    const int columns = horizontalHeader()->count();
    if (rows == 0 || columns == 0)
        return {};
    // Reading order is the order the columns show in (the clerk may have moved them).
    int row = from.isValid() ? from.row() : (forward ? 0 : rows - 1);
    int visual = from.isValid() ? horizontalHeader()->visualIndex(from.column()) : (forward ? -1 : columns);
    for (int step = 0; step < rows * columns; ++step) {
        visual += forward ? 1 : -1;
        if (visual >= columns) {
            visual = 0;
            ++row;
        } else if (visual < 0) {
            visual = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        const int column = horizontalHeader()->logicalIndex(visual);
        if (isColumnHidden(column))
            continue;
        const QModelIndex cell = model()->index(row, column, rootIndex());
        if (model()->flags(cell) & Qt::ItemIsEditable)
            return cell;
    }
    return {};
}

bool GridView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool opened = QTableView::edit(index, trigger, event);
    if (opened)
        if (QWidget *editor = indexWidget(index))
            watchEditor(editor);
    return opened;
}

void GridView::watchEditor(QWidget *editor)
{
    // Installed after the delegate's own filter, so these run first and the keys mean the same
    // in every kind of cell.
    QList<QWidget *> fields = editor->findChildren<QWidget *>();
    fields.prepend(editor);
    for (QWidget *w : fields) {
        w->installEventFilter(this);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            if (QCompleter *completer = line->completer())
                completer->popup()->installEventFilter(this);
    }
}

bool GridView::moveFor(const QKeyEvent *key, Move *move)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Tab: *move = mods & Qt::ShiftModifier ? Move::Previous : Move::Next; return true;
    case Qt::Key_Backtab: *move = Move::Previous; return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: *move = mods & Qt::ShiftModifier ? Move::Up : Move::Down; return true;
    default: return false;
    }
}

bool GridView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QTableView::eventFilter(watched, event);
    QWidget *editor = openEditor();
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!editor || !widget)
        return QTableView::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (widget != editor && !editor->isAncestorOf(widget))
        return popupKey(watched, key);
    if (key->matches(QKeySequence::Cancel)) {
        closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
        setFocus();
        return true;
    }
    Move move;
    if (!moveFor(key, &move))
        return QTableView::eventFilter(watched, event);
    finishEditing(editor, move);
    return true;
}

bool GridView::popupKey(QObject *popup, QKeyEvent *key)
{
    Move move;
    auto *list = qobject_cast<QAbstractItemView *>(popup);
    QWidget *editor = openEditor();
    if (!list || !editor || !moveFor(key, &move))
        return false;
    QList<QLineEdit *> lines = editor->findChildren<QLineEdit *>();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        lines.prepend(line);
    for (QLineEdit *line : lines) {
        QCompleter *completer = line->completer();
        if (!completer || completer->popup() != list)
            continue;
        // The highlighted name is taken, as the completer would; a name typed in full stays.
        if (list->currentIndex().isValid())
            line->setText(completer->pathFromIndex(list->currentIndex()));
        list->hide();
        finishEditing(editor, move);
        return true;
    }
    return false;
}

void GridView::finishEditing(QWidget *editor, Move move)
{
    bool accepted = true;
    if (editor->metaObject()->indexOfMethod("acceptTyped()") >= 0)
        QMetaObject::invokeMethod(editor, "acceptTyped", Qt::DirectConnection, Q_RETURN_ARG(bool, accepted));
    if (!accepted)
        return;
    const QPersistentModelIndex from = currentIndex();
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    setFocus();
    moveFrom(from, move);
}

void GridView::moveFrom(const QModelIndex &from, Move move)
{
    QModelIndex to;
    switch (move) {
    case Move::Next:
    case Move::Previous:
        to = neighbourCell(from, move == Move::Next);
        if (!to.isValid()) {
            // Past the table's last (or first) cell the focus goes on, as from any field.
            QTableView::focusNextPrevChild(move == Move::Next);
            return;
        }
        break;
    case Move::Down:
    case Move::Up:
        if (!from.isValid())
            return;
        to = from.sibling(from.row() + (move == Move::Down ? 1 : -1), from.column());
        if (!to.isValid())
            return;
        break;
    }
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
    if (selectionBehavior() == SelectRows)
        flags |= QItemSelectionModel::Rows;
    selectionModel()->setCurrentIndex(to, flags);
    scrollTo(to);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    Move move;
    if (state() != EditingState && moveFor(event, &move) && (move == Move::Down || move == Move::Up)) {
        const QModelIndex current = currentIndex();
        const int rows = model() ? model()->rowCount(rootIndex()) : 0;
        const bool onLastRow = rows == 0 || (current.isValid() && current.row() == rows - 1);
        if (move == Move::Down && onLastRow) {
            if (m_appendsRows)
                emit rowAppendRequested();
        } else {
            moveFrom(current, move);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void GridView::inputMethodEvent(QInputMethodEvent *event)
{
    QTableView::inputMethodEvent(event);
    // The first character typed in Chinese opens the cell's editor while the view keeps the focus
    // until the input method commits; once it has, the rest goes to the editor (a composite
    // editor's field included, which Qt leaves without the focus).
    if (event->commitString().isEmpty())
        return;
    if (QWidget *editor = openEditor())
        if (!editor->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != editor)
            editor->setFocus(Qt::OtherFocusReason);
}

bool GridView::focusNextPrevChild(bool next)
{
    if (QWidget *editor = openEditor()) {
        finishEditing(editor, next ? Move::Next : Move::Previous);
        return true;
    }
    if (hasFocus()) {
        const QModelIndex to = neighbourCell(currentIndex(), next);
        if (to.isValid()) {
            moveFrom(currentIndex(), next ? Move::Next : Move::Previous);
            return true;
        }
    }
    return QTableView::focusNextPrevChild(next);
}

} // namespace ap
