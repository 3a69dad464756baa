"""p1161-3: formal report (UBND tỉnh Lâm Đồng) on greenhouses, mulch film and plastic-waste collection; flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 20 tháng 12 năm 2023

BÁO CÁO
Tình hình sử dụng nhà kính, màng phủ nông nghiệp và thu gom chất thải nhựa nông nghiệp năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, khối lượng sử dụng
Năm 2023, toàn tỉnh có 5.820 ha sản xuất trong nhà kính, nhà lưới và 8.390 ha canh tác phủ màng nilon ngoài đồng, tăng 6,2% so với năm 2022. Khối lượng màng nhà kính, màng phủ sử dụng ước khoảng 9.600 tấn/năm, trong đó khoảng 2.900 tấn phải thay mới hằng năm.

2. Diện tích theo địa bàn
Đơn vị tính: ha
Địa bàn | Nhà kính, nhà lưới | Phủ màng ngoài đồng
Thành phố Đà Lạt | 2.310 | 1.240
Huyện Đơn Dương | 1.520 | 2.860
Huyện Đức Trọng | 1.140 | 2.150
Huyện Lạc Dương | 560 | 980
Các huyện khác | 290 | 1.160
Tổng cộng | 5.820 | 8.390

3. Thu gom, xử lý
Trong năm, các địa phương đã thu gom khoảng 3.150 tấn màng phủ, màng nhà kính đã qua sử dụng, đạt 32,8% lượng phát sinh; trong đó thành phố Đà Lạt thu gom 1.020 tấn. Toàn tỉnh hiện có 4 cơ sở tái chế nhựa nông nghiệp với tổng công suất 18 tấn/ngày.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ thu gom màng phủ, màng nhà kính đã qua sử dụng đạt trên 40%; hỗ trợ 50% kinh phí, tối đa 30 triệu đồng/hộ, cho các hộ chuyển sang dùng màng phủ phân hủy sinh học.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # report title
YIN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

GH = "diện tích nhà kính, nhà lưới"
MF = "diện tích phủ màng ngoài đồng"


def cell(anchor, number, value, col, row, place=None):
    subj = col if place else f"{col} {row}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "measure", "ha", subject=subj, period=Y23T, **kw)


FIGS = [
    fig("có 5.820 ha", "5.820", 5820, "measure", "ha", subject="diện tích sản xuất trong nhà kính, nhà lưới",
        period=Y23),
    fig("và 8.390 ha", "8.390", 8390, "measure", "ha", change=chg("increase", 6.2, "%", "năm 2022"),
        subject="diện tích canh tác phủ màng nilon ngoài đồng", period=Y23),
    fig("khoảng 9.600 tấn/năm", "9.600", 9600, "measure", "tấn/năm", approx="about", status="estimate",
        subject="khối lượng màng nhà kính, màng phủ sử dụng", period=inh(Y23)),
    fig("khoảng 2.900 tấn", "2.900", 2900, "measure", "tấn", approx="about", status="estimate", total=9600,
        subject="khối lượng màng phải thay mới hằng năm", period=inh(Y23)),
    cell("Lạt | 2.310", "2.310", 2310, GH, "", "Đà Lạt"),
    cell("2.310 | 1.240", "1.240", 1240, MF, "", "Đà Lạt"),
    cell("Dương | 1.520", "1.520", 1520, GH, "", "Đơn Dương"),
    cell("1.520 | 2.860", "2.860", 2860, MF, "", "Đơn Dương"),
    cell("Trọng | 1.140", "1.140", 1140, GH, "", "Đức Trọng"),
    cell("1.140 | 2.150", "2.150", 2150, MF, "", "Đức Trọng"),
    cell("Lạc Dương | 560", "560", 560, GH, "", "Lạc Dương"),
    cell("560 | 980", "980", 980, MF, "", "Lạc Dương"),
    cell("khác | 290", "290", 290, GH, "các huyện khác"),
    cell("290 | 1.160", "1.160", 1160, MF, "các huyện khác"),
    cell("Tổng cộng | 5.820", "5.820", 5820, GH, "tổng cộng"),
    cell("5.820 | 8.390", "8.390", 8390, MF, "tổng cộng"),
    fig("khoảng 3.150 tấn", "3.150", 3150, "measure", "tấn", approx="about", percent=32.8,
        subject="màng phủ, màng nhà kính đã qua sử dụng được thu gom", period=YIN),
    fig("thu gom 1.020 tấn", "1.020", 1020, "measure", "tấn", total=3150,
        subject="màng phủ, màng nhà kính đã qua sử dụng được thu gom", period=YIN, location="Đà Lạt"),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở tái chế nhựa nông nghiệp"),
    fig("18 tấn/ngày", "18", 18, "measure", "tấn/ngày",
        subject="tổng công suất các cơ sở tái chế nhựa nông nghiệp"),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ thu gom màng phủ, màng nhà kính đã qua sử dụng", period=Y24),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="target",
        subject="kinh phí hỗ trợ hộ chuyển sang dùng màng phủ phân hủy sinh học", period=Y24),
    fig("tối đa 30 triệu", "30", 30e6, "money", "đồng/hộ", approx="at_most", status="target",
        subject="mức hỗ trợ hộ chuyển sang dùng màng phủ phân hủy sinh học", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH LÂM ĐỒNG', 'Số: 412/BC-UBND', 'Lâm Đồng, ngày 20 tháng 12 năm 2023' (published 2023-12-20).",
    "Flattened '|' table, 'Đơn vị tính: ha'; rows are places → location, subject = column label (+ row label when not a place).",
    "Table period 'năm 2023' comes from the report title (inherited). Cells get no totals; 'Tổng cộng' row is its own figures.",
    "'tăng 6,2% so với năm 2022' is the change of 8.390 ha (the figure before it). 'ước khoảng 9.600 tấn/năm ..., trong đó khoảng 2.900 tấn' → both estimate, 2.900 of 9.600.",
    "'Trong năm' in an annual report = năm 2023 (like 'trong tháng' in a monthly report); the part 'trong đó thành phố Đà Lạt thu gom 1.020 tấn' → total 3.150, location Đà Lạt.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu', continued after ';' → target, period inherited.",
    "Distractors: 'Số: 412/BC-UBND', section numbers I./II./1.-3., title 'năm 2023', 'Lưu: VT, NN'.",
]

if __name__ == "__main__":
    write("p1161-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Lâm Đồng")
