"""p1368-3: formal report (UBND tỉnh Thái Bình), school oral-health programme 2024, flattened '|' table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 47/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện chương trình chăm sóc răng miệng học sinh năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác khám, điều trị
Năm 2024, toàn tỉnh khám răng miệng cho 118.460 học sinh mầm non và tiểu học, tăng 6,2% so với năm 2023, bằng 96,3% kế hoạch. Tỷ lệ học sinh sâu răng là 74,8%, giảm 2,1 điểm phần trăm so với năm 2023.

Số học sinh được khám răng miệng theo địa phương
Đơn vị tính: học sinh
Đơn vị | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Thái Bình | 24.315 | 26.120 | 107,4
Huyện Vũ Thư | 16.870 | 17.950 | 106,4
Huyện Kiến Xương | 19.640 | 20.310 | 103,4
Huyện Tiền Hải | 18.210 | 19.480 | 107,0
Các huyện còn lại | 32.505 | 34.600 | 106,4
Tổng cộng | 111.540 | 118.460 | 106,2

2. Cơ sở vật chất, kinh phí
Toàn tỉnh có 286 trường tiểu học, trong đó 212 trường có cán bộ phụ trách nha học đường. Kinh phí thực hiện năm 2024 là 2,45 tỷ đồng, gồm ngân sách tỉnh 1,6 tỷ đồng và nguồn xã hội hóa 850 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 90% học sinh tiểu học được khám răng định kỳ; tỷ lệ sâu răng giảm còn dưới 70%; 100% trường tiểu học thực hiện súc miệng fluor hằng tuần.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Khiêm
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Năm 2024", "2024-01-01", "2024-12-31")
N25 = period("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [
    ("TP Thái Bình", "TP Thái Bình", None, ["24.315", "26.120", "107,4"]),
    ("Huyện Vũ Thư", "Vũ Thư", None, ["16.870", "17.950", "106,4"]),
    ("Huyện Kiến Xương", "Kiến Xương", None, ["19.640", "20.310", "103,4"]),
    ("Huyện Tiền Hải", "Tiền Hải", None, ["18.210", "19.480", "107,0"]),
    ("Các huyện còn lại", None, "các huyện còn lại", ["32.505", "34.600", "106,4"]),
    ("Tổng cộng", None, "tổng cộng", ["111.540", "118.460", "106,2"]),
]
CELLS = []
for label, place, row_subj, (a, b, c) in ROWS:
    extra = {"location": place} if place else {}
    tail = f" {row_subj}" if row_subj else ""
    CELLS += [
        F(f"{label} | {a}", a, float(a.replace(".", "")), "count", "học sinh",
          subject=f"số học sinh được khám răng miệng năm 2023{tail}", per=C23, **extra),
        F(f"{a} | {b}", b, float(b.replace(".", "")), "count", "học sinh",
          subject=f"số học sinh được khám răng miệng năm 2024{tail}", per=C24, **extra),
        F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"số học sinh được khám răng miệng so với cùng kỳ{tail}", **extra),
    ]

FIGS = [
    F("cho 118.460 học sinh", "118.460", 118460, "count", "học sinh", percent=96.3,
      change=change("increase", 6.2, "%", "năm 2023"),
      subject="học sinh mầm non và tiểu học được khám răng miệng", per=Y24),
    F("là 74,8%", "74,8", 74.8, "percent", "%",
      change=change("decrease", 2.1, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ học sinh sâu răng", per=inherit(Y24)),
] + CELLS + [
    F("có 286 trường", "286", 286, "count", "trường tiểu học", subject="trường tiểu học"),
    F("212 trường", "212", 212, "count", "trường", total=286,
      subject="trường có cán bộ phụ trách nha học đường"),
    F("là 2,45 tỷ", "2,45", 2.45e9, "money", "đồng", subject="kinh phí thực hiện", per=Y24b),
    F("tỉnh 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", total=2.45e9,
      subject="kinh phí từ ngân sách tỉnh", per=Y24b),
    F("hóa 850 triệu", "850", 850e6, "money", "đồng", total=2.45e9,
      subject="kinh phí từ nguồn xã hội hóa", per=Y24b),
    F("Phấn đấu 90%", "90", 90, "percent", "%", status="target",
      subject="học sinh tiểu học được khám răng định kỳ", per=N25),
    F("dưới 70%", "70", 70, "percent", "%", approx="under", status="target",
      subject="tỷ lệ sâu răng", per=N25),
    F("; 100% trường", "100", 100, "percent", "%", status="target",
      subject="trường tiểu học thực hiện súc miệng fluor hằng tuần", per=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 47/BC-UBND', 'Thái Bình, ngày 16 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 47/BC-UBND, 'Kế hoạch số 112/KH-UBND ngày 15/3/2024', letterhead date, section numbers I., II., 1., 2., 'Lưu: VT, VX'.",
    "'tăng 6,2% so với năm 2023, bằng 96,3% kế hoạch' → change and percent of 118.460. 'giảm 2,1 điểm phần trăm' → change of 74,8%.",
    "Flattened '|' table, 'Đơn vị tính: học sinh': rows are districts (location), 'Các huyện còn lại' and 'Tổng cộng' rows stay",
    "in Thái Bình with the row label in the subject. Column periods Năm 2023 / Năm 2024 (scored). 'So với cùng kỳ (%)' cells are",
    "percent figures (the ratio is the claim), no period of their own. Table cells get no total.",
    "'gồm ngân sách tỉnh 1,6 tỷ đồng và nguồn xã hội hóa 850 triệu đồng' add up to 2,45 tỷ: total.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu': all three figures target, period 2025 from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1368-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Thái Bình")
