#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace ap {

class ComparisonModel;
class PlanDocument;

// The plan's versions and what changed since one: the versions listed (name, when, by whom, how
// many tasks), the one chosen compared with the plan now or with a later version, a row per
// change with the parts as they were and are, and the reason typed in place (调整理由). A version can
// be removed here, after a question, or opened read-only in a window of its own to read, print and
// export as it was; none is ever changed. The changes print as the 调整对照表, alone
// or behind its 请示 or 通知 (previewed, then printed or saved as PDF or Word).
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    VersionsDialog(PlanDocument *doc, QWidget *parent = nullptr);

    // The version shown as the earlier one (0: none).
    qint64 currentVersion() const;
    void selectVersion(qint64 id);
    // The version the clerk asked to open read-only in a window of its own (0: none); the dialog
    // closes when asked.
    qint64 versionToOpen() const { return m_toOpen; }

private:
    void fillVersions();
    void fillAgainst();
    void compare();
    void removeVersion();
    void previewTable();

    PlanDocument *m_doc;
    QTreeWidget *m_versions;
    QComboBox *m_against;
    QLabel *m_summary;
    QTableView *m_changes;
    ComparisonModel *m_model;
    QPushButton *m_remove;
    QPushButton *m_open;
    QComboBox *m_cover;
    QPushButton *m_preview;
    qint64 m_toOpen = 0;
    QList<qint64> m_listed;   // the versions' ids as listed, to tell a new version from a reason
};

} // namespace ap
