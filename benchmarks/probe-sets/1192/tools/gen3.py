"""p1192-3: formal report (UBND tỉnh Bà Rịa - Vũng Tàu), surimi and fish cake 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình chế biến surimi, chả cá năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ NĂM 2023
1. Sản xuất
Năm 2023, toàn tỉnh có 64 cơ sở chế biến surimi, chả cá, trong đó 11 doanh nghiệp chế biến surimi xuất khẩu và 53 cơ sở quy mô hộ gia đình. Tổng sản lượng đạt 71.350 tấn, bằng 102,4% kế hoạch, bằng 96,8% so với năm 2022; giá trị sản xuất ước đạt 2.860 tỷ đồng.

2. Sản lượng theo địa phương
Đơn vị tính: tấn
Địa phương | Surimi | Chả cá | Cộng
TP Vũng Tàu | 28.400 | 1.950 | 30.350
Huyện Long Điền | 17.200 | 2.380 | 19.580
Huyện Đất Đỏ | 9.600 | 870 | 10.470
Thị xã Phú Mỹ | 10.150 | 800 | 10.950
Tổng cộng | 65.350 | 6.000 | 71.350

3. Lao động, thị trường
Năm 2023, các cơ sở sử dụng 8.740 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Kim ngạch xuất khẩu surimi đạt 98,6 triệu USD, tăng 4,1% so với năm 2022, chiếm 11,3% kim ngạch xuất khẩu thủy sản của tỉnh.

II. KẾ HOẠCH NĂM 2024
Phấn đấu tổng sản lượng surimi, chả cá đạt 74.000 tấn, tăng 3,7%; kim ngạch xuất khẩu surimi trên 100 triệu USD. Dự kiến hỗ trợ 15 cơ sở hộ gia đình ở huyện Long Điền đầu tư thiết bị cấp đông, mức hỗ trợ tối đa 50 triệu đồng/cơ sở.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PLAN = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Surimi": "sản lượng surimi", "Chả cá": "sản lượng chả cá", "Cộng": "sản lượng cộng surimi, chả cá"}


def cell(anchor, number, value, place, col):
    kw = {"location": place} if place else {}
    subject = COLS[col] if place else "tổng cộng " + COLS[col]
    return F(anchor, number, value, "measure", "tấn", subject=subject, period=I(Y23), **kw)


FIGS = [
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở chế biến surimi, chả cá", period=Y23),
    F("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=64,
      subject="doanh nghiệp chế biến surimi xuất khẩu", period=Y23),
    F("và 53 cơ sở", "53", 53, "count", "cơ sở", total=64,
      subject="cơ sở chế biến surimi, chả cá quy mô hộ gia đình", period=Y23),
    F("đạt 71.350 tấn", "71.350", 71350, "measure", "tấn", percent=102.4,
      subject="tổng sản lượng surimi, chả cá", period=I(Y23)),
    F("bằng 96,8%", "96,8", 96.8, "percent", "%", optional=True,
      subject="tổng sản lượng so với năm 2022", period=I(Y23)),
    F("ước đạt 2.860 tỷ", "2.860", 2.86e12, "money", "đồng", status="estimate",
      subject="giá trị sản xuất surimi, chả cá", period=I(Y23)),
    cell("Vũng Tàu | 28.400", "28.400", 28400, "Vũng Tàu", "Surimi"),
    cell("28.400 | 1.950", "1.950", 1950, "Vũng Tàu", "Chả cá"),
    cell("1.950 | 30.350", "30.350", 30350, "Vũng Tàu", "Cộng"),
    cell("Long Điền | 17.200", "17.200", 17200, "Long Điền", "Surimi"),
    cell("17.200 | 2.380", "2.380", 2380, "Long Điền", "Chả cá"),
    cell("2.380 | 19.580", "19.580", 19580, "Long Điền", "Cộng"),
    cell("Đất Đỏ | 9.600", "9.600", 9600, "Đất Đỏ", "Surimi"),
    cell("9.600 | 870", "870", 870, "Đất Đỏ", "Chả cá"),
    cell("870 | 10.470", "10.470", 10470, "Đất Đỏ", "Cộng"),
    cell("Phú Mỹ | 10.150", "10.150", 10150, "Phú Mỹ", "Surimi"),
    cell("10.150 | 800", "800", 800, "Phú Mỹ", "Chả cá"),
    cell("800 | 10.950", "10.950", 10950, "Phú Mỹ", "Cộng"),
    cell("Tổng cộng | 65.350", "65.350", 65350, None, "Surimi"),
    cell("65.350 | 6.000", "6.000", 6000, None, "Chả cá"),
    cell("6.000 | 71.350", "71.350", 71350, None, "Cộng"),
    F("sử dụng 8.740 lao động", "8.740", 8740, "count", "lao động",
      subject="lao động các cơ sở chế biến surimi, chả cá", period=Y23),
    F("8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động",
      period=Y23),
    F("đạt 98,6 triệu", "98,6", 98.6e6, "money", "USD", change=C("increase", 4.1, "%", "năm 2022"),
      percent=11.3, subject="kim ngạch xuất khẩu surimi", period=I(Y23)),
    F("đạt 74.000 tấn", "74.000", 74000, "measure", "tấn", status="target", change=C("increase", 3.7, "%"),
      subject="tổng sản lượng surimi, chả cá", period=PLAN),
    F("trên 100 triệu", "100", 100e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu surimi", period=PLAN),
    F("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", status="forecast",
      subject="cơ sở hộ gia đình được hỗ trợ đầu tư thiết bị cấp đông", location="Long Điền", period=PLAN),
    F("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", approx="at_most", status="forecast",
      subject="mức hỗ trợ đầu tư thiết bị cấp đông", location="Long Điền", period=PLAN),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 38/BC-UBND', 'Bà Rịa, ngày 22 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are places (-> location), columns are products: subject = caption indicator + column label;",
    "'Tổng cộng' row: province (default location). Table cells get no total. Table period 'năm 2023' from section heading I (inherited).",
    "'bằng 102,4% kế hoạch, bằng 96,8% so với năm 2022': first share is the attribute, the second an optional percent figure.",
    "Section II heading 'KẾ HOẠCH NĂM 2024' gives the period (inherited). 'Phấn đấu' -> target (continues after ';'); 'Dự kiến' -> forecast.",
    "revised after the first run: 'Cộng' column subjects now carry the column label ('sản lượng cộng surimi, chả cá'; was 'tổng sản lượng ...').",
    "Distractors: 'Số: 38/BC-UBND', date line, section numbers I./II./1.-3., 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1192-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Bà Rịa - Vũng Tàu")
