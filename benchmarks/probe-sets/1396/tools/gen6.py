"""p1396-6: department site (Sở Văn hóa và Thể thao Bình Định), no dateline; one-cell-per-line table of summer classes."""
from lib import F, P, I, CH, TG, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Tổng kết các lớp năng khiếu hè cho thiếu nhi

Từ ngày 3/6 đến ngày 15/8/2024, Trung tâm Văn hóa tỉnh tổ chức 42 lớp năng khiếu hè cho thiếu nhi với 1.563 học viên, vượt 4,2% kế hoạch và tăng 9,8% so với năm 2023. Lớp bơi lội tiếp tục đông nhất với 735 học viên, chiếm 47% tổng số.

Học phí lớp bơi là 600.000 đồng/khóa 12 buổi; mỗi lớp không quá 25 em và có ít nhất 2 huấn luyện viên. Trung tâm miễn học phí cho 86 học viên là con em gia đình chính sách, hộ nghèo. Tại buổi tổng kết sáng 16/8, học viên các lớp múa, thanh nhạc biểu diễn 18 tiết mục.

Số học viên các lớp năng khiếu hè
Đơn vị tính: học viên
Loại lớp
Năm 2023
Kế hoạch 2024
Thực hiện 2024
Bơi lội
640
700
735
Võ thuật
310
300
288
Múa, thanh nhạc
275
300
326
Vẽ, mỹ thuật
198
200
214
Tổng số
1.423
1.500
1.563

Năm 2025, Trung tâm dự kiến mở thêm lớp bơi cho trẻ khuyết tật, nâng số học viên lên khoảng 1.700 em.

Tin khác:
- Khai mạc Liên hoan văn nghệ quần chúng năm 2024
- Thông báo tuyển sinh lớp năng khiếu thể thao khóa 2

SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Địa chỉ: 05 Nguyễn Huệ, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.614
Lượt truy cập: 1.204.567 | Đang trực tuyến: 21
"""

SUMMER = P("Từ ngày 3/6 đến ngày 15/8/2024", "2024-06-03", "2024-08-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "kế hoạch 2024": (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
    "thực hiện 2024": (P("Thực hiện 2024", "2024-01-01", "2024-12-31"), None),
}
ROWS = [("Bơi lội", ["640", "700", "735"]), ("Võ thuật", ["310", "300", "288"]),
        ("Múa, thanh nhạc", ["275", "300", "326"]), ("Vẽ, mỹ thuật", ["198", "200", "214"]),
        ("Tổng số", ["1.423", "1.500", "1.563"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        per, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "học viên",
                       subject=f"học viên lớp {label.lower()} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("tổ chức 42 lớp", "42", 42, "count", "lớp năng khiếu hè", subject="lớp năng khiếu hè cho thiếu nhi",
      period=SUMMER),
    F("với 1.563 học viên", "1.563", 1563, "count", "học viên", change=CH("increase", 4.2, "%", "kế hoạch"),
      subject="học viên lớp năng khiếu hè", period=SUMMER),
    F("tăng 9,8%", "9,8", 9.8, "percent", "%", subject="học viên lớp năng khiếu hè so với năm 2023",
      period=SUMMER, optional=True),
    F("với 735 học viên", "735", 735, "count", "học viên", percent=47, subject="học viên lớp bơi lội",
      period=I(SUMMER)),
    F("là 600.000 đồng", "600.000", 600000, "money", "đồng/khóa", subject="học phí lớp bơi"),
    F("khóa 12 buổi", "12", 12, "count", "buổi", optional=True),
    F("không quá 25 em", "25", 25, "count", "em", approx="at_most", subject="em mỗi lớp bơi"),
    F("ít nhất 2 huấn luyện viên", "2", 2, "count", "huấn luyện viên", approx="at_least",
      subject="huấn luyện viên mỗi lớp bơi"),
    F("cho 86 học viên", "86", 86, "count", "học viên",
      subject="học viên được miễn học phí là con em gia đình chính sách, hộ nghèo"),
    F("diễn 18 tiết mục", "18", 18, "count", "tiết mục",
      subject="tiết mục học viên các lớp múa, thanh nhạc biểu diễn tại buổi tổng kết"),
] + CELLS + [
    F("khoảng 1.700 em", "1.700", 1700, "count", "em", approx="about", status="forecast",
      subject="số học viên", period=Y25),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Bình Định), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: '05 Nguyễn Huệ', phone 0256.3822.614, counters 1.204.567 and 21, 'khóa 2' in a link, 'năm 2024' in a link.",
    "'vượt 4,2% kế hoạch' is a gap to plan → change of 1.563 (baseline kế hoạch); the second change 'tăng 9,8% so với năm 2023'",
    "is a percent figure of its own, optional by the one-attribute rule.",
    "'chiếm 47% tổng số' → percent of 735; no total (the whole is not restated and no a/b, trong đó, trong số cue).",
    "'600.000 đồng/khóa 12 buổi': the course length is a description of the unit → optional. 'không quá' at_most, 'ít nhất' at_least.",
    "One-cell-per-line table, 'Đơn vị tính: học viên'; subject = row + column; 'Kế hoạch 2024' → target; periods from headers.",
    "'sáng 16/8' is a date (distractor). "
    "'Năm 2025, ... dự kiến ... khoảng 1.700 em' → forecast, about.",
]

if __name__ == "__main__":
    write("p1396-6", TEXT, NOTES, FIGS, location="Bình Định")
