#pragma once

#include "import/planimport.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

// The review screen of an import: the document's text on the left with what was recognised
// highlighted (headings, work items, targets, responsibility clauses), the extracted plan on
// the right for correction. Nothing is written here; the caller writes result() in one
// transaction, as a new plan or as one undo step in the open plan.
namespace ap {

class ImportReviewModel;

class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, NewPlan, AddToOpenPlan };

    ImportReviewDialog(const ImportResult &result, const QString &fileName, bool canAddToOpenPlan,
                       QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    Outcome outcome() const { return m_outcome; }
    ImportResult result() const;
    ImportReviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *sourceView() const { return m_source; }
    // Whether the clerk changed anything: a cell, a tick, a level, the title or the year.
    bool isCorrected() const { return m_corrected; }

    // Esc and Cancel ask first when the review holds corrections.
    void reject() override;

private:
    void highlightSource();
    void showSourceOf(int row);
    void updateSummary();
    void shiftLevel(int delta);
    void splitHere();
    QHBoxLayout *guessButtons(QWidget *parent);
    void goToGuess(bool forward);
    void finish(Outcome outcome);

    ImportReviewModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_guesses = nullptr;
    bool m_walkedGuesses = false;   // F8 pressed at least once
    Outcome m_outcome = Outcome::Cancelled;
    bool m_corrected = false;
};

} // namespace ap
