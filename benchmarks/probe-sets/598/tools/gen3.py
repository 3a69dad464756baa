"""p598-3: formal report, Ban Chỉ huy PCTT-TKCN tỉnh Hà Giang — 9-month disaster damage, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ GIANG
BAN CHỈ HUY PCTT VÀ TKCN
Số: 317/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình thiệt hại do thiên tai 9 tháng năm 2024 và nhiệm vụ trọng tâm quý IV/2024

I. TÌNH HÌNH THIỆT HẠI
1. Trong 9 tháng năm 2024, trên địa bàn tỉnh xảy ra 27 đợt mưa lớn, lốc, sét và mưa đá, làm 11 người chết, 14 người bị thương; gây 2.845 điểm sạt lở đất, tăng 1,6 lần so với cùng kỳ năm 2023. Riêng quý III/2024 ghi nhận 1.962 điểm sạt lở, chiếm 69% tổng số điểm sạt lở. Tổng giá trị thiệt hại ước khoảng 318,7 tỷ đồng, bằng 142% cùng kỳ.

2. Thiệt hại tại một số huyện chịu ảnh hưởng nặng:
Bảng 1. Thiệt hại do thiên tai 9 tháng năm 2024
Huyện | Điểm sạt lở (điểm) | Nhà hư hỏng (nhà) | Hộ phải di dời (hộ) | Giá trị thiệt hại (tỷ đồng)
Hoàng Su Phì | 624 | 318 | 96 | 72,4
Xín Mần | 517 | 265 | 78 | 58,1
Quản Bạ | 386 | 142 | 35 | 41,6
Vị Xuyên | 402 | 187 | 52 | 47,3

3. Về di dời dân cư: toàn tỉnh đã di dời 384 hộ khỏi vùng nguy hiểm, trong đó 261 hộ được bố trí tái định cư tập trung, 123 hộ tái định cư xen ghép. Kinh phí hỗ trợ di dời 9 tháng đạt 26,9 tỷ đồng, đạt 67% kế hoạch năm.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024
1. Dự kiến hoàn thành lắp đặt 35 trạm đo mưa tự động tại các xã có nguy cơ cao; phấn đấu đến hết năm 2024 di dời thêm 150 hộ.
2. Duy trì nghiêm chế độ trực ban 24/24 giờ; số điện thoại trực ban: 0219.3866.104.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9B = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

FIGS = [
    F("ra 27 đợt", "27", 27, "count", "đợt", "đợt mưa lớn, lốc, sét và mưa đá", M9),
    F("làm 11 người chết", "11", 11, "count", "người", "người chết", M9),
    F("14 người bị thương", "14", 14, "count", "người", "người bị thương", M9),
    F("gây 2.845 điểm", "2.845", 2845, "count", "điểm", "điểm sạt lở đất", M9,
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023")),
    F("ghi nhận 1.962 điểm", "1.962", 1962, "count", "điểm", "điểm sạt lở",
      P("quý III/2024", "2024-07-01", "2024-09-30"), percent=69),
    F("khoảng 318,7 tỷ đồng", "318,7", 318.7e9, "money", "đồng", "tổng giá trị thiệt hại", I(M9),
      approx="about", percent=142, status="estimate"),
]

TABLE = [
    ("Hoàng Su Phì", ["Hoàng Su Phì | 624", "624 | 318", "318 | 96", "96 | 72,4"], ["624", "318", "96", "72,4"]),
    ("Xín Mần", ["Xín Mần | 517", "517 | 265", "265 | 78", "78 | 58,1"], ["517", "265", "78", "58,1"]),
    ("Quản Bạ", ["Quản Bạ | 386", "386 | 142", "142 | 35", "35 | 41,6"], ["386", "142", "35", "41,6"]),
    ("Vị Xuyên", ["Vị Xuyên | 402", "402 | 187", "187 | 52", "52 | 47,3"], ["402", "187", "52", "47,3"]),
]
COLS = [("count", "điểm", "điểm sạt lở", 1), ("count", "nhà", "nhà hư hỏng", 1),
        ("count", "hộ", "hộ phải di dời", 1), ("money", "đồng", "giá trị thiệt hại", 1e9)]
for place, anchors, nums in TABLE:
    for (kind, unit, subj, mult), a, n in zip(COLS, anchors, nums):
        v = float(n.replace(",", ".")) * mult
        FIGS.append(F(a, n, v, kind, unit, subj, I(M9), location=place))

FIGS += [
    F("di dời 384 hộ", "384", 384, "count", "hộ", "hộ di dời khỏi vùng nguy hiểm", I(M9)),
    F("261 hộ", "261", 261, "count", "hộ", "hộ được bố trí tái định cư tập trung", I(M9), total=384),
    F("123 hộ", "123", 123, "count", "hộ", "hộ tái định cư xen ghép", I(M9), total=384),
    F("đạt 26,9 tỷ đồng", "26,9", 26.9e9, "money", "đồng", "kinh phí hỗ trợ di dời", M9B, percent=67),
    F("đặt 35 trạm", "35", 35, "count", "trạm", "trạm đo mưa tự động lắp đặt tại các xã có nguy cơ cao", Q4,
      status="forecast"),
    F("thêm 150 hộ", "150", 150, "count", "hộ", "hộ di dời thêm", P("đến hết năm 2024", None, "2024-12-31"),
      status="target"),
]

COMMENTS = [
    "Formal report (invented) Số: 317/BC-BCH of the Hà Giang PCTT-TKCN command, 07/10/2024: 9-month damage, district table, tasks Q4.",
    "Table: every numeric cell is a figure; district row labels go to location; units from the column headers; period from the",
    "table title (another line: inherited). 'bằng 142% cùng kỳ' is the percent of the 318,7 tỷ; 'chiếm 69%' the percent of 1.962.",
    "'tăng 1,6 lần so với cùng kỳ năm 2023' is the change of 2.845 (lần). 'Dự kiến' -> forecast; 'phấn đấu đến hết năm 2024' -> target.",
    "Distractors: Số: 317/BC-BCH, place-and-date line, I./II./1./2., 'Bảng 1', quý IV/2024 heading, 'trực ban 24/24 giờ', phone.",
]

if __name__ == "__main__":
    emit("p598-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Hà Giang")
