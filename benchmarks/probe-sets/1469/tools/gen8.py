"""p1469-8: radio/TV site (Đài PT-TH Long An): a magnetic-board maker in Đức Hòa exports to Campuchia, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Video | LA34 trực tuyến

Doanh nghiệp Long An xuất khẩu bảng từ sang Campuchia tăng 35%

Cập nhật: 12/07/2024 - 17:05

(LA34) - 6 tháng đầu năm 2024, Công ty TNHH Thiết bị trường học Nam Phương (Khu công nghiệp Tân Đức 2, huyện Đức Hòa) xuất khẩu 18.600 bảng từ và bảng chống lóa sang Campuchia, đạt kim ngạch hơn 1,1 triệu USD, tăng 35% so với cùng kỳ năm 2023. Riêng quý II, công ty xuất 11.200 chiếc, gấp 1,5 lần quý I.

Ông Võ Minh Tâm, Phó Giám đốc công ty cho biết, hiện công ty có 3 xưởng sản xuất với tổng diện tích khoảng 12.000 m2, sử dụng 185 lao động; công suất đạt 4.000 bảng/tháng. Mỗi đơn hàng xuất khẩu được giao trong tối đa 15 ngày kể từ khi ký hợp đồng.

Thị trường Campuchia chiếm khoảng 60% sản lượng tiêu thụ của công ty, phần còn lại bán cho các trường học trong nước. Dự kiến cả năm 2024, công ty xuất khẩu khoảng 40.000 sản phẩm, doanh thu đạt 65 tỷ đồng.

Theo Sở Công Thương Long An, toàn tỉnh có 7 doanh nghiệp sản xuất thiết bị trường học; kim ngạch xuất khẩu nhóm hàng này 6 tháng đầu năm đạt 2,4 triệu USD, xếp thứ 2 khu vực Đồng bằng sông Cửu Long sau Cần Thơ.

Ngọc Trâm - Đình Khoa

Tin cùng chuyên mục:
- Long An: Khởi công đường tỉnh 830 đoạn qua huyện Bến Lức
- Bản tin Thời sự 19h ngày 11/7/2024

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Số 3 đường Hùng Vương, Phường 2, TP Tân An | ĐT: 0272.3826.155
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Campuchia tăng 35%", "35", 35, "percent", "%",
        subject="xuất khẩu bảng từ sang Campuchia", location="Long An"),
    fig("xuất khẩu 18.600 bảng", "18.600", 18600, "count", "bảng", subject="bảng từ và bảng chống lóa xuất khẩu",
        period=H1),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "money", "USD", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ năm 2023"), subject="kim ngạch xuất khẩu", period=H1),
    fig("xuất 11.200 chiếc", "11.200", 11200, "count", "chiếc",
        change=chg("increase", 1.5, "lần", "quý I"), subject="bảng công ty xuất khẩu", period=Q2),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất của công ty"),
    fig("khoảng 12.000 m2", "12.000", 12000, "measure", "m2", approx="about", subject="tổng diện tích xưởng"),
    fig("sử dụng 185 lao động", "185", 185, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("đạt 4.000 bảng/tháng", "4.000", 4000, "measure", "bảng/tháng", subject="công suất"),
    fig("tối đa 15 ngày", "15", 15, "measure", "ngày", approx="at_most",
        subject="thời gian giao mỗi đơn hàng xuất khẩu"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="thị trường Campuchia trong sản lượng tiêu thụ của công ty"),
    fig("khoảng 40.000 sản phẩm", "40.000", 40000, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản phẩm công ty xuất khẩu", period=Y24),
    fig("đạt 65 tỷ", "65", 65e9, "money", "đồng", status="forecast", subject="doanh thu công ty", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị trường học", location="Long An"),
    fig("đạt 2,4 triệu", "2,4", 2.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu nhóm hàng thiết bị trường học", period=H1b, location="Long An"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu nhóm hàng thiết bị trường học",
        period=H1b, location="Long An"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An, 'LA34'): menu, headline figure, 'Cập nhật: 12/07/2024 - 17:05', tag '(LA34) -', byline, links, footer.",
    "The firm is in huyện Đức Hòa: its figures take location Đức Hòa; the province's count, export value and rank take Long An.",
    "Campuchia is a trade partner, never a location. Headline 'xuất khẩu bảng từ sang Campuchia tăng 35%' is a growth rate as the claim;",
    "the headline has no period phrase, so no period; it names 'Doanh nghiệp Long An' (not the district), so its location is Long An.",
    "'Riêng quý II, công ty xuất 11.200 chiếc, gấp 1,5 lần quý I' → change 1,5 lần, baseline quý I; 'Riêng' is no part-of cue: no total.",
    "'Dự kiến cả năm 2024, ... khoảng 40.000 sản phẩm, doanh thu đạt 65 tỷ đồng' → forecast (the cue governs the continuing clause).",
    "'6 tháng đầu năm' (provincial paragraph) takes 2024 from the earlier period. 'tối đa 15 ngày' → approx at_most.",
    "Distractors: 'LA34', 'Tân Đức 2', 17:05, 'đường tỉnh 830', '19h ngày 11/7/2024', 'Số 3', 'Phường 2', phone 0272.3826.155.",
]

if __name__ == "__main__":
    write("p1469-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Đức Hòa")
