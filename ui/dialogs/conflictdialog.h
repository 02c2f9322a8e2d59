#pragma once

#include "document/refusededit.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// The clerk's edit of a shared plan that someone else's change beat to the server (a conflict),
// shown once the plan has been read again: who changed the item and when, then each part either
// of them changed as the clerk saw it, as the clerk made it, and as it is now, side by side. The
// clerk chooses: Keep My Change writes the clerk's parts over theirs (the other parts stay theirs;
// one undo step), Keep Theirs leaves the plan as it is and puts the clerk's words on the
// clipboard, so that nothing typed is thrown away either way.
namespace ap {

class PlanDocument;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(PlanDocument &doc, RefusedEdit edit, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // What became of it, for the window to say: empty until chosen.
    QString outcome() const { return m_outcome; }
    // Keep Theirs (also Esc and the close button): the clerk's words go to the clipboard.
    void reject() override;

    // The item's name as the clerk knows it: "任务“……”", "标题“……”" …
    static QString itemWords(const RefusedEdit &edit);

private:
    void fill();
    void keepMine();


    PlanDocument &m_doc;
    RefusedEdit m_edit;
    QLabel *m_said;
    QTableWidget *m_table;
    QPushButton *m_mine;
    QPushButton *m_theirs;
    QString m_outcome;
};

} // namespace ap
