# The Debian package, made by CPack from the install rules (scripts/package.sh runs it):
# build/annualplan_VERSION_ARCH.deb, its dependencies computed by dpkg-shlibdeps plus what the
# program loads at run time that no library link shows.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME annualplan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The AnnualPlan developers")
set(CPACK_PACKAGE_CONTACT "${ANNUALPLAN_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "annual work plans: draft, print as 公文, monitor (年度计划)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ANNUALPLAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ANNUALPLAN_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: the SQLite and PostgreSQL drivers, libpq (for a server login), the window system plugins,
# Qt's own Chinese texts, and free CJK fonts for printing where the 公文 fonts are not installed.
# LibreOffice is only recommended: it reads old .doc/.wps files for import.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libpq5 (>= 10), qt6-qpa-plugins, qt6-translations-l10n, fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei")
# The free fonts nearest the 公文's (see core/print/printfonts.h): the print takes them where the
# GB/T 9704 fonts are not installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, texlive-lang-chinese, fonts-lxgw-wenkai, poppler-utils, libreoffice-writer-nogui | libreoffice-writer")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The long description (CPack puts the summary above it): English, then Chinese.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "AnnualPlan is for the office of a public body that drafts the annual work
plan: sections and work items with quantified targets, baselines, deadlines
and lead and cooperating departments. It prints the plan as a formal official
document (GB/T 9704) with its annex tables, monitors it through the year with
progress reports, return forms and a dashboard, and starts next year's plan
from last year's file or from a Word, text or Excel document. Every change is
saved at once in a crash-safe file.
.
年度计划供起草年度工作计划的科室使用：章节、任务、量化目标、基数、完成时限、
牵头和配合单位。按 GB/T 9704 印制公文及附件表格，以进展填报、填报表和调度面板
全年调度，由上年计划或 Word、文本、Excel 文件生成新计划。每次修改即时保存。")
include(CPack)
