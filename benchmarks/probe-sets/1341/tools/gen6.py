"""p1341-6: ministry site (Bộ Nông nghiệp và Môi trường, Cục Thủy sản và Kiểm ngư): the national system of marine protected areas."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Thủy sản

Mở rộng hệ thống khu bảo tồn biển, hướng tới mục tiêu 6% diện tích vùng biển

09/06/2025 | 14:30 | Cục Thủy sản và Kiểm ngư

Hưởng ứng Ngày Đại dương thế giới 8/6, Cục Thủy sản và Kiểm ngư cho biết, đến nay cả nước đã thành lập 12/16 khu bảo tồn biển theo quy hoạch giai đoạn đến năm 2020, với tổng diện tích khoảng 98.000 ha, chiếm chưa đến 0,1% diện tích vùng biển Việt Nam. Các khu có diện tích lớn nhất lần lượt là Phú Quốc (18.700 ha), Côn Đảo (14.000 ha) và Lý Sơn (7.925 ha). Với hệ thống này, Việt Nam xếp thứ 4 khu vực Đông Nam Á về số lượng khu bảo tồn biển.

Quy hoạch bảo vệ và khai thác nguồn lợi thủy sản thời kỳ 2021-2030 (Quyết định số 389/QĐ-TTg) xác định thành lập mới 15 khu, nâng tổng số lên 27 khu bảo tồn biển với tổng diện tích khoảng 463.000 ha. Mục tiêu đến năm 2030, diện tích các khu bảo tồn biển, ven biển đạt 6% diện tích tự nhiên vùng biển quốc gia theo Nghị quyết số 36-NQ/TW.

Năm 2024, lực lượng kiểm ngư và các ban quản lý đã cứu hộ, thả về biển hơn 1.200 cá thể sinh vật biển quý hiếm, gấp 1,5 lần năm 2023, trong đó rùa biển chiếm khoảng 70%. Kinh phí ngân sách trung ương hỗ trợ các khu bảo tồn biển năm 2024 đạt 46,8 tỷ đồng, tăng 8,5% so với năm trước.

Tuy nhiên, khoảng 40% rạn san hô trong các khu bảo tồn biển đang ở tình trạng nghèo hoặc rất nghèo; số cán bộ chuyên trách bình quân chỉ 8-10 người/khu, trong khi mỗi khu quản lý hàng nghìn héc-ta mặt nước.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

NOW = per("đến nay", None, "2025-06-09")
PLAN = per("thời kỳ 2021-2030", "2021-01-01", "2030-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("mục tiêu 6% diện tích", "6", 6, "percent", "%", status="target",
        subject="diện tích khu bảo tồn biển trong diện tích vùng biển"),
    fig("thành lập 12/16", "12", 12, "count", "khu bảo tồn biển", target=tgt(16, "khu bảo tồn biển", met=False),
        subject="khu bảo tồn biển đã thành lập theo quy hoạch", period=NOW),
    fig("khoảng 98.000 ha", "98.000", 98000, "measure", "ha", approx="about", percent=0.1,
        subject="tổng diện tích các khu bảo tồn biển đã thành lập", period=NOW),
    fig("Phú Quốc (18.700 ha)", "18.700", 18700, "measure", "ha", subject="diện tích khu bảo tồn biển",
        location="Phú Quốc"),
    fig("Côn Đảo (14.000 ha)", "14.000", 14000, "measure", "ha", subject="diện tích khu bảo tồn biển",
        location="Côn Đảo"),
    fig("Lý Sơn (7.925 ha)", "7.925", 7925, "measure", "ha", subject="diện tích khu bảo tồn biển",
        location="Lý Sơn"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="số lượng khu bảo tồn biển khu vực Đông Nam Á"),
    fig("thành lập mới 15 khu", "15", 15, "count", "khu", status="target",
        subject="khu bảo tồn biển thành lập mới", period=PLAN),
    fig("lên 27 khu", "27", 27, "count", "khu bảo tồn biển", status="target", subject="tổng số khu bảo tồn biển",
        period=PLAN),
    fig("khoảng 463.000 ha", "463.000", 463000, "measure", "ha", approx="about", status="target",
        subject="tổng diện tích khu bảo tồn biển", period=PLAN),
    fig("đạt 6% diện tích", "6", 6, "percent", "%", status="target",
        subject="diện tích các khu bảo tồn biển, ven biển trong diện tích tự nhiên vùng biển quốc gia", period=T30),
    fig("hơn 1.200 cá thể", "1.200", 1200, "count", "cá thể", approx="over",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="sinh vật biển quý hiếm được cứu hộ, thả về biển",
        period=Y24),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="rùa biển trong số cá thể được cứu hộ", period=Y24),
    fig("đạt 46,8 tỷ", "46,8", 46.8e9, "money", "đồng", change=chg("increase", 8.5, "%", "năm trước"),
        subject="kinh phí ngân sách trung ương hỗ trợ các khu bảo tồn biển", period=Y24b),
    fig("khoảng 40% rạn", "40", 40, "percent", "%", approx="about",
        subject="rạn san hô trong các khu bảo tồn biển ở tình trạng nghèo hoặc rất nghèo"),
    fig("chỉ 8-10 người", "8", 8, "measure", "người/khu", value_max=10, subject="số cán bộ chuyên trách bình quân"),
    fig("hàng nghìn héc-ta", "hàng nghìn", 1000, "measure", "héc-ta", approx="over",
        subject="diện tích mặt nước mỗi khu quản lý", optional=True),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và Môi trường): breadcrumb, '09/06/2025 | 14:30 | Cục Thủy sản và Kiểm ngư', address footer.",
    "Distractors: 'Ngày Đại dương thế giới 8/6', 'giai đoạn đến năm 2020', 'thời kỳ 2021-2030', 'Quyết định số 389/QĐ-TTg',",
    "'Nghị quyết số 36-NQ/TW', 'Số 2 Ngọc Hà', phone, dateline and time.",
    "National figures: location Việt Nam; the 'lần lượt' list items Phú Quốc, Côn Đảo, Lý Sơn are places → location, subject =",
    "the list's indicator. The headline 'mục tiêu 6%' is a target figure (no period in the headline).",
    "'12/16 khu bảo tồn biển theo quy hoạch': the 16 is the plan's number → target 16 (met false), not a total (FIGURES.md",
    "'Result against plan'). 'đến nay' is an as-of date = dateline (start null). 'chiếm chưa đến 0,1%' → percent 0.1.",
    "revised after the first run: 12/16 had total 16; the second number is the plan ('theo quy hoạch'), so it is the target.",
    "'Quy hoạch ... xác định thành lập mới 15 khu, nâng tổng số lên 27 khu ... 463.000 ha' is a plan → target, period 2021-2030.",
    "'gấp 1,5 lần năm 2023' is the change of 1.200 cá thể (1,5 lần). 'trong đó rùa biển chiếm khoảng 70%' is a share of a part:",
    "its own percent figure. '8-10 người/khu' is a rate (measure). 'hàng nghìn héc-ta' is a vague magnitude (optional).",
]

if __name__ == "__main__":
    write("p1341-6", TEXT, NOTES, FIGS, published="2025-06-09", location="Việt Nam")
