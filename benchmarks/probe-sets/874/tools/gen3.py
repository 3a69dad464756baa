"""p874-3: formal report (UBND tỉnh Nam Định), bronze casting villages, 9 months 2024, flattened | table."""
from lib import F, period, inherit, change, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất của các làng nghề đúc đồng 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô
Tính đến 30/9/2024, toàn tỉnh có 4 làng nghề đúc đồng được công nhận theo Nghị định số 52/2018/NĐ-CP, với 728 cơ sở sản xuất và 3.950 lao động thường xuyên.
2. Giá trị sản xuất
Giá trị sản xuất 9 tháng ước đạt 842,6 tỷ đồng, bằng 76,2% kế hoạch năm, tăng 9,8% so với cùng kỳ năm 2023. Kết quả theo địa bàn:
Đơn vị tính giá trị: tỷ đồng
Huyện, thành phố | Số cơ sở | Lao động (người) | Ước 9 tháng 2024 | Kế hoạch năm 2024
Ý Yên | 538 | 2.870 | 655,4 | 850
Vụ Bản | 96 | 520 | 98,7 | 135
Nam Trực | 64 | 390 | 60,2 | 80
TP Nam Định | 30 | 170 | 28,3 | 41
Tổng cộng | 728 | 3.950 | 842,6 | 1.106
3. Tiêu thụ
Khoảng 65% sản phẩm được tiêu thụ tại các tỉnh phía Bắc. Xuất khẩu sang Lào, Campuchia đạt 1,8 triệu USD, gấp 1,4 lần cùng kỳ. Giá đồng nguyên liệu bình quân 195.000 đồng/kg, tăng 6% so với đầu năm.

II. TỒN TẠI, HẠN CHẾ
Còn 27 cơ sở chưa đầu tư hệ thống xử lý khí thải; 3 vụ vi phạm về môi trường đã bị xử phạt với tổng số tiền 145 triệu đồng.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm đạt 1.106 tỷ đồng; dự kiến di dời 15 cơ sở vào Cụm công nghiệp Yên Xá trước ngày 31/12/2025.

Nơi nhận: Bộ Công Thương; TT Tỉnh ủy; Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("Tính đến 30/9/2024", None, "2024-09-30")
M9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9T = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
COL_EST = period("Ước 9 tháng 2024", "2024-01-01", "2024-09-30")
COL_PLAN = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")

ROWS = [  # (label, location, cơ sở, lao động, ước 9 tháng, kế hoạch)
    ("Ý Yên", "Ý Yên", ("538", 538), ("2.870", 2870), ("655,4", 655.4), ("850", 850)),
    ("Vụ Bản", "Vụ Bản", ("96", 96), ("520", 520), ("98,7", 98.7), ("135", 135)),
    ("Nam Trực", "Nam Trực", ("64", 64), ("390", 390), ("60,2", 60.2), ("80", 80)),
    ("TP Nam Định", "TP Nam Định", ("30", 30), ("170", 170), ("28,3", 28.3), ("41", 41)),
    ("Tổng cộng", "Nam Định", ("728", 728), ("3.950", 3950), ("842,6", 842.6), ("1.106", 1106)),
]

FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề đúc đồng được công nhận", ASOF),
    F("với 728 cơ sở", "728", 728, "count", "cơ sở", "cơ sở sản xuất", ASOF),
    F("và 3.950 lao động", "3.950", 3950, "count", "lao động", "lao động thường xuyên", ASOF),
    F("ước đạt 842,6 tỷ đồng", "842,6", 842.6e9, "money", "đồng", "giá trị sản xuất", M9, status="estimate",
      percent=76.2, change=change("increase", 9.8, "%", "cùng kỳ năm 2023")),
]
for label, loc, cs, ld, est, plan in ROWS:
    total = label == "Tổng cộng"
    prefix = label + " | "
    FIGS.append(F(f"{prefix}{cs[0]} |", cs[0], cs[1], "count", "cơ sở",
                  "tổng cộng số cơ sở" if total else "số cơ sở", inherit(ASOF), location=loc))
    FIGS.append(F(f"| {cs[0]} | {ld[0]} |", ld[0], ld[1], "count", "người",
                  "tổng cộng lao động" if total else "lao động", inherit(ASOF), location=loc))
    FIGS.append(F(f"| {ld[0]} | {est[0]} |", est[0], est[1] * 1e9, "money", "đồng",
                  ("tổng cộng " if total else "") + "giá trị sản xuất ước 9 tháng 2024", COL_EST, status="estimate", location=loc))
    FIGS.append(F(f"| {est[0]} | {plan[0]}\n", plan[0], plan[1] * 1e9, "money", "đồng",
                  ("tổng cộng " if total else "") + "giá trị sản xuất kế hoạch năm 2024", COL_PLAN, status="target", location=loc))
FIGS += [
    F("Khoảng 65% sản phẩm", "65", 65, "percent", "%", "sản phẩm tiêu thụ tại các tỉnh phía Bắc", M9T,
      approx="about"),
    F("đạt 1,8 triệu USD", "1,8", 1.8e6, "money", "USD", "xuất khẩu sang Lào, Campuchia", M9T,
      change=change("increase", 1.4, "lần", "cùng kỳ")),
    F("bình quân 195.000 đồng/kg", "195.000", 195000, "money", "đồng/kg", "giá đồng nguyên liệu bình quân", M9T,
      change=change("increase", 6, "%", "đầu năm")),
    F("Còn 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chưa đầu tư hệ thống xử lý khí thải", inherit(ASOF)),
    F("3 vụ vi phạm", "3", 3, "count", "vụ", "vụ vi phạm về môi trường bị xử phạt", M9T),
    F("145 triệu đồng", "145", 145e6, "money", "đồng", "tiền xử phạt vi phạm về môi trường", M9T),
    F("cả năm đạt 1.106 tỷ đồng", "1.106", 1106e9, "money", "đồng", "giá trị sản xuất cả năm", YEAR,
      status="target"),
    F("di dời 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở di dời vào Cụm công nghiệp Yên Xá",
      period("trước ngày 31/12/2025", None, "2025-12-31"), status="forecast"),
]

COMMENTS = [
    "Formal report UBND tỉnh Nam Định, Số: 287/BC-UBND, 08/10/2024: bronze casting villages, 9 months 2024; flattened '|' table by district.",
    "Table: every numeric cell is a figure; district column -> location (TP Nam Định = city, Tổng cộng row = Nam Định).",
    "Value columns are tỷ đồng (unit line); 'Ước 9 tháng 2024' -> estimate, 'Kế hoạch năm 2024' -> target, periods from the headers (scored).",
    "Count columns have no period header: inherited as-of 30/9/2024 (not scored). Sections 3 and II: the title period, inherited.",
    "'gấp 1,4 lần cùng kỳ' after an amount is its change (lần). 'trước ngày 31/12/2025' is read as the forecast's period (end only).",
    "revised after the first run: the Tổng cộng row's subjects carry the row label (row label + column label, FIGURES.md Tables).",
    "Distractors: Số: 287/BC-UBND, Nghị định số 52/2018/NĐ-CP, date line, section numbers I.-III., 1.-3., 'QUÝ IV/2024' heading.",
]

if __name__ == "__main__":
    write(3, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nam Định")
