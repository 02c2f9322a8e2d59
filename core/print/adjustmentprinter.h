#pragma once

#include "document/plandocument.h"
#include "document/versioncomparison.h"
#include "printeddocument.h"
#include "printfonts.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

// The 调整对照表 of a mid-year adjustment through the print engine, in the 公文 layout as PDF and
// .docx: a landscape table (序号 / 原内容 / 调整后内容 / 调整理由) grouped by the plan's sections,
// each change as the comparison finds it with the reason typed for it; optionally behind a cover,
// the 请示 asking for the adjustment or the 通知 issuing it (the plan's 版头, 主送机关 and 版记
// when it is issued by notice), the table as its annex.
namespace ap {

class AdjustmentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::AdjustmentPrinter)
public:
    enum class Cover { None, Request, Notice };

    // issued: the date the cover is signed on (default today).
    AdjustmentPrinter(const PlanDocument &doc, const VersionComparison &comparison, Cover cover = Cover::None,
                      const QDate &issued = QDate(), const PrintFonts &fonts = PrintFonts::defaults());

    // The table's title, "《2026年…计划》调整对照表"; the document's is the cover's when there is one.
    QString tableTitle() const;
    QString title() const;
    PrintedTable table() const;
    PrintedDocument content() const;
    int paint(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writeDocx(const QString &path, QString *error) const;

    // The cover's words: what is adjusted, how many changes of each kind.
    QString coverText() const;

private:
    static QString text(const char *source);
    QList<PrintedParagraph> cover() const;

    const PlanDocument &m_doc;
    const VersionComparison &m_comparison;
    Cover m_cover;
    QDate m_issued;
    PrintFonts m_fonts;
};

} // namespace ap
