#pragma once

#include <QTableView>

namespace ap {

// A table typed into as a spreadsheet is, whatever kind of editor a cell has (a line, a date, a
// department with its completer, a number, a choice): Tab and Shift+Tab write the cell and move to
// the next or previous editable cell, row after row, and out of the table past either end; Enter
// writes it and moves down (Shift+Enter up), and Enter on the last row, when not editing, asks for
// a new row; Esc drops what the cell's editor holds; F2 and typing start editing; arrows move.
// A composite editor's inner field and a completer's popup hand these keys to the view, so no key
// is lost and the focus never leaves for another view while a cell is being edited. An editor
// with a Q_INVOKABLE bool acceptTyped() may refuse what it holds: it stays open and says why.
class GridView : public QTableView
{
    Q_OBJECT
public:
    explicit GridView(QWidget *parent = nullptr);
    using QTableView::edit;

    // Whether a cell's editor is open.
    bool isEditing() const { return state() == EditingState; }

    // Whether Enter on the last row asks for a new row (rowAppendRequested).
    void setAppendsRows(bool on) { m_appendsRows = on; }

    // The editable cell after (forward) or before from in reading order over the visible columns;
    // invalid past the table's end.
    QModelIndex neighbourCell(const QModelIndex &from, bool forward) const;

signals:
    // Enter on the last row: the owner adds a row where adding is allowed.
    void rowAppendRequested();

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Move { Next, Previous, Down, Up };
    // The editor open on the current cell, if any.
    QWidget *openEditor() const;
    // Listens to the keys of editor's inner fields and of the popups of its completers.
    void watchEditor(QWidget *editor);
    // A completer popup's Enter or Tab: takes the highlighted name, then the key moves on.
    bool popupKey(QObject *popup, QKeyEvent *key);
    // Writes the editor's cell and closes it, then moves; nothing when the editor refuses what it
    // holds (it stays open and has said why).
    void finishEditing(QWidget *editor, Move move);
    void moveFrom(const QModelIndex &from, Move move);
    static bool moveFor(const QKeyEvent *key, Move *move);

    bool m_appendsRows = false;
};

} // namespace ap
