from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Phòng, chống thiên tai
Ngày đăng: 22/03/2024 | Lượt xem: 1.487

Rà soát hệ thống đê điều trước mùa mưa lũ năm 2024

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, hiện cả nước có khoảng 8.900 km đê, trong đó khoảng 2.700 km đê sông, đê biển từ cấp III đến cấp đặc biệt, còn lại là đê cấp IV, cấp V và đê bối, đê bao. Dọc các tuyến đê có hơn 4.200 cống qua đê và khoảng 1.100 km kè bảo vệ bờ.

Qua đợt kiểm tra trước lũ năm 2024, các địa phương đã phát hiện 327 vị trí sự cố, hư hỏng đê điều, giảm 14% so với năm 2023. Các địa phương có nhiều vị trí hư hỏng là Hà Nội (58 vị trí), Hải Dương (41 vị trí), Bắc Ninh (37 vị trí) và Thanh Hóa (29 vị trí).

Năm 2023, ngân sách trung ương đã bố trí 1.250,6 tỷ đồng để tu bổ, nâng cấp đê điều và xử lý cấp bách sạt lở, bằng 86% nhu cầu của các địa phương. Suất đầu tư đê biển bình quân hiện khoảng 45 tỷ đồng/km. Tình trạng sạt lở bờ sông, bờ biển vẫn diễn biến phức tạp với 1.245 điểm sạt lở, tổng chiều dài khoảng 2.230 km, trong đó 390 điểm đặc biệt nguy hiểm.

Theo Kế hoạch phòng, chống thiên tai quốc gia, đến năm 2025 phấn đấu 100% tuyến đê từ cấp III trở lên được kiểm tra, đánh giá an toàn hằng năm và giảm từ 30 đến 40% số điểm sạt lở đặc biệt nguy hiểm so với năm 2020.

Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai đề nghị các địa phương hoàn thành xử lý sự cố trước ngày 15/5/2024, báo cáo về Bộ theo Công điện số 04/CĐ-BNN-ĐĐ.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5693.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 8.900 km đê", "8.900", 8900, "measure", "km", "đê cả nước", approx="about"),
    F("khoảng 2.700 km đê sông", "2.700", 2700, "measure", "km", "đê sông, đê biển từ cấp III đến cấp đặc biệt",
      approx="about", total=8900),
    F("hơn 4.200 cống", "4.200", 4200, "count", "cống", "cống qua đê", approx="over"),
    F("khoảng 1.100 km kè", "1.100", 1100, "measure", "km", "kè bảo vệ bờ", approx="about"),
    F("phát hiện 327 vị trí", "327", 327, "count", "vị trí", "vị trí sự cố, hư hỏng đê điều phát hiện qua kiểm tra trước lũ", Y24,
      change=CH("decrease", 14, baseline="năm 2023")),
    F("Hà Nội (58 vị trí)", "58", 58, "count", "vị trí", "vị trí sự cố, hư hỏng đê điều", I(Y24), location="Hà Nội"),
    F("Hải Dương (41 vị trí)", "41", 41, "count", "vị trí", "vị trí sự cố, hư hỏng đê điều", I(Y24), location="Hải Dương"),
    F("Bắc Ninh (37 vị trí)", "37", 37, "count", "vị trí", "vị trí sự cố, hư hỏng đê điều", I(Y24), location="Bắc Ninh"),
    F("Thanh Hóa (29 vị trí)", "29", 29, "count", "vị trí", "vị trí sự cố, hư hỏng đê điều", I(Y24), location="Thanh Hóa"),
    F("bố trí 1.250,6 tỷ đồng", "1.250,6", 1_250_600_000_000, "money", "đồng",
      "ngân sách trung ương bố trí để tu bổ, nâng cấp đê điều và xử lý cấp bách sạt lở", Y23, percent=86),
    F("khoảng 45 tỷ đồng/km", "45", 45_000_000_000, "money", "đồng/km", "suất đầu tư đê biển bình quân", approx="about"),
    F("với 1.245 điểm sạt lở", "1.245", 1245, "count", "điểm sạt lở", "điểm sạt lở bờ sông, bờ biển"),
    F("khoảng 2.230 km", "2.230", 2230, "measure", "km", "tổng chiều dài sạt lở bờ sông, bờ biển", approx="about"),
    F("trong đó 390 điểm", "390", 390, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", total=1245),
    F("phấn đấu 100% tuyến đê", "100", 100, "percent", "%",
      "tuyến đê từ cấp III trở lên được kiểm tra, đánh giá an toàn hằng năm", T25, status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "giảm số điểm sạt lở đặc biệt nguy hiểm so với năm 2020", T25,
      value_max=40, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 22/03/2024 | Lượt xem: 1.487': national dike system, faults found before the 2024 flood season,",
    "central budget 2023, erosion points, 2025 targets. National figures are Việt Nam; provinces in the bracketed list are locations.",
    "Not figures: Lượt xem, dike grades cấp III/IV/V, 'từ cấp III trở lên', Công điện số 04/CĐ-BNN-ĐĐ, 15/5/2024, số 2 Ngọc Hà, phone.",
    "'trong đó khoảng 2.700 km' is a part of 8.900 km; '390 điểm' a part of 1.245 điểm. '4.200 cống' and '1.100 km kè' are not parts.",
    "The province list neither follows a part-of cue nor adds up to 327: no total. 'giảm từ 30 đến 40% … so với năm 2020' is a",
    "target rate that is itself the claim: a percent range with no change. '45 tỷ đồng/km' is a money rate (unit đồng/km).",
]

emit("p565-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")
