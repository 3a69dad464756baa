from lib import F, P, emit

TEXT = """Hà Nam nỗ lực cải thiện chất lượng nước sông Nhuệ, sông Đáy

(BHN) - Sông Nhuệ và sông Đáy chảy qua địa bàn tỉnh với tổng chiều dài khoảng 86 km, tiếp nhận phần lớn nước thải từ thượng nguồn. Ước tính mỗi ngày sông Nhuệ tiếp nhận khoảng 110.000 m3 nước thải chưa qua xử lý.

Năm 2024, Trung tâm Quan trắc tài nguyên và môi trường tỉnh đã thực hiện 12 đợt quan trắc tại 18 điểm trên hai sông, phân tích 2.592 lượt thông số. Kết quả cho thấy sông Nhuệ đoạn qua TX. Duy Tiên có chất lượng nước ở mức kém, hàm lượng BOD5 trung bình 24,6 mg/l, COD 41,3 mg/l và Coliform khoảng 12.000 MPN/100ml. Trong khi đó, sông Đáy đoạn qua TP. Phủ Lý có chất lượng khá hơn, BOD5 dao động từ 8 đến 14 mg/l.

Giai đoạn 2021-2025, tỉnh đã đầu tư gần 1,2 nghìn tỷ đồng xây dựng 4 nhà máy xử lý nước thải tập trung với tổng công suất 46.000 m3/ngày đêm; trong đó Nhà máy xử lý nước thải Phủ Lý giai đoạn 1 có công suất 20.000 m3/ngày đêm.

Năm 2024, lực lượng chức năng đã xử phạt 23 cơ sở gây ô nhiễm với tổng số tiền trên 2,1 tỷ đồng; riêng 6 tháng đầu năm xử phạt 11 cơ sở, số tiền 960 triệu đồng.

Tỉnh đặt chỉ tiêu đến năm 2025 có từ 50 đến 60% lượng nước thải sinh hoạt đô thị được thu gom, xử lý; năm 2024 mới đạt 38,5%. Năm 2025, tỉnh phấn đấu bổ sung 2 trạm quan trắc nước mặt tự động tại cống Lương Cổ và cầu Hồng Phú, đồng thời đề nghị Bộ Tài nguyên và Môi trường sớm triển khai Đề án 1435 về bảo vệ môi trường lưu vực sông Nhuệ - Đáy.

Ngọc Lan
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("khoảng 86 km", "86", 86, "measure", "km", "tổng chiều dài sông Nhuệ và sông Đáy chảy qua địa bàn tỉnh", approx="about"),
    F("khoảng 110.000 m3", "110.000", 110000, "measure", "m3", "nước thải chưa qua xử lý sông Nhuệ tiếp nhận mỗi ngày",
      approx="about", status="estimate"),
    F("thực hiện 12 đợt", "12", 12, "count", "đợt", "đợt quan trắc", Y24),
    F("tại 18 điểm", "18", 18, "count", "điểm", "điểm quan trắc", Y24),
    F("trên hai sông", "hai", 2, "count", "sông", "sông", optional=True),
    F("phân tích 2.592 lượt", "2.592", 2592, "count", "lượt thông số", "lượt thông số được phân tích", Y24),
    F("trung bình 24,6 mg/l", "24,6", 24.6, "measure", "mg/l", "hàm lượng BOD5 trung bình", Y24i, location="Duy Tiên"),
    F("COD 41,3 mg/l", "41,3", 41.3, "measure", "mg/l", "hàm lượng COD trung bình", Y24i, location="Duy Tiên"),
    F("khoảng 12.000 MPN", "12.000", 12000, "measure", "MPN/100ml", "Coliform", Y24i, approx="about",
      location="Duy Tiên"),
    F("từ 8 đến 14 mg/l", "8", 8, "measure", "mg/l", "BOD5", Y24i, value_max=14, location="Phủ Lý"),
    F("gần 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "vốn đầu tư xây dựng nhà máy xử lý nước thải tập trung",
      GD, approx="nearly"),
    F("xây dựng 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy xử lý nước thải tập trung", GD),
    F("suất 46.000 m3", "46.000", 46000, "measure", "m3/ngày đêm", "tổng công suất nhà máy xử lý nước thải tập trung", GD),
    F("suất 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất Nhà máy xử lý nước thải Phủ Lý giai đoạn 1",
      GD, total=46000),
    F("phạt 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở gây ô nhiễm bị xử phạt", Y24),
    F("trên 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "tổng số tiền xử phạt", Y24, approx="over"),
    F("phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị xử phạt",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tiền 960 triệu đồng", "960", 960000000, "money", "đồng", "số tiền xử phạt",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("từ 50 đến 60%", "50", 50, "percent", "%", "lượng nước thải sinh hoạt đô thị được thu gom, xử lý",
      P("đến năm 2025", None, "2025-12-31"), value_max=60, status="target"),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "lượng nước thải sinh hoạt đô thị được thu gom, xử lý",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("bổ sung 2 trạm", "2", 2, "count", "trạm", "trạm quan trắc nước mặt tự động",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Party newspaper of Hà Nam (BHN tag implies the province): sông Nhuệ – Đáy monitoring 2024, treatment plants 2021-2025, fines, targets. No dateline at all: no published.",
    "Distractors: BOD5, '100ml' in the Coliform unit, 'giai đoạn 1' of a plant, 'Nhà máy xử lý nước thải Phủ Lý' (place inside a name: not the location), 'Đề án 1435', place names cống Lương Cổ, cầu Hồng Phú.",
    "River-section figures take the town they run through (TX. Duy Tiên, TP. Phủ Lý); period Năm 2024 from the previous sentence (inherited). 'hai sông' (structure): optional.",
    "'Ước tính mỗi ngày … khoảng 110.000 m3' → estimate, unit m3 (per day implied by 'mỗi ngày'). 'gần 1,2 nghìn tỷ đồng' = 1.2e12, approx nearly.",
    "'46.000 m3/ngày đêm; trong đó … 20.000 m3/ngày đêm' → total 46.000. 'riêng 6 tháng đầu năm xử phạt 11 cơ sở' → no total ('riêng' is no part-of cue in FIGURES.md);",
    "'6 tháng đầu năm' takes 2024 from the nearest earlier 'Năm 2024'. 'chỉ tiêu đến năm 2025 … từ 50 đến 60%' → target range; 'năm 2024 mới đạt 38,5%' → actual.",
]

emit("p359-8", TEXT, COMMENTS, FIGS, published=None, location="Hà Nam")
