"""p707-3: UBND tỉnh Thái Nguyên formal report — occupational health 2023, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 389/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác quản lý sức khỏe người lao động và phòng, chống bệnh nghề nghiệp năm 2023

Thực hiện Thông tư số 28/2016/TT-BYT ngày 30/6/2016 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quan trắc môi trường lao động
Năm 2023, toàn tỉnh có 326 cơ sở lao động thực hiện quan trắc môi trường lao động, đạt 81,5% kế hoạch, với 9.742 mẫu được đo; trong đó có 412 mẫu vượt tiêu chuẩn cho phép (4,2%).
2. Khám phát hiện bệnh nghề nghiệp
Bảng 1. Kết quả khám phát hiện bệnh nghề nghiệp năm 2023
Nhóm ngành | Số cơ sở | Số người được khám | Số ca mắc BNN
Khai thác khoáng sản | 18 | 4.215 | 286
Luyện kim, cơ khí | 24 | 5.830 | 142
Dệt may, da giày | 31 | 7.406 | 35
Tổng cộng | 73 | 17.451 | 463
Số ca mắc bệnh nghề nghiệp phát hiện mới tăng 17,2% so với năm 2022, tập trung tại thành phố Phổ Yên (158 ca), huyện Đại Từ (121 ca) và huyện Đồng Hỷ (94 ca).
3. Giám định, chi trả chế độ
Số người lao động được giám định và hưởng chế độ bảo hiểm bệnh nghề nghiệp là 97 người; tổng số tiền chi trả ước khoảng 4,35 tỷ đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu 90% cơ sở có yếu tố có hại được quan trắc môi trường lao động; khám phát hiện bệnh nghề nghiệp cho ít nhất 20.000 người lao động.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)  # from the table title line
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Khai thác khoáng sản", [("| 18 |", "18", 18), ("| 4.215 |", "4.215", 4215), ("| 286", "286", 286)]),
    ("Luyện kim, cơ khí", [("| 24 |", "24", 24), ("| 5.830 |", "5.830", 5830), ("| 142", "142", 142)]),
    ("Dệt may, da giày", [("| 31 |", "31", 31), ("| 7.406 |", "7.406", 7406), ("| 35\n", "35", 35)]),
    ("Tổng cộng", [("| 73 |", "73", 73), ("| 17.451 |", "17.451", 17451), ("| 463", "463", 463)]),
]
COLS = [("số cơ sở", "cơ sở"), ("số người được khám", "người"), ("số ca mắc bệnh nghề nghiệp", "ca")]

FIGS = [
    F("có 326 cơ sở", "326", 326, "count", "cơ sở",
      "cơ sở lao động thực hiện quan trắc môi trường lao động", Y23, percent=81.5),
    F("với 9.742 mẫu", "9.742", 9742, "count", "mẫu",
      "mẫu quan trắc môi trường lao động được đo", Y23),
    F("có 412 mẫu", "412", 412, "count", "mẫu",
      "mẫu vượt tiêu chuẩn cho phép", Y23, total=9742, percent=4.2),
]
for label, cells in ROWS:
    for (anchor, num, v), (col, unit) in zip(cells, COLS):
        FIGS.append(F(anchor, num, v, "count", unit,
                      f"{label} {col}", T23))
FIGS += [
    F("tăng 17,2%", "17,2", 17.2, "percent", "%",
      "số ca mắc bệnh nghề nghiệp phát hiện mới tăng so với năm 2022", I(Y23)),
    F("Phổ Yên (158 ca)", "158", 158, "count", "ca",
      "ca mắc bệnh nghề nghiệp phát hiện mới", I(Y23), location="Phổ Yên"),
    F("Đại Từ (121 ca)", "121", 121, "count", "ca",
      "ca mắc bệnh nghề nghiệp phát hiện mới", I(Y23), location="Đại Từ"),
    F("Đồng Hỷ (94 ca)", "94", 94, "count", "ca",
      "ca mắc bệnh nghề nghiệp phát hiện mới", I(Y23), location="Đồng Hỷ"),
    F("là 97 người", "97", 97, "count", "người",
      "người lao động được giám định và hưởng chế độ bảo hiểm bệnh nghề nghiệp"),
    F("ước khoảng 4,35 tỷ đồng", "4,35", 4350000000, "money", "đồng",
      "tổng số tiền chi trả chế độ bảo hiểm bệnh nghề nghiệp", approx="about", status="estimate"),
    F("phấn đấu 90%", "90", 90, "percent", "%",
      "cơ sở có yếu tố có hại được quan trắc môi trường lao động", Y24, status="target"),
    F("ít nhất 20.000 người lao động", "20.000", 20000, "count", "người lao động",
      "người lao động được khám phát hiện bệnh nghề nghiệp", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under the letterhead of UBND tỉnh Thái Nguyên (Số: 389/BC-UBND), 'Thái Nguyên, ngày 12 tháng 12 năm 2023' = published.",
    "Flattened '|' table: rows = industry group (+ Tổng cộng), columns = Số cơ sở | Số người được khám | Số ca mắc BNN (units from the headers).",
    "Every numeric cell is a figure (actual, no plan column); subject = row label + column label; period from the title line 'Bảng 1 … năm 2023'",
    "(another line, so inherited/unscored). No totals are given to table cells (the table rule gives subject/unit/period/status only).",
    "Distractors: Số: 389/BC-UBND, Thông tư số 28/2016/TT-BYT ngày 30/6/2016, section numbers I., 1., 2., 3., II., 'Bảng 1'.",
    "'tăng 17,2% so với năm 2022' stands without a base amount in its sentence: a growth-rate percent figure, no change object.",
    "'ước khoảng 4,35 tỷ đồng' = approx about (ước khoảng) and status estimate (ước). 'Năm 2024, phấn đấu …' = target; the cue continues past ';'.",
]

if __name__ == "__main__":
    emit("p707-3", TEXT, COMMENTS, FIGS, published="2023-12-12", location="Thái Nguyên")
