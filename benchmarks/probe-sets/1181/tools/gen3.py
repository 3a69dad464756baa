"""p1181-3: formal report (UBND tỉnh Thừa Thiên Huế), reservoir operation and downstream warning, flood season 2023; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 25 tháng 12 năm 2023

BÁO CÁO
Kết quả vận hành hồ chứa và cảnh báo hạ du mùa mưa lũ năm 2023

I. TÌNH HÌNH MƯA LŨ
Năm 2023, trên địa bàn tỉnh xảy ra 4 đợt lũ. Đợt lũ lớn nhất từ ngày 13 đến 16/11/2023 có tổng lượng mưa phổ biến 600-900 mm; đỉnh lũ sông Hương tại Kim Long đạt 3,85 m, trên báo động III 0,35 m.

II. KẾT QUẢ VẬN HÀNH
1. Vận hành các hồ chứa
Các hồ chứa lớn vận hành đúng quy trình liên hồ; trong đợt lũ tháng 11, 4 hồ đã cắt giảm khoảng 25-30% lưu lượng đỉnh lũ về hồ, góp phần hạ mực nước sông Hương tại Kim Long từ 0,4 đến 0,6 m.

Đơn vị tính: triệu m³
Hồ chứa | Dung tích phòng lũ | Tổng lượng xả năm 2023
Hồ Tả Trạch | 395,0 | 812,4
Thủy điện Hương Điền | 100,0 | 1.035,6
Thủy điện Bình Điền | 70,0 | 640,2
Thủy điện Sông Bồ | 12,5 | 118,7
Tổng cộng | 577,5 | 2.606,9

2. Công tác cảnh báo hạ du
Các chủ hồ đã phát 126 thông báo vận hành xả lũ, trong đó 38 thông báo xả tràn khẩn cấp. Tỉnh đã đầu tư 12 trạm cảnh báo tự động với kinh phí 9,6 tỷ đồng; 100% thôn vùng hạ du có loa cảnh báo.

III. PHƯƠNG HƯỚNG NĂM 2024
Hoàn thành lắp đặt thêm 8 trạm cảnh báo trước ngày 31/8/2024; phấn đấu giảm thời gian truyền tin cảnh báo đến hộ dân xuống dưới 30 phút.

Nơi nhận:
- Bộ Công Thương (b/c);
- Ban CHQG về PCTT (b/c);
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FLOOD = P("từ ngày 13 đến 16/11/2023", "2023-11-13", "2023-11-16")
NOV = P("trong đợt lũ tháng 11", "2023-11-01", "2023-11-30")
COL = P("Tổng lượng xả năm 2023", "2023-01-01", "2023-12-31")
BY318 = P("trước ngày 31/8/2024", None, "2024-08-31")
Y24H = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cap(anchor, number, value, row):
    return F(anchor, number, value, "measure", "m³", subject=f"dung tích phòng lũ {row}")


def rel(anchor, number, value, row):
    return F(anchor, number, value, "measure", "m³", subject=f"tổng lượng xả {row}", period=COL)


FIGS = [
    F("xảy ra 4 đợt lũ", "4", 4, "count", "đợt lũ", subject="đợt lũ xảy ra trên địa bàn tỉnh", period=Y23),
    F("600-900 mm", "600", 600, "measure", "mm", value_max=900,
      subject="tổng lượng mưa phổ biến đợt lũ lớn nhất", period=FLOOD),
    F("đạt 3,85 m", "3,85", 3.85, "measure", "m", change=C("increase", 0.35, "m", "báo động III"),
      subject="đỉnh lũ sông Hương tại Kim Long", period=FLOOD),
    F("11, 4 hồ", "4", 4, "count", "hồ", subject="hồ chứa cắt giảm lưu lượng đỉnh lũ về hồ", period=NOV),
    F("khoảng 25-30%", "25", 25, "percent", "%", value_max=30, approx="about",
      subject="tỷ lệ cắt giảm lưu lượng đỉnh lũ về hồ", period=NOV),
    F("từ 0,4 đến 0,6 m", "0,4", 0.4, "measure", "m", value_max=0.6,
      subject="mức hạ mực nước sông Hương tại Kim Long", period=NOV),
    cap("Trạch | 395,0", "395,0", 395000000, "Hồ Tả Trạch"),
    rel("395,0 | 812,4", "812,4", 812400000, "Hồ Tả Trạch"),
    cap("Hương Điền | 100,0", "100,0", 100000000, "Thủy điện Hương Điền"),
    rel("100,0 | 1.035,6", "1.035,6", 1035600000, "Thủy điện Hương Điền"),
    cap("Bình Điền | 70,0", "70,0", 70000000, "Thủy điện Bình Điền"),
    rel("70,0 | 640,2", "640,2", 640200000, "Thủy điện Bình Điền"),
    cap("Sông Bồ | 12,5", "12,5", 12500000, "Thủy điện Sông Bồ"),
    rel("12,5 | 118,7", "118,7", 118700000, "Thủy điện Sông Bồ"),
    cap("Tổng cộng | 577,5", "577,5", 577500000, "tổng cộng"),
    rel("577,5 | 2.606,9", "2.606,9", 2606900000, "tổng cộng"),
    F("phát 126 thông báo", "126", 126, "count", "thông báo",
      subject="thông báo vận hành xả lũ các chủ hồ đã phát", period=I(Y23)),
    F("38 thông báo", "38", 38, "count", "thông báo", total=126,
      subject="thông báo xả tràn khẩn cấp", period=I(Y23)),
    F("đầu tư 12 trạm", "12", 12, "count", "trạm cảnh báo tự động",
      subject="trạm cảnh báo tự động tỉnh đã đầu tư"),
    F("9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng",
      subject="kinh phí đầu tư trạm cảnh báo tự động"),
    F("100% thôn", "100", 100, "percent", "%", subject="tỷ lệ thôn vùng hạ du có loa cảnh báo"),
    F("thêm 8 trạm", "8", 8, "count", "trạm cảnh báo", status="target",
      subject="trạm cảnh báo lắp đặt thêm", period=BY318),
    F("dưới 30 phút", "30", 30, "measure", "phút", approx="under", status="target",
      subject="thời gian truyền tin cảnh báo đến hộ dân", period=Y24H),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH THỪA THIÊN HUẾ, 'Số: 318/BC-UBND', 'Thừa Thiên Huế, ngày 25 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: triệu m³' (×10⁶, unit m³); rows are reservoirs (items, not places): subject = column + row label.",
    "Column 'Dung tích phòng lũ' is a design capacity (no period); column 'Tổng lượng xả năm 2023' gives its cells the year (scored).",
    "Distractors: Số: 318/BC-UBND, section numbers I.-III., 1.-2., 'báo động III', 'Ban CHQG', 'Lưu: VT, KT'.",
    "'trong đợt lũ tháng 11' is a month without year (2023 from the report). The 4 reservoirs are not parts of the 4 floods.",
    "Section III 'PHƯƠNG HƯỚNG NĂM 2024' makes both figures targets; the 8 stations carry their own deadline 'trước ngày 31/8/2024'.",
    "Revised after the first run: subject of '4 đợt lũ' gets the sentence's verb ('xảy ra'), as every other count in the set keeps its predicate.",
    "Section II.2 figures (126, 38) inherit the year of the report from section I (inherited); the stations and 100% thôn get none.",
]

if __name__ == "__main__":
    write("p1181-3", TEXT, NOTES, FIGS, published="2023-12-25", location="Thừa Thiên Huế")
