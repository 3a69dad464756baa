"""p570-3: formal report, UBND tỉnh Lai Châu — nutrition work 9 months 2024, flattened | table."""
from lib import F, P, I, CH, AGE, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lai Châu, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác dinh dưỡng 9 tháng đầu năm 2024

Thực hiện Quyết định số 1294/QĐ-UBND ngày 21/9/2022 của UBND tỉnh ban hành Kế hoạch hành động về dinh dưỡng giai đoạn 2022-2025, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Tỷ lệ SDD thể nhẹ cân (trẻ dưới 5 tuổi) | % | 16,9 | 16,2 | 16,0
Tỷ lệ SDD thể thấp còi (trẻ dưới 5 tuổi) | % | 27,4 | 26,8 | 26,5
Trẻ được uống vitamin A | trẻ | 38.760 | 38.215 | 39.000
Trẻ dưới 2 tuổi được theo dõi tăng trưởng | trẻ | 14.320 | 13.987 | 14.500

2. Bổ sung vi chất và chăm sóc dinh dưỡng
Trong 9 tháng, toàn tỉnh cấp viên sắt/axit folic cho 2.846 phụ nữ có thai, đạt 91% kế hoạch; điều trị cho 417 trẻ suy dinh dưỡng cấp tính nặng, trong đó 362 trẻ đã hồi phục. Tỷ lệ trẻ được uống vitamin A ước cả năm đạt 98%.

3. Kinh phí
Tổng kinh phí thực hiện 9 tháng là 3.426,8 triệu đồng, đạt 71,4% dự toán; trong đó ngân sách tỉnh 1.250 triệu đồng, vốn Chương trình mục tiêu quốc gia 2.176,8 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
- Phấn đấu đến ngày 31/12/2024 giảm tỷ lệ SDD thể thấp còi xuống 26,5%.
- Dự kiến tổ chức 120 lớp tập huấn dinh dưỡng cho 2.400 cộng tác viên dân số, y tế thôn bản.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
K9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

ROWS = [
    ("Tỷ lệ SDD thể nhẹ cân (trẻ dưới 5 tuổi)", "percent", "%", ["16,9", "16,2", "16,0"]),
    ("Tỷ lệ SDD thể thấp còi (trẻ dưới 5 tuổi)", "percent", "%", ["27,4", "26,8", "| 26,5"]),
    ("Trẻ được uống vitamin A", "count", "trẻ", ["38.760", "38.215", "39.000"]),
    ("Trẻ dưới 2 tuổi được theo dõi tăng trưởng", "count", "trẻ", ["14.320", "13.987", "14.500"]),
]
COLS = [("năm 2023", Y23, None), ("9 tháng năm 2024", M9, None), ("kế hoạch năm 2024", KH, "target")]

FIGS = [
    AGE("(trẻ dưới 5 tuổi) | % | 16,9", "5", 5, approx="under"),
    AGE("(trẻ dưới 5 tuổi) | % | 27,4", "5", 5, approx="under"),
    AGE("Trẻ dưới 2 tuổi được theo dõi tăng trưởng |", "2", 2, approx="under"),
]
for label, kind, unit, cells in ROWS:
    for cell, (cname, per, status) in zip(cells, COLS):
        num = cell.replace("| ", "")
        anchor = cell if cell.startswith("|") else f"| {cell}"
        v = float(num.replace(".", "").replace(",", "."))
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, num, v, kind, unit, f"{label} {cname}", per, **kw))

FIGS += [
    F("cho 2.846 phụ nữ", "2.846", 2846, "count", "phụ nữ có thai", "phụ nữ có thai được cấp viên sắt/axit folic", T9, percent=91),
    F("cho 417 trẻ", "417", 417, "count", "trẻ", "trẻ suy dinh dưỡng cấp tính nặng được điều trị", T9),
    F("trong đó 362 trẻ", "362", 362, "count", "trẻ", "trẻ suy dinh dưỡng cấp tính nặng đã hồi phục", T9, total=417),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ trẻ được uống vitamin A", P("cả năm", "2024-01-01", "2024-12-31"),
      status="estimate"),
    F("là 3.426,8 triệu đồng", "3.426,8", 3426.8e6, "money", "đồng", "tổng kinh phí thực hiện", K9, percent=71.4),
    F("tỉnh 1.250 triệu đồng", "1.250", 1250e6, "money", "đồng", "ngân sách tỉnh", K9, total=3426.8e6),
    F("gia 2.176,8 triệu đồng", "2.176,8", 2176.8e6, "money", "đồng", "vốn Chương trình mục tiêu quốc gia", K9, total=3426.8e6),
    F("xuống 26,5%", "26,5", 26.5, "percent", "%", "tỷ lệ SDD thể thấp còi", P("đến ngày 31/12/2024", None, "2024-12-31"),
      status="target"),
    F("tổ chức 120 lớp", "120", 120, "count", "lớp", "lớp tập huấn dinh dưỡng", Q4, status="forecast"),
    F("cho 2.400 cộng tác viên", "2.400", 2400, "count", "cộng tác viên", "cộng tác viên dân số, y tế thôn bản được tập huấn", Q4,
      status="forecast"),
]

COMMENTS = [
    "Báo cáo số 318/BC-UBND của UBND tỉnh Lai Châu (letterhead, place-and-date line 'Lai Châu, ngày 08 tháng 10 năm 2024'):",
    "công tác dinh dưỡng 9 tháng đầu năm 2024, with a flattened '|' table (Chỉ tiêu | Đơn vị tính | Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024).",
    "Every numeric cell is a figure; subject = row label + column; period from the column header (scored, as shared h23); the Kế hoạch column is",
    "status target; the '9 tháng' column has no 'Ước', so actual. Document numbers, 'giai đoạn 2022-2025', section numbers I./II./1./2./3.,",
    "'QUÝ IV/2024' are not figures. 'ước cả năm đạt 98%' is an estimate for 2024. 'Dự kiến' makes the Q4 training figures forecasts.",
    "'đạt 91% kế hoạch' / 'đạt 71,4% dự toán' after a count / an amount are its percent. 'trong đó' parts get their whole.",
]

if __name__ == "__main__":
    emit("p570-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Lai Châu")
