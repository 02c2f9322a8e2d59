#pragma once

#include "printeddocument.h"
#include "printlayout.h"

// The parts of a 公文 outside the running text (GB/T 9704-2012 7.2 and 7.4), painted on the
// body flow's page: the issuer mark in red with the red line under the 版头, and the 版记 at the
// foot of the last page. Private to core/print.
namespace ap::printlayout {

// The 发文机关标志: red, centred, its top 35 mm into the text block, as large as fits the block's
// width up to 15 mm a character. Returns the bottom of the mark.
double paintIssuerMark(Canvas &canvas, const BodyFlow &body, const QString &text, const PrintFonts &fonts);

// The red line across the text block at y (4 mm under the 发文字号).
void paintRedLine(Canvas &canvas, const BodyFlow &body, double y);

// The 版记 on the last lines of the page: a thick rule, 抄送 (its lines under the first name),
// a thin rule, 印发机关 one character in and 印发日期 one character from the right, and a thick
// rule on the block's bottom edge; in 4号.
class RecordBlock
{
public:
    RecordBlock(Canvas &canvas, const BodyFlow &body, const PrintedRecord &record, const PrintFonts &fonts);

    // The grid lines it takes.
    int lines() const { return int(m_copies.size()) + (m_printed ? 1 : 0); }
    void paint();

private:
    Canvas &m_c;
    const BodyFlow &m_body;
    PrintedRecord m_record;
    QFont m_font;
    double m_em;
    QList<QString> m_copies;   // the 抄送 lines, "抄送：" not among them
    bool m_printed;
};

} // namespace ap::printlayout
