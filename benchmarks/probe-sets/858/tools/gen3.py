"""p858-3: formal report (UBND tỉnh Đồng Tháp), year 2023, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Đồng Tháp, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả đào tạo nghề làm đẹp cho lao động nữ nông thôn năm 2023

Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyển sinh, đào tạo
Năm 2023, toàn tỉnh tổ chức 58 lớp nghề làm đẹp (cắt tóc, chăm sóc móng, trang điểm) cho 1.624 học viên nữ, đạt 108,3% kế hoạch; số học viên tốt nghiệp ước đạt 1.571 người, chiếm 96,7%.
Kết quả đào tạo theo địa bàn năm 2023 như sau:
Đơn vị tính: học viên
Địa bàn | Cắt tóc | Chăm sóc móng | Trang điểm | Cộng
Huyện Cao Lãnh | 96 | 142 | 58 | 296
Huyện Tháp Mười | 84 | 121 | 45 | 250
Huyện Lấp Vò | 72 | 130 | 41 | 243
Các địa phương khác | 231 | 418 | 186 | 835
Tổng cộng | 483 | 811 | 330 | 1.624
2. Giải quyết việc làm
Có 1.309 học viên có việc làm sau đào tạo, chiếm 83,3% số tốt nghiệp; trong đó 287 người tự mở tiệm, 1.022 người làm thuê tại các cơ sở dịch vụ. Thu nhập bình quân từ 4 đến 6 triệu đồng/người/tháng.
3. Kinh phí
Tổng kinh phí thực hiện 4,06 tỷ đồng, trong đó ngân sách trung ương 2,5 tỷ đồng, ngân sách tỉnh 1,56 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu đào tạo 1.800 lao động nữ nông thôn nhóm nghề làm đẹp; tỷ lệ có việc làm sau đào tạo đạt từ 85% trở lên.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TB = I(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Huyện Cao Lãnh", "Cao Lãnh", ["96", "142", "58", "296"]),
        ("Huyện Tháp Mười", "Tháp Mười", ["84", "121", "45", "250"]),
        ("Huyện Lấp Vò", "Lấp Vò", ["72", "130", "41", "243"]),
        ("Các địa phương khác", None, ["231", "418", "186", "835"]),
        ("Tổng cộng", None, ["483", "811", "330", "1.624"])]
COLS = ["cắt tóc", "chăm sóc móng", "trang điểm", "cộng"]

FIGS = [
    F("tổ chức 58 lớp", "58", 58, "count", "lớp", "lớp nghề làm đẹp", Y23),
    F("cho 1.624 học viên", "1.624", 1624, "count", "học viên", "học viên nữ học nghề làm đẹp", Y23,
      percent=108.3),
    F("ước đạt 1.571 người", "1.571", 1571, "count", "người", "học viên tốt nghiệp", Y23,
      percent=96.7, status="estimate"),
]
for label, place, cells in ROWS:
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        if label == "Các địa phương khác":
            subj = f"học viên {col} các địa phương khác" if col != "cộng" else "học viên các địa phương khác"
        elif label == "Tổng cộng":
            subj = f"tổng cộng học viên {col}" if col != "cộng" else "tổng cộng học viên"
        else:
            subj = f"học viên {col}" if col != "cộng" else "cộng học viên"
        value = float(cell.replace(".", ""))
        kw = {"location": place} if place else {}
        FIGS.append(F(anchor, cell, value, "count", "học viên", subj, TB, **kw))

FIGS += [
    F("Có 1.309 học viên", "1.309", 1309, "count", "học viên", "học viên có việc làm sau đào tạo", I(Y23),
      percent=83.3),
    F("trong đó 287 người", "287", 287, "count", "người", "người tự mở tiệm", I(Y23), total=1309),
    F("1.022 người làm thuê", "1.022", 1022, "count", "người", "người làm thuê tại các cơ sở dịch vụ", I(Y23),
      total=1309),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=6e6),
    F("thực hiện 4,06 tỷ đồng", "4,06", 4.06e9, "money", "đồng", "tổng kinh phí thực hiện", I(Y23)),
    F("trung ương 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí ngân sách trung ương", I(Y23),
      total=4.06e9),
    F("tỉnh 1,56 tỷ đồng", "1,56", 1.56e9, "money", "đồng", "kinh phí ngân sách tỉnh", I(Y23), total=4.06e9),
    F("đào tạo 1.800 lao động", "1.800", 1800, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nhóm nghề làm đẹp", Y24, status="target"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ có việc làm sau đào tạo", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Đồng Tháp số 287/BC-UBND: đào tạo nghề làm đẹp cho lao động nữ nông thôn năm 2023, flattened '|' table by district.",
    "Table: every numeric cell is a figure, unit from 'Đơn vị tính: học viên', subject row+column, a district row label goes to location;",
    "'Các địa phương khác' and 'Tổng cộng' rows stay Đồng Tháp. Table period from the line above the table (inherited). Table cells carry no total.",
    "'ước đạt 1.571 người, chiếm 96,7%' -> estimate with percent; 'chiếm 83,3% số tốt nghiệp' -> percent of 1.309; 'trong đó' parts -> totals.",
    "Heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the period of the targets in the next line (inherited); 'từ 85% trở lên' -> at_least.",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 45/KH-UBND, dateline, section numbers I., II., 1.-3.",
]

write("p858-3", TEXT, FIGS, NOTES, published="2023-12-15", location="Đồng Tháp")
