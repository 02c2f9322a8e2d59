#pragma once

#include <QObject>
#include <QPointer>

class QTableView;

namespace ap {

// Keeps the rows in view of a table as tall as their wrapped words, and only those: a header in
// ResizeToContents mode measures every row at every change and every layout (the assessment
// page's scheme, a row a task, took 4 s to appear at 10,000 tasks and half a second an edit after
// it had been shown). Rows are fitted when the table is scrolled, resized or its model changes,
// once per event-loop turn; a row out of view keeps its height until it comes into view.
class VisibleRowFitter : public QObject
{
    Q_OBJECT
public:
    // Fits view's rows from now on; owned by the view.
    static VisibleRowFitter *attach(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit VisibleRowFitter(QTableView *view);
    void watchModel();
    void later();
    void fit();

    QTableView *m_view;
    QObject *m_viewport;         // only compared: heard while the view is being destroyed
    QPointer<QObject> m_model;   // the model whose changes are heard
    bool m_pending = false;
};

} // namespace ap
