"""p544-3: formal report UBND tỉnh Hà Tĩnh, công tác trẻ em năm 2023, flattened | table."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện công tác trẻ em năm 2023, nhiệm vụ năm 2024

Thực hiện Luật Trẻ em năm 2016 và Công văn số 3921/LĐTBXH-TE ngày 02/10/2023 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tình hình trẻ em
Tính đến ngày 30/11/2023, toàn tỉnh có 352.418 trẻ em dưới 16 tuổi, chiếm 26,3% dân số. Số trẻ em có hoàn cảnh đặc biệt được tổng hợp tại Bảng 1.

Bảng 1. Trẻ em có hoàn cảnh đặc biệt (Đơn vị tính: em)
Nhóm | Năm 2022 | Năm 2023 | 2023 so với 2022 (%)
Trẻ em mồ côi, không nơi nương tựa | 1.284 | 1.251 | 97,4
Trẻ em khuyết tật nặng | 3.905 | 3.862 | 98,9
Trẻ em bị xâm hại, bạo lực | 27 | 19 | 70,4
Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt | 6.730 | 6.415 | 95,3

2. Kết quả thực hiện chính sách
Năm 2023, tổng kinh phí thực hiện chính sách cho trẻ em ước đạt 68,5 tỷ đồng, đạt 103,2% kế hoạch; trong đó ngân sách tỉnh 41,2 tỷ đồng, huy động xã hội hóa 27,3 tỷ đồng. Quỹ Bảo trợ trẻ em các cấp vận động được 5,8 tỷ đồng. Toàn tỉnh có 196/209 xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em. Số trẻ em tử vong do đuối nước là 23 em, giảm 6 em so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp; tỷ lệ xã, phường, thị trấn phù hợp với trẻ em đạt từ 95% trở lên.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, KGVX.
"""

Y22 = Y(2022, "Năm 2022")
Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inherited=True)
CMP = Y(2023, "2023 so với 2022", inherited=True)
Y24i = Y(2024, "NĂM 2024", inherited=True)

ROWS = [
    ("Trẻ em mồ côi, không nơi nương tựa", ("1.284", 1284), ("1.251", 1251), ("97,4", 97.4)),
    ("Trẻ em khuyết tật nặng", ("3.905", 3905), ("3.862", 3862), ("98,9", 98.9)),
    ("Trẻ em bị xâm hại, bạo lực", ("27", 27), ("19", 19), ("70,4", 70.4)),
    ("Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", ("6.730", 6730), ("6.415", 6415), ("95,3", 95.3)),
]

TABLE = []
for label, a, b, c in ROWS:
    TABLE.append(F(f"{label} | {a[0]}", a[0], a[1], "count", "em", f"{label} năm 2022", Y22))
    TABLE.append(F(f"| {a[0]} | {b[0]}", b[0], b[1], "count", "em", f"{label} năm 2023", Y23))
    TABLE.append(F(f"| {b[0]} | {c[0]}", c[0], c[1], "percent", "%", f"{label} năm 2023 so với năm 2022", CMP))

FIGS = [
    AGE("dưới 16 tuổi", "16", 16, approx="under"),
    F("có 352.418 trẻ em", "352.418", 352418, "count", "trẻ em", "trẻ em dưới 16 tuổi",
      P("Tính đến ngày 30/11/2023", None, "2023-11-30"), percent=26.3),
    *TABLE,
    F("ước đạt 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "tổng kinh phí thực hiện chính sách cho trẻ em",
      Y23, percent=103.2, status="estimate"),
    F("ngân sách tỉnh 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng",
      "kinh phí thực hiện chính sách cho trẻ em từ ngân sách tỉnh", Y23, total=68.5e9, status="estimate"),
    F("hội hóa 27,3 tỷ đồng", "27,3", 27.3e9, "money", "đồng",
      "kinh phí thực hiện chính sách cho trẻ em huy động xã hội hóa", Y23, total=68.5e9, status="estimate"),
    F("được 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "Quỹ Bảo trợ trẻ em các cấp vận động", Y23i),
    F("196/209", "196", 196, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", Y23i, total=209),
    F("là 23 em", "23", 23, "count", "em", "trẻ em tử vong do đuối nước", Y23i,
      change=CH("decrease", 6, "em", "năm 2022")),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", Y24i,
      status="target"),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ xã, phường, thị trấn phù hợp với trẻ em", Y24i,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under letterhead (UBND tỉnh Hà Tĩnh, Số: 487/BC-UBND), place-and-date line = published.",
    "Flattened '|' table (Đơn vị tính: em): count cells take the unit 'em' and the year column as a scored period (as shared h23);",
    "the '2023 so với 2022 (%)' column is a percent figure per row (period left inherited: a comparison, not a plain period).",
    "'ước đạt 68,5 tỷ' is an estimate and the cue continues into its 'trong đó' parts (total 68,5 tỷ). 'đạt 103,2% kế hoạch' = percent.",
    "'từ 95% trở lên' = at_least. Section II targets take 'NĂM 2024' from the heading (inherited).",
    "Distractors: Số: 487/BC-UBND, Công văn số 3921/LĐTBXH-TE ngày 02/10/2023, Luật Trẻ em năm 2016, Bảng 1, I./II./1./2.",
]

if __name__ == "__main__":
    emit("p544-3", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Hà Tĩnh")
