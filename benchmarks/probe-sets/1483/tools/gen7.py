"""p1483-7: news agency (TTXVN): household-plastic exports 10 months 2024, a firm in huyện Củ Chi."""
from lib import F, P, INH, CH, TG, write

TEXT = """TIN TỨC TTXVN | Kinh tế | Thị trường

Xuất khẩu đồ nhựa gia dụng khởi sắc những tháng cuối năm

02/11/2024 10:15

TP Hồ Chí Minh (TTXVN) - Theo Bộ Công Thương, 10 tháng năm 2024, kim ngạch xuất khẩu sản phẩm nhựa của cả nước ước đạt 4,6 tỷ USD, tăng 13,2% so với cùng kỳ năm 2023; trong đó nhóm hàng nhựa gia dụng (đồ dùng nhà bếp, hộp, thùng chứa, rổ, giỏ) đạt khoảng 1,15 tỷ USD, chiếm 25% tổng kim ngạch. Mỹ, Nhật Bản và EU là ba thị trường chính, lần lượt chiếm 31%, 24% và 15% kim ngạch nhựa gia dụng.

Tại huyện Củ Chi, Công ty TNHH Sản xuất Nhựa Tân Phú Gia vừa xuất lô hàng 40 container hộp nhựa đựng thực phẩm sang Nhật Bản. Ông Phạm Thanh Tùng, Phó Giám đốc công ty cho biết, từ đầu năm đến nay công ty đã xuất khẩu 210 container, doanh thu xuất khẩu đạt 14,5 triệu USD, gấp 1,4 lần cùng kỳ. Hiện đơn hàng đã kín đến hết quý I/2025, công ty đang tuyển thêm 120 công nhân, lương khởi điểm 7,5 triệu đồng/tháng.

Theo ông Tùng, khó khăn lớn nhất là giá nguyên liệu. Khoảng 85% hạt nhựa dùng trong sản xuất vẫn phải nhập khẩu, mỗi năm cả nước cần khoảng 7 triệu tấn, khiến doanh nghiệp bị động về giá.

Bộ Công Thương dự báo cả năm 2024, xuất khẩu sản phẩm nhựa có thể đạt 5,5-5,6 tỷ USD. Để giữ đà tăng trưởng, Bộ khuyến nghị doanh nghiệp đáp ứng các tiêu chuẩn về nhựa tái chế của thị trường EU theo Quy định (EU) 2019/904.

Xuân Anh (TTXVN)
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-02")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
CC = "Củ Chi"
SHARE = "kim ngạch nhựa gia dụng của các thị trường chính"

FIGS = [
    F("ước đạt 4,6 tỷ", "4,6", 4.6e9, "money", "USD", status="estimate",
      change=CH("increase", 13.2, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu sản phẩm nhựa của cả nước", period=M10),
    F("khoảng 1,15 tỷ", "1,15", 1.15e9, "money", "USD", approx="about", status="estimate",
      total=4.6e9, percent=25, subject="kim ngạch xuất khẩu nhóm hàng nhựa gia dụng", period=M10),
    F("là ba thị trường", "ba", 3, "count", "thị trường", optional=True),
    F("chiếm 31%", "31", 31, "percent", "%", subject=SHARE, period=INH(M10)),
    F("31%, 24%", "24", 24, "percent", "%", subject=SHARE, period=INH(M10)),
    F("và 15% kim", "15", 15, "percent", "%", subject=SHARE, period=INH(M10)),
    F("lô hàng 40 container", "40", 40, "count", "container",
      subject="container hộp nhựa đựng thực phẩm xuất sang Nhật Bản", location=CC),
    F("xuất khẩu 210 container", "210", 210, "count", "container",
      subject="container công ty đã xuất khẩu", period=YTD, location=CC),
    F("đạt 14,5 triệu", "14,5", 14.5e6, "money", "USD", change=CH("increase", 1.4, "lần", "cùng kỳ"),
      subject="doanh thu xuất khẩu", period=YTD, location=CC),
    F("thêm 120 công nhân", "120", 120, "count", "công nhân", subject="công nhân công ty đang tuyển thêm",
      location=CC),
    F("khởi điểm 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng", subject="lương khởi điểm", location=CC),
    F("Khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="hạt nhựa dùng trong sản xuất phải nhập khẩu"),
    F("khoảng 7 triệu", "7", 7e6, "measure", "tấn/năm", approx="about",
      subject="hạt nhựa cả nước cần mỗi năm"),
    F("đạt 5,5-5,6 tỷ", "5,5", 5.5e9, "money", "USD", value_max=5.6e9, status="forecast",
      subject="xuất khẩu sản phẩm nhựa", period=Y24),
]

NOTES = [
    "News agency (TTXVN): section line, '02/11/2024 10:15', dateline 'TP Hồ Chí Minh (TTXVN) -', byline 'Xuân Anh (TTXVN)'.",
    "Distractors: 10:15, 'quý I/2025' (order book horizon, no figure), 'Quy định (EU) 2019/904'.",
    "National figures take Việt Nam (Mỹ, Nhật Bản, EU are markets, not places); the Tân Phú Gia passage (huyện Củ Chi) takes Củ Chi.",
    "1,15 tỷ USD after '; trong đó' takes total 4,6 tỷ, percent 25 ('chiếm 25% tổng kim ngạch') and the whole's estimate status.",
    "'lần lượt chiếm 31%, 24% và 15%': three percent figures with the list's indicator; period inherited from the previous sentence.",
    "'ba thị trường chính' names the group: optional. 'gấp 1,4 lần cùng kỳ' → change increase 1,4 lần, baseline cùng kỳ.",
    "'từ đầu năm đến nay' ends at the dateline 2024-11-02. 'Khoảng 85% ... mỗi năm cả nước cần khoảng 7 triệu tấn' are national (Việt Nam); 7 triệu tấn is a yearly rate.",
    "'dự báo cả năm 2024 ... 5,5-5,6 tỷ USD' → forecast, range.",
]

if __name__ == "__main__":
    write("p1483-7", TEXT, NOTES, FIGS, published="2024-11-02", location="Việt Nam")
