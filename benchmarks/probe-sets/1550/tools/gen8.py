"""p1550-8: news agency (TTXVN): an FDI kettle maker in Bình Dương, exports 10 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh tế | Doanh nghiệp

Bình Dương: Doanh nghiệp FDI đẩy mạnh xuất khẩu ấm siêu tốc

22/11/2024 14:32

Bình Dương (TTXVN) - Mười tháng đầu năm 2024, Công ty TNHH Gia dụng Kaiyo Việt Nam (Khu công nghiệp Đồng An 2) đã xuất khẩu 3,2 triệu chiếc ấm siêu tốc, kim ngạch đạt 41,5 triệu USD, tăng 23% so với cùng kỳ.

Theo ông Takeshi Mori, Tổng Giám đốc công ty, hàng xuất khẩu chiếm khoảng 70% sản lượng của nhà máy. Trong đó, thị trường Nhật Bản chiếm 45%, Mỹ 30%, phần còn lại là EU và Australia. Nhà máy hiện có ba dây chuyền tự động, công suất 450.000 sản phẩm/tháng, sử dụng hơn 1.600 lao động, thu nhập bình quân 10,5 triệu đồng/người/tháng.

Cả năm 2024, công ty dự kiến xuất khẩu khoảng 50 triệu USD. Tỷ lệ nội địa hóa hiện đạt 42% nhờ hợp tác với gần hai chục nhà cung cấp linh kiện trong tỉnh; mục tiêu nâng lên 55% vào năm 2026.

Theo Sở Công Thương Bình Dương, 10 tháng năm 2024, kim ngạch xuất khẩu nhóm hàng điện gia dụng của tỉnh ước đạt 1,28 tỷ USD, tăng 14,6% so với cùng kỳ, đứng thứ 2 cả nước sau TP Hồ Chí Minh. Toàn tỉnh có 36 doanh nghiệp sản xuất đồ điện gia dụng, trong đó 23 doanh nghiệp FDI.

Ông Nguyễn Văn Lộc, Phó Giám đốc Sở cho biết, tỉnh sẽ tiếp tục hỗ trợ doanh nghiệp tham gia Hội chợ Vietnam Expo lần thứ 34 và các chương trình xúc tiến thương mại tại Nhật Bản, Hàn Quốc.

Từ khóa: ấm siêu tốc, xuất khẩu, Bình Dương
"""

M10 = period("Mười tháng đầu năm 2024", "2024-01-01", "2024-10-31")
M10b = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = period("Cả năm 2024", "2024-01-01", "2024-12-31")
Y26 = period("vào năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("xuất khẩu 3,2 triệu", "3,2", 3.2e6, "count", "chiếc",
      subject="ấm siêu tốc Công ty TNHH Gia dụng Kaiyo Việt Nam xuất khẩu", per=M10),
    F("đạt 41,5 triệu", "41,5", 41.5e6, "money", "USD",
      change=change("increase", 23, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu của công ty", per=M10),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ trọng hàng xuất khẩu trong sản lượng của nhà máy"),
    F("Nhật Bản chiếm 45%", "45", 45, "percent", "%",
      subject="tỷ trọng thị trường Nhật Bản trong hàng xuất khẩu"),
    F("Mỹ 30%", "30", 30, "percent", "%", subject="tỷ trọng thị trường Mỹ trong hàng xuất khẩu"),
    F("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền tự động của nhà máy"),
    F("450.000 sản phẩm/tháng", "450.000", 450000, "measure", "sản phẩm/tháng",
      subject="công suất nhà máy"),
    F("hơn 1.600 lao động", "1.600", 1600, "count", "lao động", approx="over",
      subject="lao động nhà máy sử dụng"),
    F("10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động nhà máy"),
    F("khoảng 50 triệu", "50", 50e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu của công ty", per=Y24),
    F("hiện đạt 42%", "42", 42, "percent", "%", subject="tỷ lệ nội địa hóa"),
    F("gần hai chục", "hai chục", 20, "count", "nhà cung cấp", approx="nearly",
      subject="nhà cung cấp linh kiện trong tỉnh hợp tác với công ty"),
    F("lên 55%", "55", 55, "percent", "%", status="target", subject="tỷ lệ nội địa hóa", per=Y26),
    F("ước đạt 1,28 tỷ", "1,28", 1.28e9, "money", "USD", status="estimate",
      change=change("increase", 14.6, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu nhóm hàng điện gia dụng của tỉnh", per=M10b),
    F("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
      subject="kim ngạch xuất khẩu nhóm hàng điện gia dụng của tỉnh so với cả nước", per=M10b),
    F("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ điện gia dụng"),
    F("23 doanh nghiệp FDI", "23", 23, "count", "doanh nghiệp", total=36, subject="doanh nghiệp FDI"),
]

NOTES = [
    "News agency (TTXVN): section line, '22/11/2024 14:32' under the headline, 'Bình Dương (TTXVN) -' lead, keywords line.",
    "Distractors: 14:32, 'Khu công nghiệp Đồng An 2', 'Vietnam Expo lần thứ 34', the period words 'Mười tháng' (a number word inside a",
    "period, not a figure), '10 tháng năm 2024', baseline 'cùng kỳ', 'TP Hồ Chí Minh' (the province ranked ahead, not a place of the figure).",
    "All figures are Bình Dương (the KCN names no district). Trade partners Nhật Bản, Mỹ stay in the subject, not the location.",
    "'chiếm khoảng 70% sản lượng' has no base amount: a percent figure; the 'Trong đó' market shares are percent figures, no total.",
    "The company sentences after the lead state no period (not scored). 'Cả năm 2024 … dự kiến' → forecast.",
    "'hiện đạt 42% nhờ hợp tác với gần hai chục …' actual, no period ('gần hai chục' = nearly 20); 'mục tiêu nâng lên 55% vào năm 2026' → target, year 2026.",
    "'ước đạt 1,28 tỷ USD …, đứng thứ 2 cả nước' → the rank continues the 'ước đạt' clause: estimate; 'trong đó 23 doanh nghiệp FDI' → total 36.",
]

if __name__ == "__main__":
    write("p1550-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Bình Dương")
