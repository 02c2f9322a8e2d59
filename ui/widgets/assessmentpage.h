#pragma once

#include "domain/plan.h"
#include "widgets/viewplace.h"

#include <optional>

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace ap {

class AssessmentAwardModel;
class AssessmentExtraModel;
class AssessmentSchemeModel;
class AssessmentScoreModel;
class GridView;
class PlanDocument;

// The year end's page (Plan ▸ 年度考核): the units ranked by score with their tiers; the chosen
// unit's items with what was reached, the computed points, its 自评 and the 复核 typed in place
// (Tab and Enter as in a spreadsheet); the scheme's table (points and rule per task, made from the
// plan in one click); and the documents — the 考核细则, the 考核结果通报, a unit's 考核得分表, the
// draft 年度工作总结 and the table of targets planned and achieved — each shown before it is printed
// or saved; publishing the result closes the marks.
class AssessmentPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPage(PlanDocument *doc, QWidget *parent = nullptr);

    GridView *scoreView() const { return m_scoreView; }
    GridView *schemeView() const { return m_schemeView; }
    QTableWidget *ranking() const { return m_ranking; }
    // The tiers as the page writes and reads them: "优秀 90，良好 80，合格 60，不合格 0"; nullopt when a
    // part names no tier with its least score.
    static QString tiersText(const QList<AssessmentTier> &tiers);
    static std::optional<QList<AssessmentTier>> parseTiers(const QString &text);
    // Shows unit's items (as a click on its row of the ranking does).
    void showUnit(Id departmentId);

Q_SIGNALS:
    // The table of targets planned and achieved (the monitor's year-end table) is asked for.
    void targetsTableRequested();
    // A message for the status line (a value refused, a change made).
    void message(const QString &text);

protected:
    // Hidden (another page shown), its models and labels wait; shown, what changed meanwhile is
    // computed once.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The bonus and veto items and the grid of what each unit was given.
    QWidget *extrasPage();
    void makeScheme();
    void writeTiers();
    void setPublished(bool published);
    void refresh();
    void refreshRanking();
    // Refreshed now while live, else when shown again.
    void refreshWhenLive();
    void preview(int kind);
    void previewSummary();

    PlanDocument *m_doc;
    AssessmentScoreModel *m_scores;
    AssessmentSchemeModel *m_scheme;
    AssessmentExtraModel *m_extras;
    AssessmentAwardModel *m_awards;
    bool m_live = true;          // false between hideEvent and showEvent
    bool m_refreshDue = false;   // changed while not live
    // Where the clerk was in the two long tables when the page was left: their rows are made
    // again when it comes back after a change.
    ViewPlace m_scorePlace;
    ViewPlace m_schemePlace;
    GridView *m_extraView = nullptr;
    QList<QPushButton *> m_extraButtons;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_ranking;
    GridView *m_scoreView;
    GridView *m_schemeView;
    QLabel *m_schemeTotal;
    QLineEdit *m_tiers;
    QPushButton *m_make;
    QPushButton *m_publish;
    QPushButton *m_unitSheet;
};

} // namespace ap
