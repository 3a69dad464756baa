from lib import F, P, inh, CH, emit

TEXT = """Bộ Công an - Cổng thông tin điện tử
Tin tức › An ninh trật tự

Phát hiện gần 690 nghìn vi phạm giao thông qua camera trong 9 tháng năm 2024

Theo báo cáo của Cục Cảnh sát giao thông, 9 tháng năm 2024, lực lượng Cảnh sát giao thông toàn quốc đã phát hiện, lập biên bản 3,42 triệu trường hợp vi phạm trật tự, an toàn giao thông, phạt tiền hơn 4,3 nghìn tỷ đồng, tăng 8,7% so với cùng kỳ năm 2023; tước quyền sử dụng giấy phép lái xe 421.530 trường hợp; tạm giữ 512.846 phương tiện.

Trong đó, qua hệ thống camera giám sát, lực lượng chức năng đã phát hiện 689.240 trường hợp vi phạm, chiếm khoảng 20,2% tổng số vi phạm, gửi thông báo đến 634.118 chủ phương tiện. Số trường hợp vi phạm bị phát hiện qua hình ảnh gấp 1,4 lần cùng kỳ năm trước. Một số địa phương có số vi phạm phát hiện qua camera lớn là Hà Nội (98.450 trường hợp), TP Hồ Chí Minh (87.320 trường hợp) và Bình Dương (31.204 trường hợp).

Riêng quý III/2024, lực lượng Cảnh sát giao thông xử lý 1,18 triệu trường hợp vi phạm, trong đó vi phạm nồng độ cồn trên 214 nghìn trường hợp, chiếm 18,1%.

Đến nay, 61/63 địa phương đã kết nối hệ thống camera giám sát với Trung tâm chỉ huy của Cục Cảnh sát giao thông. Thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư và Nghị quyết số 48/NQ-CP của Chính phủ, giai đoạn 2021-2025, ngành Công an phấn đấu kéo giảm tai nạn giao thông hằng năm từ 5 đến 10% trên cả 3 tiêu chí; đến năm 2025, 100% tuyến quốc lộ được lắp đặt camera giám sát, xử lý vi phạm.

Mọi phản ánh về vi phạm giao thông, người dân có thể gửi qua ứng dụng VNeID hoặc đường dây nóng 069.234.2593 của Cục Cảnh sát giao thông.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
CAM = "trường hợp vi phạm phát hiện qua camera"

FIGS = [
    F("gần 690 nghìn", "690", 690000, "count", "vi phạm",
      "vi phạm giao thông phát hiện qua camera", N9, approx="nearly"),
    F("biên bản 3,42 triệu", "3,42", 3420000, "count", "trường hợp",
      "trường hợp vi phạm trật tự, an toàn giao thông phát hiện, lập biên bản", N9),
    F("hơn 4,3 nghìn tỷ đồng", "4,3", 4.3e12, "money", "đồng", "phạt tiền", N9, approx="over",
      change=CH("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("xe 421.530 trường hợp", "421.530", 421530, "count", "trường hợp",
      "trường hợp bị tước quyền sử dụng giấy phép lái xe", N9),
    F("tạm giữ 512.846 phương tiện", "512.846", 512846, "count", "phương tiện", "phương tiện bị tạm giữ", N9),
    F("phát hiện 689.240 trường hợp", "689.240", 689240, "count", "trường hợp", CAM, inh(N9),
      total=3420000, percent=20.2),
    F("đến 634.118 chủ", "634.118", 634118, "count", "chủ phương tiện",
      "chủ phương tiện được gửi thông báo", inh(N9)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
      "số trường hợp vi phạm bị phát hiện qua hình ảnh so với cùng kỳ năm trước", inh(N9)),
    F("Hà Nội (98.450 trường hợp)", "98.450", 98450, "count", "trường hợp", CAM, inh(N9), location="Hà Nội"),
    F("Minh (87.320 trường hợp)", "87.320", 87320, "count", "trường hợp", CAM, inh(N9), location="TP Hồ Chí Minh"),
    F("Bình Dương (31.204 trường hợp)", "31.204", 31204, "count", "trường hợp", CAM, inh(N9), location="Bình Dương"),
    F("xử lý 1,18 triệu", "1,18", 1180000, "count", "trường hợp", "trường hợp vi phạm xử lý", Q3),
    F("trên 214 nghìn", "214", 214000, "count", "trường hợp", "vi phạm nồng độ cồn", Q3,
      approx="over", total=1180000, percent=18.1),
    F("61/63 địa phương", "61", 61, "count", "địa phương",
      "địa phương đã kết nối hệ thống camera giám sát với Trung tâm chỉ huy", total=63),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "kéo giảm tai nạn giao thông hằng năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=10, status="target"),
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("2025, 100% tuyến", "100", 100, "percent", "%", "tuyến quốc lộ được lắp đặt camera giám sát, xử lý vi phạm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p273-7", TEXT, [
    "Ministry site (Cổng TTĐT Bộ Công an), national figures, 9 tháng năm 2024; no dateline at all (published absent).",
    "Distractors: 'Chỉ thị số 23-CT/TW', 'Nghị quyết số 48/NQ-CP', hotline 069.234.2593, 'giai đoạn 2021-2025' (period), app VNeID.",
    "'3,42 triệu', '1,18 triệu', '4,3 nghìn tỷ', '690 nghìn', '214 nghìn': multipliers applied. 'Trong đó, … 689.240 …, chiếm khoảng 20,2%' after a",
    "sentence break → total 3,42 triệu and percent 20.2 (the 'khoảng' qualifies the share, not the count). 'gấp 1,4 lần cùng kỳ năm trước' stands",
    "alone as the claim of its own sentence → multiple. 'Đến nay, 61/63 địa phương' → total 63; 'Đến nay' with no dateline gives no period.",
    "Targets: 'từ 5 đến 10%' (giai đoạn 2021-2025) and '100%' (đến năm 2025). 'cả 3 tiêu chí' optional (structure).",
], FIGS, published=None, location="Việt Nam")
