"""p1202-3: formal report (UBND tỉnh Nghệ An), agricultural insurance support 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ bảo hiểm nông nghiệp năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đối tượng tham gia
Năm 2023, toàn tỉnh có 5.732 hộ tham gia bảo hiểm nông nghiệp, bằng 81,9% kế hoạch, tăng 1,8 lần so với năm 2022. Trong đó, 3.915 hộ bảo hiểm cây lúa, 1.406 hộ bảo hiểm vật nuôi (trâu, bò, lợn) và 411 hộ bảo hiểm thủy sản. Số hộ nghèo, cận nghèo tham gia là 3.686 hộ, chiếm 64,3%. Tổng giá trị được bảo hiểm đạt 236,4 tỷ đồng.

2. Phí bảo hiểm, kinh phí hỗ trợ và bồi thường
Đơn vị tính: triệu đồng
Đối tượng | Phí bảo hiểm | Ngân sách hỗ trợ | Bồi thường
Cây lúa | 3.862 | 2.417 | 1.185
Vật nuôi | 2.154 | 1.306 | 742
Thủy sản | 1.038 | 512 | 96
Tổng cộng | 7.054 | 4.235 | 2.023

3. Giám định, bồi thường
Trong năm, các doanh nghiệp bảo hiểm đã giám định và bồi thường cho 1.127 hộ bị thiệt hại do rét đậm, rét hại, dịch bệnh và bão số 2; tỷ lệ bồi thường trên phí bảo hiểm đạt 28,7%. Riêng huyện Yên Thành có 326 hộ được bồi thường với số tiền hơn 610 triệu đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu có ít nhất 7.000 hộ tham gia bảo hiểm nông nghiệp; mở rộng bảo hiểm cho cây chè, cây cam tại 3 huyện Thanh Chương, Anh Sơn, Con Cuông; dự kiến ngân sách tỉnh bố trí 5,5 tỷ đồng kinh phí hỗ trợ.

Nơi nhận:
- Bộ Tài chính (b/c);
- Bộ NN&PTNT (b/c);
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    return F(anchor, number, value * 1e6, "money", "đồng", subject=f"{col} {row}", period=I(Y23))


FIGS = [
    F("có 5.732 hộ", "5.732", 5732, "count", "hộ", percent=81.9,
      change=C("increase", 1.8, "lần", "năm 2022"),
      subject="hộ tham gia bảo hiểm nông nghiệp", period=Y23),
    F("3.915 hộ", "3.915", 3915, "count", "hộ", total=5732,
      subject="hộ bảo hiểm cây lúa", period=I(Y23)),
    F("1.406 hộ", "1.406", 1406, "count", "hộ", total=5732,
      subject="hộ bảo hiểm vật nuôi", period=I(Y23)),
    F("411 hộ", "411", 411, "count", "hộ", total=5732,
      subject="hộ bảo hiểm thủy sản", period=I(Y23)),
    F("là 3.686 hộ", "3.686", 3686, "count", "hộ", percent=64.3,
      subject="hộ nghèo, cận nghèo tham gia", period=I(Y23)),
    F("đạt 236,4 tỷ", "236,4", 236.4e9, "money", "đồng",
      subject="tổng giá trị được bảo hiểm", period=I(Y23)),
    cell("Cây lúa | 3.862", "3.862", 3862, "cây lúa", "Phí bảo hiểm"),
    cell("3.862 | 2.417", "2.417", 2417, "cây lúa", "Ngân sách hỗ trợ"),
    cell("2.417 | 1.185", "1.185", 1185, "cây lúa", "Bồi thường"),
    cell("Vật nuôi | 2.154", "2.154", 2154, "vật nuôi", "Phí bảo hiểm"),
    cell("2.154 | 1.306", "1.306", 1306, "vật nuôi", "Ngân sách hỗ trợ"),
    cell("1.306 | 742", "742", 742, "vật nuôi", "Bồi thường"),
    cell("Thủy sản | 1.038", "1.038", 1038, "thủy sản", "Phí bảo hiểm"),
    cell("1.038 | 512", "512", 512, "thủy sản", "Ngân sách hỗ trợ"),
    cell("512 | 96", "96", 96, "thủy sản", "Bồi thường"),
    cell("Tổng cộng | 7.054", "7.054", 7054, "tổng cộng", "Phí bảo hiểm"),
    cell("7.054 | 4.235", "4.235", 4235, "tổng cộng", "Ngân sách hỗ trợ"),
    cell("4.235 | 2.023", "2.023", 2023, "tổng cộng", "Bồi thường"),
    F("cho 1.127 hộ", "1.127", 1127, "count", "hộ",
      subject="hộ bị thiệt hại được giám định và bồi thường", period=YEAR),
    F("đạt 28,7%", "28,7", 28.7, "percent", "%",
      subject="tỷ lệ bồi thường trên phí bảo hiểm", period=YEAR),
    F("có 326 hộ", "326", 326, "count", "hộ",
      subject="hộ được bồi thường", period=I(YEAR), location="Yên Thành"),
    F("hơn 610 triệu", "610", 610e6, "money", "đồng", approx="over",
      subject="số tiền bồi thường", period=I(YEAR), location="Yên Thành"),
    F("ít nhất 7.000 hộ", "7.000", 7000, "count", "hộ", approx="at_least", status="target",
      subject="hộ tham gia bảo hiểm nông nghiệp", period=Y24),
    F("tại 3 huyện", "3", 3, "count", "huyện", status="target",
      subject="huyện mở rộng bảo hiểm cây chè, cây cam", period=Y24),
    F("bố trí 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", status="forecast",
      subject="ngân sách tỉnh bố trí kinh phí hỗ trợ", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH NGHỆ AN', 'Số: 118/BC-UBND', 'Nghệ An, ngày 08 tháng 3 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 118/BC-UBND, 'bão số 2' (a storm's name), section numbers, 'Lưu: VT, KT'.",
    "Flattened | table, 'Đơn vị tính: triệu đồng': each cell is money ×10^6 đồng; subject = column label + row label; period inherited from",
    "the report's year (title 'năm 2023', 'Năm 2023' in section 1). Cells get no totals (the Tổng cộng row is its own figure).",
    "'bằng 81,9% kế hoạch' → percent of 5.732; 'tăng 1,8 lần so với năm 2022' → change in lần. 3.686 hộ 'chiếm 64,3%' → percent, no total (no part cue).",
    "'Trong năm' in a yearly report = 2023. Yên Thành figures are located in the district; 'Riêng' is not a part-of cue: no total.",
    "Section II 'NHIỆM VỤ NĂM 2024' with 'Phấn đấu' (continuing after ';') → target; 'dự kiến' → forecast. Periods inherited from the heading.",
]

if __name__ == "__main__":
    write("p1202-3", TEXT, NOTES, FIGS, published="2024-03-08", location="Nghệ An")
