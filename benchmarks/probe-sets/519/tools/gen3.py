from lib import *

TEXT = """UBND TỈNH HÀ GIANG
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả kiên cố hóa trường, lớp học và nhà công vụ giáo viên giai đoạn 2021-2025

Thực hiện Công văn số 5120/BGDĐT-CSVC ngày 02/10/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phòng học
Tính đến ngày 31/10/2024, toàn tỉnh có 9.846 phòng học, trong đó phòng học kiên cố 8.125 phòng, đạt tỷ lệ 82,5%; bán kiên cố 1.293 phòng; tạm, mượn 428 phòng, giảm 376 phòng so với năm 2021. Diện tích đất bình quân đạt 12,4 m²/học sinh.

Bảng 1. Hiện trạng phòng học theo cấp học (Đơn vị tính: phòng)
Cấp học | Tổng số | Kiên cố | Bán kiên cố | Tạm, mượn
Mầm non | 3.214 | 2.436 | 512 | 266
Tiểu học | 4.102 | 3.341 | 618 | 143
THCS | 1.925 | 1.790 | 116 | 19
THPT | 605 | 558 | 47 | 0

2. Nhà công vụ giáo viên
Giai đoạn 2021-2025, tỉnh được giao xây dựng 350 phòng nhà công vụ; đến nay đã hoàn thành 214 phòng, đạt 61,1% kế hoạch.

3. Nguồn vốn
Tổng vốn giải ngân 9 tháng năm 2024 ước đạt 186,7 tỷ đồng, bằng 72,4% kế hoạch vốn năm, tăng 18,3% so với cùng kỳ; trong đó ngân sách trung ương 142,5 tỷ đồng, ngân sách tỉnh 44,2 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đến năm 2025, tỷ lệ phòng học kiên cố toàn tỉnh đạt từ 85% trở lên; xóa toàn bộ 428 phòng học tạm, mượn.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

asof = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
tgt = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("có 9.846 phòng học", "9.846", 9846, "count", "phòng học", "phòng học toàn tỉnh", asof),
    F("kiên cố 8.125 phòng", "8.125", 8125, "count", "phòng", "phòng học kiên cố", asof, total=9846, percent=82.5),
    F("bán kiên cố 1.293 phòng", "1.293", 1293, "count", "phòng", "phòng học bán kiên cố", asof, total=9846),
    F("tạm, mượn 428 phòng", "428", 428, "count", "phòng", "phòng học tạm, mượn", asof, total=9846,
      change=CH("decrease", 376, "phòng", "năm 2021")),
    F("đạt 12,4 m²", "12,4", 12.4, "measure", "m²/học sinh", "diện tích đất bình quân"),
]
rows = [("Mầm non", ["3.214", "2.436", "512", "266"]), ("Tiểu học", ["4.102", "3.341", "618", "143"]),
        ("THCS", ["1.925", "1.790", "116", "19"]), ("THPT", ["605", "558", "47", "0"])]
cols = ["Tổng số phòng học", "phòng học kiên cố", "phòng học bán kiên cố", "phòng học tạm, mượn"]
for label, cells in rows:
    line = label + " | " + " | ".join(cells)
    assert line in TEXT, line
    for i, c in enumerate(cells):
        # anchor: the row from its label up to this cell (the number is the last, and only, whole occurrence)
        anchor = label + " | " + " | ".join(cells[:i + 1])
        FIGS.append(F(anchor, c, parse_num(c), "count", "phòng", f"{cols[i]} {label}", I(asof)))
FIGS += [
    F("xây dựng 350 phòng", "350", 350, "count", "phòng", "phòng nhà công vụ giáo viên được giao xây dựng",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("hoàn thành 214 phòng", "214", 214, "count", "phòng", "phòng nhà công vụ giáo viên đã hoàn thành",
      P("đến nay", None, "2024-11-18"), percent=61.1),
    F("ước đạt 186,7 tỷ", "186,7", 186700000000, "money", "đồng", "tổng vốn giải ngân kiên cố hóa trường, lớp học",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=72.4, change=CH("increase", 18.3, "%", "cùng kỳ"), status="estimate"),
    F("trung ương 142,5 tỷ", "142,5", 142500000000, "money", "đồng", "vốn giải ngân từ ngân sách trung ương",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), total=186700000000, status="estimate"),
    F("tỉnh 44,2 tỷ", "44,2", 44200000000, "money", "đồng", "vốn giải ngân từ ngân sách tỉnh",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), total=186700000000, status="estimate"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ phòng học kiên cố toàn tỉnh", tgt, approx="at_least", status="target"),
    F("toàn bộ 428 phòng", "428", 428, "count", "phòng học", "phòng học tạm, mượn xóa bỏ", tgt, status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH HÀ GIANG', 'Số: 412/BC-UBND', place-and-date line 'Hà Giang, ngày 18 tháng 11 năm 2024' (= published).",
    "Kiên cố hóa trường, lớp học 2021-2025: phòng học by type, flattened '|' table by cấp học (Đơn vị tính: phòng), nhà công vụ, vốn, 2025 targets.",
    "Not figures: document numbers, 'Công văn số 5120/BGDĐT-CSVC ngày 02/10/2024', section numbers I./II./1./2./3., 'Bảng 1', 'Nơi nhận' list.",
    "Table: every numeric cell (the zero too) is a figure; subject = column + row (cấp học); unit 'phòng' from the Đơn vị tính line;",
    "the table has no period of its own, so the as-of date of the paragraph above is inherited. No total on table cells (no text cue).",
    "8.125/1.293/428 follow 'trong đó' after 9.846 and add up to it: total 9846. 214 'đạt 61,1% kế hoạch' → percent (as h14 'đạt 70% so kế hoạch');",
    "350 is a figure of its own (target), not 214's target attribute (cf. h23). 'ước đạt' continues into the 'trong đó' clause: parts are estimates.",
    "'đạt từ 85% trở lên' → approx at_least. 'đến nay' → as-of the report date.",
]

emit("p519-3", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Hà Giang")
