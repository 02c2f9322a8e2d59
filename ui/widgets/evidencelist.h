#pragma once

#include "domain/evidence.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// The evidence files (佐证材料) a report being typed will carry: added by 添加佐证材料… (several
// at once) or dropped from the desktop, each checked as it comes in (EvidenceIntake: its kind by
// its content, its size) and refused in words under the list, where it was added; removed with
// 移除 or Delete. Files the report corrects carried are named beside it: they stay with that report.
namespace ap {

class EvidenceList : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceList(QWidget *parent = nullptr);

    // The files added, with their bytes.
    QList<EvidenceFile> files() const { return m_files; }
    // Adds the files at paths, each checked; what is refused is said under the list.
    void addFiles(const QStringList &paths);
    // The earlier report's files, named (they stay with it), or none.
    void setEarlier(const QList<EvidenceFile> &earlier);
    void clear();
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();
    void showFiles();

    QList<EvidenceFile> m_files;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_earlier;
    QLabel *m_problem;
};

} // namespace ap
