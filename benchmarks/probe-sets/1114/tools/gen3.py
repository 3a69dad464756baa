"""p1114-3: formal report, UBND tỉnh Vĩnh Phúc, fire safety in carpentry villages 2024, flattened | table."""
from lib import F, write, period, inherit, year

TEXT = """UBND TỈNH VĨNH PHÚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Vĩnh Phúc, ngày 25 tháng 11 năm 2024

BÁO CÁO
Kết quả bảo đảm an toàn phòng cháy, chữa cháy tại các làng nghề mộc năm 2024

I. TÌNH HÌNH CHUNG
Toàn tỉnh có 14 làng nghề mộc được công nhận, tập trung tại các huyện Bình Xuyên, Vĩnh Tường, Yên Lạc và thành phố Phúc Yên, thu hút khoảng 21.500 lao động. Năm 2024, giá trị sản xuất các làng nghề mộc ước đạt 3.180 tỷ đồng, bằng 108,6% so với năm 2023. Nguồn gỗ chủ yếu là gỗ rừng trồng (keo, bạch đàn), chiếm 65%, còn lại là gỗ nhập khẩu.

II. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Thực hiện Nghị định số 136/2020/NĐ-CP, tính đến 31/10/2024, lực lượng Công an đã kiểm tra 1.400/2.800 cơ sở, đạt 50%. Kết quả cụ thể như sau:

Bảng 1. Cơ sở sản xuất và kết quả kiểm tra tại làng nghề mộc
Đơn vị tính: cơ sở
Huyện, thành phố | Số cơ sở sản xuất | Số cơ sở được kiểm tra | Số cơ sở vi phạm
Bình Xuyên | 1.245 | 620 | 74
Vĩnh Tường | 836 | 415 | 52
Yên Lạc | 512 | 260 | 31
Phúc Yên | 207 | 105 | 12
Tổng cộng | 2.800 | 1.400 | 169

Đã xử phạt 169 cơ sở với tổng số tiền 742,5 triệu đồng; tạm đình chỉ hoạt động 8 cơ sở.

2. Tình hình cháy
Từ năm 2022 đến nay, xảy ra 9 vụ cháy tại xưởng mộc, làm 1 người bị thương, thiệt hại tài sản khoảng 4,6 tỷ đồng; riêng năm 2024 xảy ra 3 vụ.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở sản xuất được kiểm tra, hướng dẫn về phòng cháy, chữa cháy; dự kiến bố trí 15 tỷ đồng hỗ trợ các làng nghề lắp đặt 24 trụ nước chữa cháy.
"""

ASOF = period("tính đến 31/10/2024", None, "2024-10-31")
SINCE = period("Từ năm 2022 đến nay", "2022-01-01", "2024-11-25")
Y25 = year("NĂM 2025", 2025, inherited=True)
VP = "Vĩnh Phúc"

FIGS = [
    F("có 14 làng nghề", "14", 14, "count", "làng nghề", "làng nghề mộc được công nhận"),
    F("khoảng 21.500 lao động", "21.500", 21500, "count", "lao động", "lao động làng nghề mộc", approx="about"),
    F("ước đạt 3.180 tỷ", "3.180", 3180e9, "money", "đồng", "giá trị sản xuất các làng nghề mộc",
      year("Năm 2024", 2024), percent=108.6, status="estimate"),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ trọng gỗ rừng trồng trong nguồn gỗ"),
    F("kiểm tra 1.400/2.800 cơ sở", "1.400", 1400, "count", "cơ sở", "cơ sở được kiểm tra", ASOF,
      total=2800, percent=50),
]
COLS = [("số cơ sở sản xuất", "| "), ("số cơ sở được kiểm tra", None), ("số cơ sở vi phạm", None)]
ROWS = [("Bình Xuyên", ["1.245", "620", "74"]), ("Vĩnh Tường", ["836", "415", "52"]),
        ("Yên Lạc", ["512", "260", "31"]), ("Phúc Yên", ["207", "105", "12"]),
        ("Tổng cộng", ["2.800", "1.400", "169"])]
for label, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = label + " | " + " | ".join(cells[: j + 1])
        subj = COLS[j][0] if label != "Tổng cộng" else "tổng " + COLS[j][0]
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "cơ sở", subj, inherit(ASOF),
                      location=VP if label == "Tổng cộng" else label))
FIGS += [
    F("xử phạt 169 cơ sở", "169", 169, "count", "cơ sở", "cơ sở bị xử phạt", inherit(ASOF)),
    F("số tiền 742,5 triệu", "742,5", 742.5e6, "money", "đồng", "tổng số tiền xử phạt", inherit(ASOF)),
    F("đình chỉ hoạt động 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", inherit(ASOF)),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ cháy", "vụ cháy tại xưởng mộc", SINCE),
    F("làm 1 người", "1", 1, "count", "người", "người bị thương", SINCE),
    F("khoảng 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", "thiệt hại tài sản", SINCE, approx="about"),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ cháy tại xưởng mộc", year("năm 2024", 2024)),
    F("Phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất được kiểm tra, hướng dẫn về phòng cháy, chữa cháy", Y25, status="target"),
    F("bố trí 15 tỷ", "15", 15e9, "money", "đồng", "kinh phí hỗ trợ các làng nghề lắp đặt trụ nước chữa cháy", Y25,
      status="forecast"),
    F("lắp đặt 24 trụ", "24", 24, "count", "trụ nước chữa cháy", "trụ nước chữa cháy lắp đặt", Y25,
      status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Vĩnh Phúc, Số: 287/BC-UBND) on fire safety in carpentry villages, 2024; flattened '|' table.",
    "Table: unit from 'Đơn vị tính: cơ sở'; district rows give location, the 'Tổng cộng' row is Vĩnh Phúc; no totals on cells;",
    "the table's as-of date stands in the sentence before it ('tính đến 31/10/2024'): inherited.",
    "'1.400/2.800 cơ sở, đạt 50%': total 2800 and percent 50; 2.800 is an attribute there.",
    "'riêng năm 2024 xảy ra 3 vụ': 'riêng' is not a part-of cue of the spec and the period differs from the 9 vụ (2022-now): no total.",
    "Section III 'NHIỆM VỤ NĂM 2025' heading gives the year to the targets/forecasts below it (inherited).",
    "Distractors: Số: 287/BC-UBND, Nghị định số 136/2020/NĐ-CP, section numbers I.-III., 1., 2., 'Bảng 1.', dateline.",
]

write("p1114-3", TEXT, FIGS, NOTES, published="2024-11-25", location="Vĩnh Phúc")
