"""p1512-8: provincial radio/TV site (Vĩnh Phúc): a Korean-invested ironing-board plant opens in Bình Xuyên."""
from lib import F, P, I, C, T, write

TEXT = """Đài Phát thanh và Truyền hình Vĩnh Phúc
Thời sự | Kinh tế | Xã hội | Video

Nhà máy sản xuất cầu là 45 triệu USD đi vào hoạt động tại Bình Xuyên

Thứ Ba, 25/06/2024 | 18:05

(VP) - Sáng 25/6, Công ty TNHH Homefold Việt Nam (vốn đầu tư Hàn Quốc) khánh thành nhà máy sản xuất cầu là và giá phơi gấp gọn tại Khu công nghiệp Bá Thiện II, huyện Bình Xuyên. Nhà máy có tổng vốn đầu tư 45 triệu USD, xây dựng trên diện tích 6,2 ha với 3 xưởng sản xuất.

Năm 2024, nhà máy phấn đấu sản xuất khoảng 800.000 sản phẩm. Dự kiến đến năm 2026, khi đạt công suất thiết kế, nhà máy sản xuất 2,5 triệu sản phẩm/năm, trong đó cầu là chiếm 70%. Toàn bộ sản phẩm được xuất khẩu sang Hoa Kỳ, Canada và châu Âu, doanh thu dự kiến khoảng 60 triệu USD mỗi năm.

Nhà máy hiện tuyển dụng 650 lao động, dự kiến nâng lên 1.500 người vào cuối năm 2025. Mức lương khởi điểm từ 6,5 triệu đồng/tháng. Ông Kim Jae-won, Tổng giám đốc công ty, cho biết đây là dự án thứ hai của tập đoàn tại Việt Nam sau nhà máy ở Bình Dương.

Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND tỉnh đề nghị doanh nghiệp bảo đảm môi trường, ưu tiên tuyển dụng lao động địa phương. Từ đầu năm đến nay, Vĩnh Phúc thu hút 12 dự án FDI mới với tổng vốn đăng ký 318 triệu USD, tăng 26% so với cùng kỳ; lũy kế đến nay tỉnh có 456 dự án FDI còn hiệu lực.

Minh Khôi - Đức Anh

Tin cùng chuyên mục:
- Bình Xuyên: Đối thoại với doanh nghiệp tại KCN Bá Thiện
- Vĩnh Phúc: Phiên giao dịch việc làm lưu động tháng 6/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")
E25 = P("cuối năm 2025", None, "2025-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
ASOF = P("lũy kế đến nay", None, "2024-06-25")
BX, VP = "Bình Xuyên", "Vĩnh Phúc"

FIGS = [
    F("cầu là 45 triệu", "45", 45e6, "money", "USD", subject="nhà máy sản xuất cầu là", location=BX),
    F("tư 45 triệu", "45", 45e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=BX),
    F("tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy", location=BX),
    F("với 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất", location=BX),
    F("khoảng 800.000 sản phẩm", "800.000", 800000, "count", "sản phẩm", approx="about", status="target",
      subject="sản phẩm nhà máy sản xuất", period=Y24, location=BX),
    F("xuất 2,5 triệu", "2,5", 2.5e6, "measure", "sản phẩm/năm", status="forecast",
      subject="sản phẩm nhà máy sản xuất khi đạt công suất thiết kế", period=T26, location=BX),
    F("chiếm 70%", "70", 70, "percent", "%", status="forecast",
      subject="cầu là chiếm sản phẩm của nhà máy", period=T26, location=BX),
    F("khoảng 60 triệu", "60", 60e6, "money", "USD/năm", approx="about", status="forecast",
      subject="doanh thu nhà máy", location=BX),
    F("dụng 650 lao động", "650", 650, "count", "lao động", subject="lao động nhà máy tuyển dụng", location=BX),
    F("lên 1.500 người", "1.500", 1500, "count", "người", status="forecast",
      subject="lao động nhà máy", period=E25, location=BX),
    F("từ 6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", approx="at_least",
      subject="mức lương khởi điểm", location=BX),
    F("hút 12 dự án", "12", 12, "count", "dự án", subject="dự án FDI mới", period=YTD, location=VP),
    F("ký 318 triệu", "318", 318e6, "money", "USD", change=C("increase", 26, "%", "cùng kỳ"),
      subject="tổng vốn đăng ký dự án FDI mới", period=YTD, location=VP),
    F("có 456 dự án", "456", 456, "count", "dự án", subject="dự án FDI còn hiệu lực", period=ASOF, location=VP),
]

NOTES = [
    "Provincial radio/TV site (Đài PT-TH Vĩnh Phúc): menu, 'Thứ Ba, 25/06/2024 | 18:05' (published), tag '(VP) -', byline, links.",
    "The plant in KCN Bá Thiện II, huyện Bình Xuyên: location Bình Xuyên; the province's FDI totals: Vĩnh Phúc.",
    "Headline '45 triệu USD' is a figure of its own (the plant's investment). 'phấn đấu' → target; 'Dự kiến đến năm 2026' → forecast,",
    "start null; 'trong đó cầu là chiếm 70%' is a percent figure (share of a part), forecast; 'doanh thu dự kiến khoảng 60 triệu USD mỗi năm' → USD/năm.",
    "'dự kiến nâng lên 1.500 người vào cuối năm 2025' → forecast, as-of end 2025-12-31. 'lương khởi điểm từ 6,5 triệu' → at_least.",
    "'Từ đầu năm đến nay' ends at the dateline; 'lũy kế đến nay' is an as-of date (published).",
    "Distractors: 18:05, 'Sáng 25/6', 'Bá Thiện II', 'dự án thứ hai', 'tháng 6/2024' in a link.",
]

if __name__ == "__main__":
    write("p1512-8", TEXT, NOTES, FIGS, published="2024-06-25", location="Vĩnh Phúc")
