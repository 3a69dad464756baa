"""p1476-8: radio/TV site (VOV): a Đà Nẵng start-up making non-toxic crayons from beeswax and soy wax."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VOV.VN > Kinh tế > Doanh nghiệp

Thứ Hai, 10:25, 18/11/2024

Khởi nghiệp từ bút sáp màu an toàn cho trẻ nhỏ

VOV.VN - Từ một xưởng nhỏ rộng 50 m2 ở TP Đà Nẵng, thương hiệu sáp màu hữu cơ Mầm Xanh nay đã có mặt tại 7 quốc gia.

Năm 2019, chị Trần Thị Bảo Ngọc (SN 1990) thành lập xưởng sản xuất sáp màu từ sáp ong, sáp đậu nành và bột màu thực phẩm, với số vốn ban đầu khoảng 300 triệu đồng.

Hiện xưởng đã chuyển về Khu công nghiệp Hòa Khánh với diện tích 1.200 m2, sử dụng 26 lao động, trong đó có 8 người khuyết tật. Mỗi tháng, xưởng sản xuất khoảng 40.000 hộp sáp màu; sản phẩm được bán với giá 89.000-159.000 đồng/hộp.

Năm 2023, doanh thu của Mầm Xanh đạt 7,8 tỷ đồng, gấp 3 lần năm 2021; 10 tháng đầu năm 2024 đạt 9,1 tỷ đồng, trong đó doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc, Singapore chiếm 45%.

Sản phẩm của xưởng đã đạt chứng nhận OCOP 4 sao và đứng thứ 3 trong số 120 dự án tham gia Cuộc thi khởi nghiệp đổi mới sáng tạo TP Đà Nẵng năm 2023.

Chị Ngọc cho biết, năm 2025 xưởng dự kiến đầu tư thêm 2 máy rót sáp tự động, nâng sản lượng lên 60.000 hộp mỗi tháng và tạo việc làm cho thêm 10-15 lao động.

Ngọc Thủy/VOV-Miền Trung

Tin liên quan:
- Đà Nẵng hỗ trợ doanh nghiệp khởi nghiệp sáng tạo tiếp cận vốn
- Khai mạc Techfest Đà Nẵng 2024
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
C23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("rộng 50 m2", "50", 50, "measure", "m2", subject="diện tích xưởng nhỏ ban đầu"),
    fig("tại 7 quốc gia", "7", 7, "count", "quốc gia", subject="quốc gia có mặt thương hiệu sáp màu Mầm Xanh"),
    fig("khoảng 300 triệu", "300", 300e6, "money", "đồng", approx="about", subject="số vốn ban đầu", period=Y19),
    fig("tích 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích xưởng"),
    fig("sử dụng 26 lao động", "26", 26, "count", "lao động", subject="lao động xưởng sử dụng"),
    fig("có 8 người", "8", 8, "count", "người", total=26, subject="người khuyết tật"),
    fig("khoảng 40.000 hộp", "40.000", 40000, "measure", "hộp/tháng", approx="about",
        subject="hộp sáp màu xưởng sản xuất mỗi tháng"),
    fig("giá 89.000-159.000", "89.000", 89000, "money", "đồng/hộp", value_max=159000, subject="giá sản phẩm"),
    fig("đạt 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", change=chg("increase", 3, "lần", "năm 2021"),
        subject="doanh thu của Mầm Xanh", period=Y23),
    fig("đạt 9,1 tỷ", "9,1", 9.1e9, "money", "đồng", subject="doanh thu của Mầm Xanh", period=M10),
    fig("chiếm 45%", "45", 45, "percent", "%",
        subject="doanh thu xuất khẩu sang Nhật Bản, Hàn Quốc, Singapore", period=M10),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", total=120,
        subject="sản phẩm của xưởng trong Cuộc thi khởi nghiệp đổi mới sáng tạo", period=C23),
    fig("thêm 2 máy", "2", 2, "count", "máy", status="forecast", subject="máy rót sáp tự động đầu tư thêm",
        period=Y25),
    fig("lên 60.000 hộp", "60.000", 60000, "measure", "hộp/tháng", status="forecast", subject="sản lượng",
        period=Y25),
    fig("thêm 10-15 lao động", "10", 10, "count", "lao động", value_max=15, status="forecast",
        subject="lao động được tạo việc làm thêm", period=Y25),
]

NOTES = [
    "Radio/TV site (VOV): breadcrumb, 'Thứ Hai, 10:25, 18/11/2024', tag 'VOV.VN -', byline 'Ngọc Thủy/VOV-Miền Trung', related links.",
    "Distractors: 10:25, '(SN 1990)' (a birth year), 'OCOP 4 sao' (a rating label), 'Techfest Đà Nẵng 2024' in a link title.",
    "All figures are of the TP Đà Nẵng start-up: location Đà Nẵng. 'Năm 2019' gives the period of the initial capital only;",
    "'Hiện' figures (1.200 m2, 26 lao động, 'Mỗi tháng ... 40.000 hộp', price) get no period.",
    "'gấp 3 lần năm 2021' → change ×3 (lần) of 7,8 tỷ. 'trong đó doanh thu xuất khẩu ... chiếm 45%' is a percent figure",
    "(a share without its own amount). 'đứng thứ 3 trong số 120 dự án' → rank 3, total 120 (120 is an attribute only).",
    "'năm 2025 xưởng dự kiến ...' → forecast for the three coordinated clauses; 60.000 hộp mỗi tháng → hộp/tháng.",
]

if __name__ == "__main__":
    write("p1476-8", TEXT, NOTES, FIGS, published="2024-11-18", location="Đà Nẵng")
