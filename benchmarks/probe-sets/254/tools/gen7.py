from lib import *

A = """Khoa học › Đổi mới sáng tạo
Thứ hai, 23/9/2024, 16:05 (GMT+7)

Hà Nội dẫn đầu Chỉ số đổi mới sáng tạo cấp địa phương 2024

Hà Nội, TP HCM và Bắc Ninh là ba địa phương có điểm cao nhất trong bảng xếp hạng PII 2024 vừa được Bộ Khoa học và Công nghệ công bố.

Bộ chỉ số PII năm 2024 gồm 52 chỉ số thành phần, được tính toán cho 63 tỉnh, thành phố. Hà Nội đứng đầu với 61,07 điểm, tiếp theo là TP HCM (56,16 điểm) và Bắc Ninh (51,58 điểm). Điểm trung bình cả nước đạt 35,87 điểm, cao hơn 1,2 điểm so với năm 2023.

Có 42/63 địa phương tăng điểm so với năm trước. Đáng chú ý, Quảng Ninh tăng 7 bậc, lên vị trí thứ 6; Đà Nẵng giảm 2 bậc, xuống thứ 9. Lai Châu đứng cuối bảng với 24,36 điểm, thấp hơn địa phương dẫn đầu 36,71 điểm. Có 17 địa phương đạt điểm trên mức trung bình, trong đó 8 tỉnh, thành thuộc vùng Đồng bằng sông Hồng.

Bảng: 5 địa phương dẫn đầu PII 2024
Địa phương
Điểm PII 2024
Xếp hạng 2023
Xếp hạng 2024
Hà Nội
61,07
1
1
TP HCM
56,16
2
2
Bắc Ninh
51,58
4
3
Hải Phòng
50,73
3
4
Bình Dương
49,12
5
5

Theo Thứ trưởng Bộ KH&CN, PII được xây dựng theo Quyết định số 2848/QĐ-BKHCN, tham chiếu phương pháp của Chỉ số Đổi mới sáng tạo toàn cầu (GII). Năm 2024, Việt Nam xếp thứ 44/133 quốc gia, nền kinh tế trong GII, tăng 2 bậc.

Như Quỳnh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
C24 = P("Điểm PII 2024", "2024-01-01", "2024-12-31")
R23 = P("Xếp hạng 2023", "2023-01-01", "2023-12-31")
R24 = P("Xếp hạng 2024", "2024-01-01", "2024-12-31")
S_PII = "Chỉ số đổi mới sáng tạo cấp địa phương (PII)"
FIG = [
    F("là ba địa phương", "ba", 3, "count", "địa phương", "địa phương có điểm cao nhất", optional=True),
    F("gồm 52 chỉ số", "52", 52, "count", "chỉ số thành phần", "chỉ số thành phần của PII", optional=True),
    F("cho 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được tính PII", optional=True),
    F("đầu với 61,07 điểm", "61,07", 61.07, "measure", "điểm", S_PII, location="Hà Nội", period=Y24i),
    F("(56,16 điểm)", "56,16", 56.16, "measure", "điểm", S_PII, location="TP Hồ Chí Minh", period=Y24i),
    F("(51,58 điểm)", "51,58", 51.58, "measure", "điểm", S_PII, location="Bắc Ninh", period=Y24i),
    F("đạt 35,87 điểm", "35,87", 35.87, "measure", "điểm", "Điểm trung bình cả nước",
      change=C("increase", 1.2, "điểm", "năm 2023"), period=Y24i),
    F("Có 42/63", "42", 42, "count", "địa phương", "địa phương tăng điểm", total=63, period=Y24i),
    F("lên vị trí thứ 6", "6", 6, "rank", "hạng", S_PII, change=C("increase", 7, "bậc", None), location="Quảng Ninh", period=Y24i),
    F("xuống thứ 9", "9", 9, "rank", "hạng", S_PII, change=C("decrease", 2, "bậc", None), location="Đà Nẵng", period=Y24i),
    F("với 24,36 điểm", "24,36", 24.36, "measure", "điểm", S_PII, location="Lai Châu",
      change=C("decrease", 36.71, "điểm", "địa phương dẫn đầu"), period=Y24i),
    F("Có 17 địa phương", "17", 17, "count", "địa phương", "địa phương đạt điểm trên mức trung bình", period=Y24i),
    F("đó 8 tỉnh", "8", 8, "count", "tỉnh, thành", "tỉnh, thành thuộc vùng Đồng bằng sông Hồng", total=17, period=Y24i),
    F("Bảng: 5 địa phương", "5", 5, "count", "địa phương", "địa phương dẫn đầu PII", optional=True),
]
rows = [
    ("Hà Nội", "Hà Nội", "61,07", 61.07, "1", "1", "TP HCM\n56"),
    ("TP HCM", "TP Hồ Chí Minh", "56,16", 56.16, "2", "2", "Bắc Ninh\n51"),
    ("Bắc Ninh", "Bắc Ninh", "51,58", 51.58, "4", "3", "Hải Phòng\n50"),
    ("Hải Phòng", "Hải Phòng", "50,73", 50.73, "3", "4", "Bình Dương\n49"),
    ("Bình Dương", "Bình Dương", "49,12", 49.12, "5", "5", "\nTheo"),
]
for lab, loc, sc, scv, r23, r24, nxt in rows:
    FIG.append(F(f"{lab}\n{sc}", sc, scv, "measure", "điểm", "Điểm PII 2024", location=loc, period=C24))
    FIG.append(F(f"{sc}\n{r23}\n", r23, int(r23), "rank", "hạng", "Xếp hạng PII 2023", location=loc, period=R23))
    FIG.append(F(f"{r24}\n{nxt}", r24, int(r24), "rank", "hạng", "Xếp hạng PII 2024", location=loc, period=R24))
FIG += [
    F("thứ 44/133", "44", 44, "rank", "hạng", "Chỉ số Đổi mới sáng tạo toàn cầu (GII)", total=133,
      change=C("increase", 2, "bậc", None), location="Việt Nam", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build(7, A, FIG, comments=[
    "National press (VnExpress-style section line + 'Thứ hai, 23/9/2024, 16:05 (GMT+7)'): PII 2024 results of provinces, with a",
    "one-cell-per-line table (Địa phương | Điểm PII 2024 | Xếp hạng 2023 | Xếp hạng 2024). Byline at the end.",
    "Distractors: '(GMT+7)', 'Quyết định số 2848/QĐ-BKHCN', index names 'PII 2024', 'Bảng:'; row labels are places → location, never subject.",
    "Lists: Hà Nội / TP HCM / Bắc Ninh scores → their location. 'Có 42/63 địa phương' total 63. 'tăng 7 bậc, lên vị trí thứ 6' → rank 6 with",
    "change +7 bậc (no baseline stated in the clause). 'Có 17 …, trong đó 8 tỉnh, thành …' total 17. The national average: location Việt Nam.",
    "'năm 2024' stated only in the paragraph's first sentence (and the title's 'PII 2024'): scores are inherited. Table cells take the",
    "column-header year (scored, as in shared h23). The repeated scores in the table are figures of their own (each cell is a figure).",
    "'thấp hơn địa phương dẫn đầu 36,71 điểm' is the change of Lai Châu's 24,36 (thấp hơn → change attribute, not a figure).",
    "List head 'ba địa phương' and structure counts '52 chỉ số thành phần', '63 tỉnh, thành phố', 'Bảng: 5 địa phương' optional. GII 'xếp thứ 44/133 …' total 133.",
], published="2024-09-23", location="Việt Nam")
