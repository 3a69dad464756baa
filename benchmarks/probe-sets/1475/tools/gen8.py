"""p1475-8: radio/TV site (Đài PT-TH Hưng Yên): a bedding factory in KCN Phố Nối A, huyện Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình

Doanh nghiệp chăn ga gối đệm Văn Lâm: 9 tháng doanh thu tăng 16%

Thứ Hai, 14/10/2024 - 16:45

Những tháng cuối năm, Công ty TNHH Chăn đệm Hồng Phát tại Khu công nghiệp Phố Nối A (huyện Văn Lâm) hoạt động hết công suất để kịp giao đơn hàng. Nhà máy có công suất 1,2 triệu sản phẩm/năm, sử dụng 850 lao động, gồm 610 công nhân may, chần và 240 lao động gián tiếp, kỹ thuật; lao động nữ chiếm hơn 70%. Thu nhập bình quân đạt 9,5 triệu đồng/người/tháng.

9 tháng đầu năm, doanh thu của công ty đạt 412 tỷ đồng, tăng 16% so với cùng kỳ; trong đó doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc 226 tỷ đồng, chiếm khoảng 55%. Mỗi tháng, nhà máy tiêu thụ khoảng 300 tấn bông xơ polyester. Từ đầu năm đến nay, công ty tuyển thêm 120 lao động.

Bà Phạm Thị Ngọc, Phó Giám đốc công ty, cho biết sản phẩm đạt tiêu chuẩn ISO 9001:2015; năm 2024 công ty đặt mục tiêu doanh thu 560 tỷ đồng. Dự kiến trong quý I/2025, công ty đưa vào vận hành dây chuyền sản xuất ruột gối công suất 4.000 chiếc/ngày, tổng vốn đầu tư khoảng 35 tỷ đồng.

Toàn tỉnh Hưng Yên hiện có 14 doanh nghiệp sản xuất chăn, ga, gối, đệm với tổng vốn đăng ký hơn 3.200 tỷ đồng, thu hút trên 6.500 lao động.

Xem thêm:
- Văn Lâm: Khánh thành cầu vượt Quốc lộ 5
- Bản tin Thời sự 19h ngày 14/10/2024

Hotline: 0221.3862.115
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
HY = "Hưng Yên"

FIGS = [
    fig("doanh thu tăng 16%", "16", 16, "percent", "%",
        subject="doanh thu doanh nghiệp chăn ga gối đệm", period=NINE_H),
    fig("công suất 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/năm", subject="công suất nhà máy"),
    fig("sử dụng 850 lao động", "850", 850, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("gồm 610 công nhân", "610", 610, "count", "công nhân", total=850, subject="công nhân may, chần"),
    fig("và 240 lao động", "240", 240, "count", "lao động", total=850, subject="lao động gián tiếp, kỹ thuật"),
    fig("chiếm hơn 70%", "70", 70, "percent", "%", approx="over", subject="lao động nữ"),
    fig("đạt 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 412 tỷ", "412", 412e9, "money", "đồng", change=chg("increase", 16, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=NINE),
    fig("Hàn Quốc 226 tỷ", "226", 226e9, "money", "đồng", total=412e9, percent=55,
        subject="doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc", period=NINE),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn/tháng", approx="about",
        subject="bông xơ polyester nhà máy tiêu thụ mỗi tháng"),
    fig("thêm 120 lao động", "120", 120, "count", "lao động", subject="lao động công ty tuyển thêm", period=YTD),
    fig("tiêu doanh thu 560 tỷ", "560", 560e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("suất 4.000 chiếc/ngày", "4.000", 4000, "measure", "chiếc/ngày", status="forecast",
        subject="công suất dây chuyền sản xuất ruột gối", period=Q1),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư dây chuyền", period=Q1),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chăn, ga, gối, đệm", location=HY),
    fig("hơn 3.200 tỷ", "3.200", 3200e9, "money", "đồng", approx="over",
        subject="tổng vốn đăng ký", location=HY),
    fig("trên 6.500 lao động", "6.500", 6500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp chăn, ga, gối, đệm thu hút", location=HY),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): menu, headline with a figure, 'Thứ Hai, 14/10/2024 - 16:45', 'Xem thêm', hotline.",
    "Distractors: 16:45, 'Khu công nghiệp Phố Nối A', 'ISO 9001:2015', 'Quốc lộ 5', 'Bản tin Thời sự 19h ngày 14/10/2024',",
    "hotline 0221.3862.115.",
    "Location: the factory is in huyện Văn Lâm (default); the last paragraph is province-wide (Hưng Yên).",
    "Headline 'doanh thu tăng 16%' is a growth rate as the claim: percent figure; '9 tháng' takes 2024 (dateline).",
    "'850 lao động, gồm 610 … và 240 …' → total 850; 'lao động nữ chiếm hơn 70%' has no base amount: a percent figure.",
    "'trong đó doanh thu xuất khẩu … 226 tỷ đồng, chiếm khoảng 55%' → total 412 tỷ, percent 55 (the 'khoảng' is the share's).",
    "'Mỗi tháng … khoảng 300 tấn' is a rate (tấn/tháng). 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Dự kiến trong quý I/2025' governs both clauses of its sentence (forecast).",
    "revised after the first run: headline subject drops 'Văn Lâm' (a place goes to location, as in the shared gold h20).",
]

if __name__ == "__main__":
    write("p1475-8", TEXT, NOTES, FIGS, published="2024-10-14", location="Văn Lâm")
