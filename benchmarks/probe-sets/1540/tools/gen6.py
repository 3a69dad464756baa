"""p1540-6: national newspaper: paper packaging export orders; a maker in TP Tân Uyên (Bình Dương); VPPA national data."""
from lib import fig, period, inherit, change, target, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 12/11/2024, 06:00 (GMT+7)

Doanh nghiệp bao bì giấy kín đơn hàng đến quý I/2025

Nhiều nhà máy bao bì giấy ở Bình Dương chạy hết công suất khi các nhà bán lẻ châu Âu siết quy định về bao bì nhựa.

Tại nhà máy của Công ty TNHH Bao bì Sóng Việt ở TP Tân Uyên, công nhân làm việc cả ngày lẫn đêm để kịp giao lô hàng 1,2 triệu túi giấy cho đối tác bán lẻ tại Đức. Ông Trần Minh Khoa, Giám đốc công ty, cho biết 10 tháng đầu năm nay, doanh nghiệp xuất khẩu khoảng 46 triệu túi và hộp giấy, gấp 1,8 lần cùng kỳ năm ngoái; kim ngạch đạt 9,4 triệu USD.

"Mỗi chiếc túi giấy xuất đi có giá 0,08-0,15 USD, đắt hơn túi nhựa nhưng khách châu Âu vẫn chọn vì dễ tái chế", ông Khoa nói. Công ty hiện có 520 công nhân và dự kiến tuyển thêm khoảng 80 người trong quý I/2025.

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), 10 tháng năm 2024, xuất khẩu giấy và sản phẩm từ giấy của cả nước đạt hơn 1,2 tỷ USD, tăng 24% so với cùng kỳ; riêng bao bì giấy chiếm khoảng 35%. Tiêu thụ giấy bao bì trong nước 10 tháng ước đạt 4,9 triệu tấn, tăng 6,5% so với cùng kỳ. Giá giấy kraft nguyên liệu trong nước hiện ở mức 14.500 đồng/kg, tăng khoảng 12% so với đầu năm; doanh nghiệp trong nước mới tự chủ được dưới 40% nhu cầu bột giấy.

Bình Dương, địa phương có sản lượng bao bì giấy lớn nhất cả nước, hiện có hơn 300 doanh nghiệp bao bì, trong đó khoảng 120 doanh nghiệp có vốn FDI. VPPA dự báo năm 2025 xuất khẩu bao bì giấy có thể tăng 15-20% nếu doanh nghiệp đáp ứng tiêu chuẩn FSC về nguồn gốc nguyên liệu.

Hải Nam
"""

M10 = period("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
M10N = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10S = period("10 tháng", "2024-01-01", "2024-10-31")
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
TU, VN, BD = "Tân Uyên", "Việt Nam", "Bình Dương"

FIGS = [
    fig("lô hàng 1,2 triệu", "1,2", 1.2e6, "count", "túi giấy",
        subject="lô hàng túi giấy giao cho đối tác bán lẻ tại Đức", location=TU),
    fig("khoảng 46 triệu", "46", 46e6, "count", "túi và hộp giấy", approx="about",
        change=change("increase", 1.8, "lần", "cùng kỳ năm ngoái"),
        subject="túi và hộp giấy doanh nghiệp xuất khẩu", period=M10, location=TU),
    fig("đạt 9,4 triệu", "9,4", 9.4e6, "money", "USD", subject="kim ngạch xuất khẩu của doanh nghiệp",
        period=M10, location=TU),
    fig("giá 0,08-0,15", "0,08", 0.08, "money", "USD/chiếc", value_max=0.15,
        subject="giá mỗi chiếc túi giấy xuất khẩu", location=TU),
    fig("có 520 công nhân", "520", 520, "count", "công nhân", subject="công nhân của công ty", location=TU),
    fig("khoảng 80 người", "80", 80, "count", "người", approx="about", status="forecast",
        subject="công nhân công ty tuyển thêm", period=Q1, location=TU),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="over", change=change("increase", 24, "%", "cùng kỳ"),
        subject="xuất khẩu giấy và sản phẩm từ giấy của cả nước", period=M10N, location=VN),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ trọng bao bì giấy trong xuất khẩu giấy và sản phẩm từ giấy", period=M10N, location=VN),
    fig("ước đạt 4,9 triệu", "4,9", 4.9e6, "measure", "tấn", status="estimate",
        change=change("increase", 6.5, "%", "cùng kỳ"), subject="tiêu thụ giấy bao bì trong nước",
        period=M10S, location=VN),
    fig("mức 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg",
        change=change("increase", 12, "%", "đầu năm", approx="about"),
        subject="giá giấy kraft nguyên liệu trong nước", location=VN),
    fig("dưới 40%", "40", 40, "percent", "%", approx="under",
        subject="tỷ lệ nhu cầu bột giấy doanh nghiệp trong nước tự chủ được", location=VN),
    fig("hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp bao bì", location=BD),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about", total=300,
        subject="doanh nghiệp có vốn FDI", location=BD),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="xuất khẩu bao bì giấy", period=Y25, location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ ba, 12/11/2024, 06:00 (GMT+7)', headline, sapo, quote, byline.",
    "Distractors: 06:00, '(GMT+7)', 'quý I/2025' in the headline (a date), 'FSC', the adverbial 'cả ngày lẫn đêm'.",
    "Locations: the company passage → Tân Uyên (TP Tân Uyên); VPPA national figures → Việt Nam; 'Bình Dương ... hiện có' → Bình Dương.",
    "Đức is a trade partner, not a place of the figure. The article has no default location.",
    "'10 tháng đầu năm nay' → 2024 (published); '10 tháng' (no year) → 2024 from the nearest earlier period.",
    "'gấp 1,8 lần cùng kỳ năm ngoái' → change ×1,8 lần. 'Mỗi chiếc túi ... giá 0,08-0,15 USD' → money range, unit USD/chiếc.",
    "'riêng bao bì giấy chiếm khoảng 35%' is a percent figure of its own (share of a part). 'trong đó khoảng 120' → total 300.",
    "'hiện ở mức 14.500 đồng/kg, tăng khoảng 12% so với đầu năm' → change with approx about; standing price, no period.",
    "'mới tự chủ được dưới 40%' → percent, under. Both are national (VPPA paragraph, 'trong nước').",
    "'dự kiến' and 'dự báo' → forecast. 'tăng 15-20%' is a growth rate as the claim (no change object).",
]

if __name__ == "__main__":
    write("p1540-6", TEXT, NOTES, FIGS, published="2024-11-12")
