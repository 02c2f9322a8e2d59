#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// The reports of a server plan waiting on this computer to be sent (发件箱): task, period, when
// typed, and whether it waits for the server or was refused (with the reason). Send Now tries
// them all again; Copy Text puts the selected report's words on the clipboard (to send another
// way); Discard takes it out for good, once the clerk has said so.
namespace ap {

class PlanDocument;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    OutboxDialog(PlanDocument &doc, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void fill();
    void sendNow();
    void copyText();
    void discard();
    QString selectedKey() const;

    PlanDocument &m_doc;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_send;
    QPushButton *m_copy;
    QPushButton *m_discard;
};

} // namespace ap
