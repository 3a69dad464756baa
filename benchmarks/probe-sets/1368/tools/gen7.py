"""p1368-7: department site (CDC Đồng Tháp), no dateline, one-cell-per-line table of programme indicators."""
from lib import F, period, inherit, change, target, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Y tế dự phòng | Văn bản | Liên hệ

Kết quả chương trình nha học đường và kế hoạch năm 2025

Chương trình nha học đường được triển khai tại 11/12 huyện, thành phố với 158 trường tiểu học tham gia. Năm 2024, tỷ lệ học sinh tiểu học được khám răng ước đạt 88,6%, vượt 3,6% kế hoạch; số học sinh sâu răng được điều trị ước khoảng 21.400 em. Toàn tỉnh hiện có 46 phòng nha học đường, trong đó 12 phòng được trang bị mới trong năm 2024.

Một số chỉ tiêu nha học đường
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Số trường tiểu học tham gia (trường)
151
158
165
Số học sinh được khám (nghìn lượt)
92,3
98,7
105,0
Trong đó: học sinh lớp 1 (nghìn lượt)
17,8
18,4
19,0
Tỷ lệ học sinh sâu răng (%)
79,2
76,5
74,0

Năm 2024, Trung tâm tổ chức hai lớp tập huấn cho 164 giáo viên phụ trách y tế trường học; phát 25.000 tờ rơi hướng dẫn chăm sóc răng miệng. Kinh phí năm 2025 dự kiến khoảng 1,2 tỷ đồng, cao hơn 15% so với năm 2024.

Tin liên quan:
- Đồng Tháp triển khai Tháng hành động quốc gia về dinh dưỡng
- Phòng chống sốt xuất huyết mùa mưa 2024

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐỒNG THÁP
Địa chỉ: Số 5, đường Lê Đại Hành, Phường Mỹ Phú, TP Cao Lãnh
Điện thoại: 0277.3851.236
Lượt truy cập: 1.204.557
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
# label as printed, subject stem, kind, unit, multiplier
ROWS = [
    ("Số trường tiểu học tham gia (trường)", "số trường tiểu học tham gia", "count", "trường", 1,
     ["151", "158", "165"]),
    ("Số học sinh được khám (nghìn lượt)", "số học sinh được khám", "count", "lượt", 1e3,
     ["92,3", "98,7", "105,0"]),
    ("Trong đó: học sinh lớp 1 (nghìn lượt)", "học sinh lớp 1 được khám", "count", "lượt", 1e3,
     ["17,8", "18,4", "19,0"]),
    ("Tỷ lệ học sinh sâu răng (%)", "tỷ lệ học sinh sâu răng", "percent", "%", 1,
     ["79,2", "76,5", "74,0"]),
]
CELLS = []
wholes = {}
for label, stem, kind, unit, mult, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(",", ".")) * mult
        if stem == "số học sinh được khám":
            wholes[col] = v
        if stem == "học sinh lớp 1 được khám":
            kw["total"] = wholes[col]
        CELLS.append(F(f"{prev}\n{n}", n, v, kind, unit, subject=f"{stem} {col}", per=per, **kw))
        prev = n

FIGS = [
    F("11/12 huyện", "11", 11, "count", "huyện, thành phố", total=12,
      subject="huyện, thành phố triển khai chương trình nha học đường"),
    F("với 158 trường", "158", 158, "count", "trường tiểu học",
      subject="trường tiểu học tham gia chương trình nha học đường"),
    F("ước đạt 88,6%", "88,6", 88.6, "percent", "%", status="estimate",
      change=change("increase", 3.6, "%", "kế hoạch"),
      subject="tỷ lệ học sinh tiểu học được khám răng", per=Y24),
    F("ước khoảng 21.400 em", "21.400", 21400, "count", "em", approx="about", status="estimate",
      subject="số học sinh sâu răng được điều trị", per=Y24),
    F("có 46 phòng", "46", 46, "count", "phòng nha học đường", subject="phòng nha học đường"),
    F("12 phòng", "12", 12, "count", "phòng", total=46, subject="phòng được trang bị mới",
      per=period("trong năm 2024", "2024-01-01", "2024-12-31")),
] + CELLS + [
    F("hai lớp", "hai", 2, "count", "lớp tập huấn", subject="lớp tập huấn Trung tâm tổ chức",
      per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 164 giáo viên", "164", 164, "count", "giáo viên",
      subject="giáo viên phụ trách y tế trường học được tập huấn",
      per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("phát 25.000 tờ rơi", "25.000", 25000, "count", "tờ rơi",
      subject="tờ rơi hướng dẫn chăm sóc răng miệng được phát",
      per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
      change=change("increase", 15, "%", "năm 2024"), subject="kinh phí", per=Y25),
]

NOTES = [
    "Department site (CDC Đồng Tháp), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.204.557'.",
    "Distractors: 'năm 2025' in the headline, 'lớp 1' in a row label, 'mùa mưa 2024' in a link, 'Số 5, đường Lê Đại Hành',",
    "'Phường Mỹ Phú', phone 0277.3851.236, the visitor counter.",
    "'11/12 huyện, thành phố' → total 12. 'ước đạt 88,6%, vượt 3,6% kế hoạch' → estimate, change +3,6% against 'kế hoạch' (spec: a",
    "gap to a plan is a change). 'ước khoảng 21.400' → estimate + about.",
    "One-cell-per-line table: row labels carry the unit and multiplier ('(nghìn lượt)' → ×1000, unit lượt; '(%)' → percent).",
    "Column headers give the period (scored) and status (Ước thực hiện 2024 → estimate, Kế hoạch 2025 → target).",
    "The 'Trong đó: học sinh lớp 1' row is part of 'Số học sinh được khám' in the same column: total = that cell (choice of this set).",
    "'Kinh phí năm 2025 dự kiến khoảng 1,2 tỷ đồng, cao hơn 15% so với năm 2024' → forecast, about, change +15%.",
]

if __name__ == "__main__":
    write("p1368-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
