"""p1446-8: radio/TV site (Bình Dương TV): an FDI umbrella and parasol factory opens in Bàu Bàng; provincial FDI context."""
from lib import F, P, I, C, T, write

TEXT = """BÌNH DƯƠNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH DƯƠNG
Trang chủ › Thời sự › Kinh tế

Nhà máy dù che nắng vốn 45 triệu USD đi vào hoạt động tại Bàu Bàng

Đăng lúc: 21/11/2024 - 14:05 | Nghe bài viết

BDTV - Sáng 21/11, Công ty TNHH Dù Mặt Trời Việt (vốn Đài Loan, Trung Quốc) khánh thành nhà máy sản xuất ô dù và dù che nắng tại Khu công nghiệp Bàu Bàng, huyện Bàu Bàng.

Nhà máy có tổng vốn đầu tư 45 triệu USD, diện tích 6,8 ha, gồm 4 xưởng sản xuất và một trung tâm thiết kế. Giai đoạn 1, nhà máy có công suất 4 triệu sản phẩm/năm, sử dụng khoảng 1.800 lao động; giai đoạn 2 dự kiến nâng công suất lên 7,5 triệu sản phẩm/năm vào năm 2026.

Ông Lin Chih-Wei, Tổng Giám đốc công ty, cho biết sản phẩm của nhà máy chủ yếu xuất khẩu sang hơn ba chục quốc gia, trong đó thị trường Mỹ và châu Âu chiếm khoảng 70% đơn hàng. Doanh thu năm đầu tiên dự kiến đạt 60-65 triệu USD.

Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND tỉnh cho biết 10 tháng năm 2024, Bình Dương thu hút 1,86 tỷ USD vốn đầu tư nước ngoài, bằng 93% kế hoạch năm; trong đó lĩnh vực dệt may, da giày chiếm 18,5%. Hiện tỉnh có hơn 4.300 dự án FDI còn hiệu lực.

Theo Ban Quản lý các khu công nghiệp tỉnh, Bình Dương hiện có 6 dự án sản xuất ô dù, áo mưa và phụ kiện với tổng vốn gần 160 triệu USD, xếp thứ hai cả nước về số dự án trong lĩnh vực này.

Video liên quan:
- Bản tin Thời sự 19h ngày 21/11/2024
- Bình Dương: Khởi công cầu vượt Quốc lộ 13

Đường dây nóng: 0274.3855.246
"""

BB = "Bàu Bàng"
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    F("vốn 45 triệu USD đi", "45", 45e6, "money", "USD", subject="vốn nhà máy dù che nắng", location=BB),
    F("đầu tư 45 triệu", "45", 45e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=BB),
    F("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích nhà máy", location=BB),
    F("gồm 4 xưởng", "4", 4, "count", "xưởng sản xuất", subject="xưởng sản xuất của nhà máy", location=BB),
    F("một trung tâm", "một", 1, "count", "trung tâm thiết kế", subject="trung tâm thiết kế của nhà máy",
      location=BB),
    F("suất 4 triệu", "4", 4e6, "measure", "sản phẩm/năm", subject="công suất nhà máy giai đoạn 1",
      location=BB),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", approx="about",
      subject="lao động nhà máy sử dụng", location=BB),
    F("lên 7,5 triệu", "7,5", 7.5e6, "measure", "sản phẩm/năm", status="forecast",
      subject="công suất nhà máy giai đoạn 2", period=P("vào năm 2026", "2026-01-01", "2026-12-31"),
      location=BB),
    F("hơn ba chục", "ba chục", 30, "count", "quốc gia", approx="over",
      subject="quốc gia nhập khẩu sản phẩm của nhà máy", location=BB),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ trọng thị trường Mỹ và châu Âu trong đơn hàng", location=BB),
    F("đạt 60-65", "60", 60e6, "money", "USD", value_max=65e6, status="forecast",
      subject="doanh thu năm đầu tiên của nhà máy", location=BB),
    F("thu hút 1,86 tỷ", "1,86", 1.86e9, "money", "USD", percent=93,
      subject="vốn đầu tư nước ngoài thu hút", period=M10),
    F("chiếm 18,5%", "18,5", 18.5, "percent", "%",
      subject="tỷ trọng lĩnh vực dệt may, da giày trong vốn đầu tư nước ngoài", period=M10),
    F("hơn 4.300 dự án", "4.300", 4300, "count", "dự án", approx="over", subject="dự án FDI còn hiệu lực"),
    F("có 6 dự án", "6", 6, "count", "dự án", subject="dự án sản xuất ô dù, áo mưa và phụ kiện"),
    F("gần 160 triệu", "160", 160e6, "money", "USD", approx="nearly",
      subject="tổng vốn dự án sản xuất ô dù, áo mưa và phụ kiện"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="số dự án sản xuất ô dù, áo mưa và phụ kiện"),
]

NOTES = [
    "Radio/TV site (Bình Dương TV): banner, breadcrumb, 'Đăng lúc: 21/11/2024 - 14:05 | Nghe bài viết', tag 'BDTV -', video links, hotline.",
    "Distractors: 14:05, 'Sáng 21/11', 'Giai đoạn 1' / 'giai đoạn 2' (phase labels), 'Thời sự 19h ngày 21/11/2024', 'Quốc lộ 13',",
    "hotline 0274.3855.246, 'Đài Loan, Trung Quốc' (investor origin, not a place of the figures).",
    "Factory figures in huyện Bàu Bàng → location Bàu Bàng; provincial FDI and project figures → Bình Dương (default).",
    "Headline 'vốn 45 triệu USD' is its own mention of the investment (no 'đầu tư' in the headline).",
    "'gồm 4 xưởng sản xuất và một trung tâm thiết kế' follows the area (6,8 ha), not a count of the same thing → no total.",
    "'Giai đoạn 1, ... công suất 4 triệu sản phẩm/năm' carries no period (a phase, not a date); 'giai đoạn 2 dự kiến nâng ... lên 7,5 triệu",
    "... vào năm 2026' → forecast, period 2026.",
    "'hơn ba chục quốc gia' → 30 (ba chục = three tens), over. 'trong đó thị trường Mỹ và châu Âu chiếm khoảng 70% đơn hàng' → percent",
    "figure of its own (foreign markets are not places). 'Doanh thu năm đầu tiên dự kiến đạt 60-65 triệu USD' → forecast range; 'năm đầu",
    "tiên' is no calendar period.",
    "'10 tháng năm 2024 ... 1,86 tỷ USD ..., bằng 93% kế hoạch năm' → percent attribute; 'trong đó ... chiếm 18,5%' → percent figure.",
    "'xếp thứ hai cả nước' → rank 2 of the province, location Bình Dương.",
]

if __name__ == "__main__":
    write("p1446-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Bình Dương")
