"""p1559-2: district portal (huyện Văn Lâm, Hưng Yên): a medical cotton cooperative in xã Lạc Đạo."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM
Tỉnh Hưng Yên
Trang chủ | Tin tức | Kinh tế | Nông thôn mới

HTX Bông y tế Minh An tạo việc làm cho ba chục lao động

15/05/2024 - 10:20

Thành lập năm 2017 tại xã Lạc Đạo, Hợp tác xã Bông y tế Minh An hiện có 12 thành viên và ba chục lao động thường xuyên, phần lớn là phụ nữ trung tuổi. Mỗi tháng, hợp tác xã sản xuất khoảng 18 tấn bông y tế thành phẩm gồm bông cuộn, bông viên và tăm bông.

Năm 2023, doanh thu của hợp tác xã đạt 9,6 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận hơn 720 triệu đồng. Thu nhập của người lao động từ 6 đến 7,5 triệu đồng/người/tháng. Theo ông Đỗ Văn Khải, Giám đốc hợp tác xã, bông viên của đơn vị bán với giá 95.000 đồng/kg, thấp hơn hàng nhập khẩu khoảng 20%. Hai sản phẩm bông viên và tăm bông đã đạt chứng nhận OCOP 3 sao.

4 tháng đầu năm 2024, hợp tác xã tiêu thụ 71 tấn bông, bằng 31% kế hoạch năm; trong đó cung cấp cho 14 bệnh viện, trung tâm y tế trong và ngoài tỉnh 43 tấn. Năm nay, hợp tác xã phấn đấu doanh thu trên 11 tỷ đồng và dự kiến tuyển thêm từ 8 đến 10 lao động.

Hiện toàn huyện có 5 cơ sở sản xuất bông, băng y tế, gồm 2 hợp tác xã và 3 hộ kinh doanh, giải quyết việc làm cho khoảng 160 lao động.

Nguồn: Phòng Kinh tế huyện Văn Lâm

Tin khác:
- Xã Lạc Hồng đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao
- Văn Lâm: Ra quân Tháng hành động vì an toàn thực phẩm năm 2024

UBND HUYỆN VĂN LÂM
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3980.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cho ba chục lao động", "ba", 30, "count", "lao động",
        subject="lao động Hợp tác xã Bông y tế Minh An tạo việc làm"),
    fig("có 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên Hợp tác xã Bông y tế Minh An"),
    fig("và ba chục lao động", "ba", 30, "count", "lao động",
        subject="lao động thường xuyên của hợp tác xã"),
    fig("khoảng 18 tấn", "18", 18, "measure", "tấn/tháng", approx="about",
        subject="bông y tế thành phẩm hợp tác xã sản xuất mỗi tháng"),
    fig("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("hơn 720 triệu", "720", 720e6, "money", "đồng", approx="over",
        subject="lợi nhuận của hợp tác xã", period=Y23),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="thu nhập của người lao động"),
    fig("giá 95.000 đồng", "95.000", 95000, "money", "đồng/kg",
        change=chg("decrease", 20, "%", "hàng nhập khẩu", approx="about"),
        subject="giá bán bông viên"),
    fig("Hai sản phẩm", "Hai", 2, "count", "sản phẩm",
        subject="sản phẩm đạt chứng nhận OCOP"),
    fig("tiêu thụ 71 tấn", "71", 71, "measure", "tấn", percent=31,
        subject="bông hợp tác xã tiêu thụ", period=M4),
    fig("cho 14 bệnh viện", "14", 14, "count", "bệnh viện, trung tâm y tế",
        subject="bệnh viện, trung tâm y tế trong và ngoài tỉnh được hợp tác xã cung cấp bông", period=M4),
    fig("ngoài tỉnh 43 tấn", "43", 43, "measure", "tấn", total=71,
        subject="bông cung cấp cho bệnh viện, trung tâm y tế", period=M4),
    fig("trên 11 tỷ", "11", 11e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu của hợp tác xã", period=NOW),
    fig("từ 8 đến 10 lao động", "8", 8, "count", "lao động", value_max=10, status="forecast",
        subject="lao động hợp tác xã tuyển thêm", period=NOW),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất bông, băng y tế"),
    fig("gồm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", total=5,
        subject="hợp tác xã sản xuất bông, băng y tế"),
    fig("và 3 hộ kinh doanh", "3", 3, "count", "hộ kinh doanh", total=5,
        subject="hộ kinh doanh sản xuất bông, băng y tế"),
    fig("khoảng 160 lao động", "160", 160, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất bông, băng y tế giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, menu, '15/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address, phone.",
    "Distractors: founding year 'năm 2017', 10:20, 'OCOP 3 sao', 'năm 2024' in a link title, phone 0221.3980.215.",
    "'ba chục lao động' = 30 (number word, exact); the headline and the body each state it.",
    "'Mỗi tháng ... khoảng 18 tấn' is a rate: measure tấn/tháng. Present-tense figures ('hiện') have no period.",
    "'thấp hơn hàng nhập khẩu khoảng 20%' is the change of the price (decrease, about, baseline hàng nhập khẩu).",
    "'71 tấn, bằng 31% kế hoạch năm; trong đó ... 14 bệnh viện ... 43 tấn': 43 tấn takes total 71; 14 is a count of its own.",
    "'Năm nay' = 2024 (dateline); 'phấn đấu' → target, 'dự kiến' → forecast, each governs its own clause.",
    "Location: Văn Lâm for all (the cooperative stands in xã Lạc Đạo of the district; the district total is the district's).",
]

if __name__ == "__main__":
    write("p1559-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Văn Lâm")
