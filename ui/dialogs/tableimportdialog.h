#pragma once

#include "import/tableimport.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTableWidget;

// The column mapping of a spreadsheet import: which column is the task title, the targets, the
// lead units…, guessed from the header and remembered per header layout, so next quarter's
// table from the same office maps itself. Shows the first rows as they will be read.
namespace ap {

class TableImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, NewPlan, AddToOpenPlan };

    TableImportDialog(const QList<QStringList> &rows, const QString &fileName, bool canAddToOpenPlan,
                      QWidget *parent = nullptr);

    TableMapping mapping() const;
    Outcome outcome() const { return m_outcome; }
    QComboBox *fieldBox(int column) const { return m_boxes.value(column); }

    // The key under which a mapping is remembered: the header texts of the guessed layout.
    static QString rememberKey(const QList<QStringList> &rows);

private:
    void rebuild();
    void remember() const;
    void finish(Outcome outcome);

    QList<QStringList> m_rows;
    TableMapping m_guess;
    QList<QComboBox *> m_boxes;
    QSpinBox *m_firstHeader = nullptr;
    QSpinBox *m_headerRows = nullptr;
    QTableWidget *m_preview = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_status = nullptr;
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace ap
