"""p1400-7: department site (Sở GD&ĐT Đà Nẵng), no dateline: enhanced English programme, one-cell-per-line table by district."""
from lib import F, period, inherited, school_year, change, target, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Triển khai chương trình tiếng Anh tăng cường ở cấp tiểu học

Năm học 2023-2024, thành phố có 64 trường tiểu học triển khai chương trình tiếng Anh tăng cường, với 26.830 học sinh tham gia. Học sinh học 8 tiết/tuần, trong đó có 2 tiết với giáo viên nước ngoài. Kết quả theo quận, huyện như sau:

Quận, huyện
Số trường
Số học sinh
Tỷ lệ học sinh tham gia (%)
Hải Châu
14
7.215
68,4
Thanh Khê
12
5.940
61,7
Sơn Trà
10
4.126
55,2
Liên Chiểu
11
3.987
42,9
Các quận, huyện còn lại
17
5.562
31,6
Tổng số
64
26.830
50,3

Chi phí học tăng cường do phụ huynh đóng góp, bình quân 180.000 đồng/học sinh/tháng; học sinh có hoàn cảnh khó khăn được hỗ trợ 50%. Năm học 2024-2025, Sở phấn đấu mở rộng chương trình lên 72 trường, tăng 8 trường, với khoảng 30.000 học sinh.

Văn bản liên quan:
- Kế hoạch số 118/KH-SGDĐT về dạy học tiếng Anh tăng cường
- Công văn số 2315/SGDĐT-GDTH hướng dẫn tuyển sinh lớp 1

SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 10, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3821.225 | Email: sgddt@danang.gov.vn
Lượt truy cập: 4.512.087 | Đang online: 58
"""

SY2324 = school_year("Năm học 2023-2024", 2023)
SY2425 = school_year("Năm học 2024-2025", 2024)
PROG = "chương trình tiếng Anh tăng cường"
COLS = [("số trường", "count", "trường", 1),
        ("số học sinh", "count", "học sinh", 1),
        ("tỷ lệ học sinh tham gia", "percent", "%", None)]
ROWS = [("Hải Châu", "Hải Châu", ["14", "7.215", "68,4"]),
        ("Thanh Khê", "Thanh Khê", ["12", "5.940", "61,7"]),
        ("Sơn Trà", "Sơn Trà", ["10", "4.126", "55,2"]),
        ("Liên Chiểu", "Liên Chiểu", ["11", "3.987", "42,9"]),
        ("Các quận, huyện còn lại", None, ["17", "5.562", "31,6"]),
        ("Tổng số", None, ["64", "26.830", "50,3"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (subj, kind, unit, _), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        if label == "Các quận, huyện còn lại":
            s = subj + " các quận, huyện còn lại"
        elif label == "Tổng số":
            s = "tổng " + subj
        else:
            s = subj  # the row label is a place: it goes to location
        kw = {"location": place} if place else {}
        CELLS.append(F(f"{prev}\n{n}", n, v, kind, unit, subject=s, per=inherited(SY2324), **kw))
        prev = n

FIGS = [
    F("có 64 trường", "64", 64, "count", "trường tiểu học",
      subject="trường tiểu học triển khai chương trình tiếng Anh tăng cường", per=SY2324),
    F("với 26.830 học sinh", "26.830", 26830, "count", "học sinh",
      subject="học sinh tham gia chương trình tiếng Anh tăng cường", per=SY2324),
    F("học 8 tiết/tuần", "8", 8, "measure", "tiết/tuần", subject="tiết tiếng Anh tăng cường mỗi tuần"),
    F("có 2 tiết", "2", 2, "measure", "tiết/tuần", total=8, subject="tiết với giáo viên nước ngoài mỗi tuần"),
] + CELLS + [
    F("bình quân 180.000", "180.000", 180000, "money", "đồng/học sinh/tháng",
      subject="chi phí học tăng cường do phụ huynh đóng góp"),
    F("hỗ trợ 50%", "50", 50, "percent", "%",
      subject="mức hỗ trợ chi phí học tăng cường cho học sinh có hoàn cảnh khó khăn"),
    F("lên 72 trường", "72", 72, "count", "trường", status="target", change=change("increase", 8, "trường"),
      subject="trường triển khai chương trình tiếng Anh tăng cường", per=SY2425),
    F("khoảng 30.000 học sinh", "30.000", 30000, "count", "học sinh", approx="about", status="target",
      subject="học sinh tham gia chương trình tiếng Anh tăng cường", per=SY2425),
]

NOTES = [
    "Department site (Sở GD&ĐT Đà Nẵng), no dateline: menu, 'Văn bản liên quan', footer address, phone, e-mail, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table: place column (quận) → location per row; 'Các quận, huyện còn lại' and 'Tổng số' → Đà Nẵng (default);",
    "subject = row label + column label (FIGURES.md, Tables), a place row label going to location; units from the column labels",
    "(trường, học sinh, %). revised after the first run: the first gold added the programme from the paragraph above the table",
    "('số trường triển khai chương trình tiếng Anh tăng cường'); the table has no caption, so the subject is the labels alone. The table has no period",
    "column: cells inherit 'Năm học 2023-2024' from the paragraph above (not scored). Cells get no total; the rows add up (64, 26.830).",
    "'8 tiết/tuần, trong đó có 2 tiết với giáo viên nước ngoài' → 2 tiết/tuần with total 8 (same thing, same period).",
    "'Năm học 2024-2025, Sở phấn đấu ... lên 72 trường, tăng 8 trường, với khoảng 30.000 học sinh' → targets; change increase 8 trường.",
    "School year → 1 September .. 31 May. Distractors: 'Kế hoạch số 118/KH-SGDĐT', 'Công văn số 2315/SGDĐT-GDTH', 'lớp 1', 'Tầng 10',",
    "'24 Trần Phú', 'quận Hải Châu' in the address, phone, 'Lượt truy cập: 4.512.087', 'Đang online: 58'.",
]

if __name__ == "__main__":
    write("p1400-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
