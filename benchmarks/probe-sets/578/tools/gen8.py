"""p578-8: provincial paper (Báo Cần Thơ) — cancer hospital: 11-month visits, beds, radiotherapy queue, lung-cancer screening."""
from lib import F, P, I, CH, emit

TEXT = """Báo Cần Thơ
Sức khỏe
Ngày cập nhật 04/12/2024

Bệnh viện Ung bướu TP Cần Thơ: 11 tháng khám hơn 98.000 lượt người bệnh

(CT) - Theo Bệnh viện Ung bướu TP Cần Thơ, 11 tháng năm 2024, bệnh viện đã khám cho 98.415 lượt người bệnh, đạt 107% kế hoạch năm, tăng 11,6% so với cùng kỳ; điều trị nội trú 17.230 lượt, điều trị ngoại trú 8.904 lượt.

Bệnh viện có 500 giường kế hoạch, song số người bệnh nội trú thường xuyên từ 620 đến 680 người, công suất sử dụng giường bệnh bình quân 129,4%. Về xạ trị, bệnh viện có 2 máy xạ trị gia tốc và 1 máy xạ trị áp sát; 11 tháng đã thực hiện 41.870 lượt xạ trị, bình quân mỗi máy gia tốc tiếp nhận hơn 120 lượt/ngày. Hiện có khoảng 150 người bệnh đang chờ xạ trị, thời gian chờ trung bình từ 3 đến 5 tuần.

Chương trình tầm soát ung thư phổi bằng chụp CT liều thấp dành cho người từ 50 tuổi trở lên, hút thuốc lá từ 20 bao-năm, năm 2024 đã phát hiện 43 người mắc ung thư phổi trên tổng số 2.156 người được chụp, chiếm 2%; trong đó 29 người ở giai đoạn I, II.

Năm 2025, bệnh viện dự kiến đưa vào hoạt động thêm 1 máy xạ trị gia tốc với tổng mức đầu tư 72,5 tỷ đồng, nâng công suất xạ trị thêm khoảng 35%.

Bệnh viện Ung bướu TP Cần Thơ, số 04 Châu Văn Liêm, quận Ninh Kiều; đường dây nóng: 0292.3820.007.

MINH HUYỀN
"""

COMMENTS = [
    "Provincial paper (Báo Cần Thơ, '(CT) -' tag), 'Ngày cập nhật 04/12/2024': cancer hospital 11 months 2024 — visits, beds, radiotherapy,",
    "waiting list, low-dose CT lung screening, 2025 investment. Distractors: '(CT)' tag and 'chụp CT', 'giai đoạn I, II', 'số 04 Châu Văn Liêm,",
    "quận Ninh Kiều' (address: does not make figures Ninh Kiều), hotline. '50 tuổi', '20 bao-năm' are eligibility thresholds: optional.",
    "98.415 carries percent 107 ('đạt 107% kế hoạch năm') and change 11,6%. '500 giường kế hoạch' is the bed allotment: actual.",
    "'43 người ... trên tổng số 2.156 người ..., chiếm 2%': 2.156 is the total attribute, not a figure; 29 is part of 43 ('trong đó').",
    "Year-less '11 tháng' takes 2024 from the lead. 'Năm 2025 ... dự kiến' -> forecast; 'nâng công suất thêm khoảng 35%' is its own",
    "percent figure (a rate as the claim), not a change of the investment.",
]

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11b = P("11 tháng", "2024-01-01", "2024-11-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khám hơn 98.000 lượt", "98.000", 98000, "count", "lượt", "lượt người bệnh được khám", I(M11), approx="over"),
    F("cho 98.415 lượt", "98.415", 98415, "count", "lượt", "lượt người bệnh được khám", M11,
      percent=107, change=CH("increase", 11.6, "%", "cùng kỳ")),
    F("nội trú 17.230 lượt", "17.230", 17230, "count", "lượt", "lượt điều trị nội trú", M11),
    F("ngoại trú 8.904 lượt", "8.904", 8904, "count", "lượt", "lượt điều trị ngoại trú", M11),
    F("có 500 giường", "500", 500, "count", "giường", "giường kế hoạch"),
    F("từ 620 đến 680 người", "620", 620, "count", "người", "số người bệnh nội trú thường xuyên", value_max=680),
    F("bình quân 129,4%", "129,4", 129.4, "percent", "%", "công suất sử dụng giường bệnh bình quân"),
    F("có 2 máy", "2", 2, "count", "máy", "máy xạ trị gia tốc"),
    F("và 1 máy xạ trị áp sát", "1", 1, "count", "máy", "máy xạ trị áp sát"),
    F("thực hiện 41.870 lượt", "41.870", 41870, "count", "lượt xạ trị", "lượt xạ trị", M11b),
    F("hơn 120 lượt/ngày", "120", 120, "measure", "lượt/ngày", "lượt xạ trị mỗi máy gia tốc tiếp nhận bình quân",
      M11b, approx="over"),
    F("khoảng 150 người bệnh", "150", 150, "count", "người bệnh", "người bệnh đang chờ xạ trị", approx="about"),
    F("từ 3 đến 5 tuần", "3", 3, "measure", "tuần", "thời gian chờ trung bình", value_max=5),
    F("từ 50 tuổi", "50", 50, "measure", "tuổi", approx="at_least", optional=True),
    F("từ 20 bao-năm", "20", 20, "measure", "bao-năm", approx="at_least", optional=True),
    F("phát hiện 43 người", "43", 43, "count", "người", "người mắc ung thư phổi được phát hiện", Y24,
      total=2156, percent=2),
    F("trong đó 29 người", "29", 29, "count", "người", "người mắc ung thư phổi ở giai đoạn I, II", Y24, total=43),
    F("thêm 1 máy", "1", 1, "count", "máy", "máy xạ trị gia tốc đưa vào hoạt động thêm", Y25, status="forecast"),
    F("tư 72,5 tỷ đồng", "72,5", 72.5e9, "money", "đồng", "tổng mức đầu tư", Y25, status="forecast"),
    F("khoảng 35%", "35", 35, "percent", "%", "công suất xạ trị tăng thêm", Y25, approx="about", status="forecast"),
]

if __name__ == "__main__":
    emit("p578-8", TEXT, COMMENTS, FIGS, published="2024-12-04", location="Cần Thơ")
