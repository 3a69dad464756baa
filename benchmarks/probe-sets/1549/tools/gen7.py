"""p1549-7: department site (CDC Nghệ An), no dateline: school oral-health kits, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Phòng chống dịch bệnh | Văn bản | Liên hệ

Nha học đường: phát hơn 150.000 bộ bàn chải, kem đánh răng cho học sinh

Chương trình Nha học đường hiện được triển khai tại 486 trường tiểu học, trung học cơ sở với hơn 215.000 học sinh tham gia súc miệng bằng dung dịch fluor hằng tuần. Năm 2024, toàn tỉnh phát 153.600 bộ bàn chải và kem đánh răng cho học sinh, tăng 12,3% so với năm 2023, đạt 102,4% kế hoạch.

Kết quả phát bộ bàn chải, kem đánh răng cho học sinh
Đơn vị tính: bộ
Địa bàn
Năm 2023
Năm 2024
Kế hoạch 2025
TP Vinh
38.200
42.500
45.000
Huyện Nghi Lộc
24.600
27.300
28.000
Huyện Diễn Châu
29.800
33.100
35.000
Các địa phương khác
44.180
50.700
52.000
Tổng số
136.780
153.600
160.000

Kết quả khám sàng lọc năm 2024 cho thấy tỷ lệ học sinh tiểu học bị sâu răng là 71,2%, giảm 7,3 điểm phần trăm so với năm 2020. Mỗi bộ gồm bàn chải lông mềm và tuýp kem đánh răng có fluor, trị giá khoảng 35.000 đồng.

Mục tiêu đến năm 2025, trên 95% học sinh tiểu học được hướng dẫn chải răng đúng cách.

Liên kết website: Bộ Y tế | Sở Y tế Nghệ An
Địa chỉ: Số 18 Trường Thi, TP Vinh, Nghệ An. Điện thoại: 0238.3566.215
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
S24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = {"Năm 2023": (C23, None), "Năm 2024": (C24, None), "Kế hoạch 2025": (K25, "target")}
CAP = "bộ bàn chải, kem đánh răng phát cho học sinh"

ROWS = [("TP Vinh", "Vinh", "", ["38.200", "42.500", "45.000"]),
        ("Huyện Nghi Lộc", "Nghi Lộc", "", ["24.600", "27.300", "28.000"]),
        ("Huyện Diễn Châu", "Diễn Châu", "", ["29.800", "33.100", "35.000"]),
        ("Các địa phương khác", "Nghệ An", " các địa phương khác", ["44.180", "50.700", "52.000"]),
        ("Tổng số", "Nghệ An", "tổng số ", ["136.780", "153.600", "160.000"])]
CELLS = []
for label, place, extra, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        subj = (f"tổng số {CAP}" if extra == "tổng số " else CAP + extra) + " " + col.lower()
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "bộ", subject=subj, period=p,
                         location=place, **kw))
        prev = n

FIGS = [
    fig("phát hơn 150.000 bộ", "150.000", 150000, "count", "bộ", approx="over", subject=CAP),
    fig("tại 486 trường", "486", 486, "count", "trường",
        subject="trường tiểu học, trung học cơ sở triển khai Chương trình Nha học đường"),
    fig("hơn 215.000 học sinh", "215.000", 215000, "count", "học sinh", approx="over",
        subject="học sinh tham gia súc miệng bằng dung dịch fluor hằng tuần"),
    fig("phát 153.600 bộ", "153.600", 153600, "count", "bộ", percent=102.4,
        change=chg("increase", 12.3, "%", "năm 2023"), subject=CAP, period=Y24),
] + CELLS + [
    fig("là 71,2%", "71,2", 71.2, "percent", "%", change=chg("decrease", 7.3, "điểm phần trăm", "năm 2020"),
        subject="tỷ lệ học sinh tiểu học bị sâu răng", period=S24),
    fig("khoảng 35.000 đồng", "35.000", 35000, "money", "đồng/bộ", approx="about", subject="trị giá mỗi bộ"),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="học sinh tiểu học được hướng dẫn chải răng đúng cách", period=T25),
]

NOTES = [
    "Department site (Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An), no dateline: menu, links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 18 Trường Thi', phone 0238.3566.215, 'Lượt truy cập: 1.204.377', column headers 'Năm 2023' etc. (periods).",
    "One-cell-per-line table, 'Đơn vị tính: bộ'; rows are places → location (TP Vinh → Vinh, huyện → district name);",
    "'Các địa phương khác' names no single place: location Nghệ An, the label stays in the subject (borderline);",
    "'Tổng số' row: location Nghệ An. Subject = caption + column; period from the header; 'Kế hoạch 2025' → target; no totals in cells.",
    "No dateline: 'published' absent. The headline 'hơn 150.000 bộ' has no period phrase.",
    "'tăng 12,3% so với năm 2023, đạt 102,4% kế hoạch' → change and percent attributes of 153.600 bộ.",
    "'là 71,2%, giảm 7,3 điểm phần trăm so với năm 2020' → a level with a change in percentage points.",
    "'Mục tiêu đến năm 2025' → target, period start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1549-7", TEXT, NOTES, FIGS, location="Nghệ An")
