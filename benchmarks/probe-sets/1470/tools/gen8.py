"""p1470-8: radio/TV site (Truyền hình Hải Phòng): stainless-steel trolleys of a company in huyện An Dương, 11 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """TRUYỀN HÌNH HẢI PHÒNG - THP
Thời sự | Kinh tế | Xã hội | Phóng sự | Video

Xe đẩy inox "made in Hải Phòng" vào chuỗi siêu thị, bệnh viện

05/12/2024 - 17:20 | Bình luận (0)

[Video] Thời lượng 03:12

THP - Năm 2024 là năm "được mùa" của Công ty cổ phần Cơ khí Inox Đại Dương tại xã An Hòa, huyện An Dương khi doanh nghiệp ký hợp đồng cung cấp 4.500 xe đẩy inox cho 2 chuỗi siêu thị và 11 bệnh viện ở khu vực phía Bắc.

Theo bà Vũ Thị Ngọc, Giám đốc công ty, 11 tháng năm 2024, công ty sản xuất 8.760 chiếc xe đẩy các loại, gồm 5.200 xe đẩy hàng siêu thị, 2.140 xe đẩy dụng cụ y tế và 1.420 xe đẩy thức ăn. Doanh thu ước đạt 27,5 tỷ đồng, tăng gần 1,6 lần so với năm 2023.

Mỗi chiếc xe đẩy inox 304 hai tầng có giá từ 1,8 đến 3,2 triệu đồng, rẻ hơn khoảng 20% so với hàng nhập khẩu cùng loại. Công ty hiện có 65 lao động, lương bình quân 9,2 triệu đồng/người/tháng; năm 2025 dự kiến tuyển thêm 20 người.

Theo Sở Công Thương Hải Phòng, toàn thành phố có khoảng 40 cơ sở sản xuất xe đẩy, xe rùa và thiết bị vận chuyển cầm tay; giá trị sản xuất năm 2024 ước đạt 620 tỷ đồng, chiếm 0,3% giá trị sản xuất công nghiệp. Thành phố hiện xếp thứ 5 cả nước về sản lượng xe đẩy inox.

Từ khóa: xe đẩy hàng, cơ khí, An Dương
Tin cùng chuyên mục:
- Hải Phòng: Kim ngạch xuất khẩu 11 tháng tăng mạnh
- Khánh thành cầu Nguyễn Trãi nối quận Ngô Quyền với huyện Thủy Nguyên
"""

Y24H = per("Năm 2024", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HP = "Hải Phòng"

FIGS = [
    fig("cung cấp 4.500 xe", "4.500", 4500, "count", "xe đẩy inox",
        subject="xe đẩy inox doanh nghiệp ký hợp đồng cung cấp", period=Y24H),
    fig("cho 2 chuỗi", "2", 2, "count", "chuỗi siêu thị", subject="chuỗi siêu thị được cung cấp xe đẩy inox",
        period=Y24H),
    fig("và 11 bệnh viện", "11", 11, "count", "bệnh viện", subject="bệnh viện được cung cấp xe đẩy inox",
        period=Y24H),
    fig("sản xuất 8.760 chiếc", "8.760", 8760, "count", "chiếc",
        subject="xe đẩy các loại công ty sản xuất", period=M11),
    fig("gồm 5.200 xe", "5.200", 5200, "count", "xe đẩy", total=8760,
        subject="xe đẩy hàng siêu thị", period=M11),
    fig("2.140 xe đẩy", "2.140", 2140, "count", "xe đẩy", total=8760,
        subject="xe đẩy dụng cụ y tế", period=M11),
    fig("1.420 xe đẩy", "1.420", 1420, "count", "xe đẩy", total=8760,
        subject="xe đẩy thức ăn", period=M11),
    fig("ước đạt 27,5 tỷ", "27,5", 27.5e9, "money", "đồng", status="estimate",
        change=chg("increase", 1.6, "lần", "năm 2023", approx="nearly"), subject="doanh thu", period=inh(M11)),
    fig("304 hai tầng", "hai", 2, "count", "tầng", subject="số tầng xe đẩy inox", optional=True),
    fig("từ 1,8 đến 3,2 triệu", "1,8", 1.8e6, "money", "đồng/chiếc", value_max=3.2e6,
        change=chg("decrease", 20, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá mỗi chiếc xe đẩy inox 304 hai tầng"),
    fig("có 65 lao động", "65", 65, "count", "lao động", subject="lao động của công ty"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="lương bình quân"),
    fig("thêm 20 người", "20", 20, "count", "người", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25),
    fig("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất xe đẩy, xe rùa và thiết bị vận chuyển cầm tay", location=HP),
    fig("ước đạt 620 tỷ", "620", 620e9, "money", "đồng", status="estimate", percent=0.3,
        subject="giá trị sản xuất", period=Y24, location=HP),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", subject="sản lượng xe đẩy inox", location=HP),
]

NOTES = [
    "Radio/TV site (Truyền hình Hải Phòng): menu, '05/12/2024 - 17:20 | Bình luận (0)', '[Video] Thời lượng 03:12', tag 'THP -',",
    "  'Từ khóa', 'Tin cùng chuyên mục'.",
    "Distractors: 17:20, 'Bình luận (0)', video length 03:12, 'inox 304' (steel grade), '11 tháng' in a link.",
    "The company (xã An Hòa, huyện An Dương) → default location An Dương; the city's figures (Sở Công Thương) → Hải Phòng.",
    "'Năm 2024 là năm \"được mùa\" ... khi doanh nghiệp ký hợp đồng cung cấp 4.500 xe ...' → period 2024 for the three counts.",
    "'8.760 chiếc xe đẩy các loại, gồm 5.200 ..., 2.140 ... và 1.420 ...' → parts with total 8760 (they add up).",
    "'Doanh thu ước đạt 27,5 tỷ đồng, tăng gần 1,6 lần so với năm 2023' → estimate, change 1,6 lần (approx nearly); period from the",
    "  previous sentence (inherited).",
    "'giá từ 1,8 đến 3,2 triệu đồng, rẻ hơn khoảng 20% so với hàng nhập khẩu' → range, change decrease 20%. 'hai tầng' is a product",
    "  feature: optional.",
    "'năm 2025 dự kiến tuyển thêm 20 người' → forecast. 'xếp thứ 5 cả nước' → rank, location Hải Phòng.",
]

if __name__ == "__main__":
    write("p1470-8", TEXT, NOTES, FIGS, published="2024-12-05", location="An Dương")
