from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA - HUYỆN PHÚ BÌNH
Trang chủ > Tin tức > An ninh - Quốc phòng

Xã Tân Hòa: 11/11 xóm đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm 2023
09:45 08/01/2024

Ngày 5/1/2024, Công an xã Tân Hòa tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm 2023. Năm 2023, trên địa bàn xã xảy ra 7 vụ phạm pháp hình sự, giảm 3 vụ so với năm 2022; Công an xã phối hợp với Công an huyện điều tra làm rõ 6/7 vụ, đạt 85,7%.

Công an xã đang quản lý 14 người nghiện ma túy, trong đó 9 người đang cai nghiện tại Cơ sở cai nghiện ma túy số 2 tỉnh Thái Nguyên. Trong năm, Công an xã đã tiếp nhận, giải quyết 32 tin báo, tố giác về tội phạm, hòa giải thành 18/21 vụ mâu thuẫn trong nhân dân; vận động nhân dân giao nộp 3 khẩu súng tự chế và 12 kg pháo nổ.

Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh: xã đã lắp đặt mới 46 camera an ninh, nâng tổng số camera trên địa bàn lên 128 camera, với kinh phí xã hội hóa hơn 180 triệu đồng; 100% hộ gia đình ký cam kết không vi phạm pháp luật.

Năm 2024, xã phấn đấu kéo giảm ít nhất 10% số vụ phạm pháp hình sự, tỷ lệ điều tra làm rõ đạt trên 80%, không để phát sinh người nghiện ma túy mới; dự kiến lắp đặt thêm 30 camera tại các ngã ba, ngã tư trên Quốc lộ 37.

Tại hội nghị, UBND xã đã khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc.

Địa chỉ: Xóm Tân Thành, xã Tân Hòa, huyện Phú Bình, tỉnh Thái Nguyên
Điện thoại: 0208.3867.125
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("11/11 xóm", "11", 11, "count", "xóm", "xóm đạt tiêu chuẩn An toàn về an ninh, trật tự", Y23, total=11),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ phạm pháp hình sự", Y23b,
      change=CH("decrease", 3, "vụ", "năm 2022")),
    F("rõ 6/7 vụ", "6", 6, "count", "vụ", "vụ phạm pháp hình sự điều tra làm rõ", Y23b, total=7, percent=85.7),
    F("quản lý 14 người", "14", 14, "count", "người", "người nghiện ma túy đang quản lý"),
    F("9 người", "9", 9, "count", "người", "người nghiện đang cai nghiện", total=14),
    F("32 tin báo", "32", 32, "count", "tin báo, tố giác", "tin báo, tố giác về tội phạm tiếp nhận, giải quyết", TN),
    F("thành 18/21 vụ", "18", 18, "count", "vụ", "vụ mâu thuẫn trong nhân dân hòa giải thành", TN, total=21),
    F("3 khẩu súng", "3", 3, "count", "khẩu súng", "súng tự chế nhân dân giao nộp", TN),
    F("12 kg pháo", "12", 12, "measure", "kg", "pháo nổ nhân dân giao nộp", TN),
    F("mới 46 camera", "46", 46, "count", "camera", "camera an ninh lắp đặt mới", INH(Y23)),
    F("lên 128 camera", "128", 128, "count", "camera", "tổng số camera trên địa bàn", INH(Y23)),
    F("hơn 180 triệu", "180", 180000000, "money", "đồng", "kinh phí xã hội hóa lắp đặt camera", INH(Y23),
      approx="over"),
    F("100% hộ", "100", 100, "percent", "%", "hộ gia đình ký cam kết không vi phạm pháp luật", INH(Y23)),
    F("ít nhất 10%", "10", 10, "percent", "%", "kéo giảm số vụ phạm pháp hình sự", Y24,
      approx="at_least", status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ điều tra làm rõ", Y24, approx="over", status="target"),
    F("thêm 30 camera", "30", 30, "count", "camera", "camera lắp đặt thêm", Y24, status="forecast"),
    F("thưởng 5 tập thể", "5", 5, "count", "tập thể", "tập thể được khen thưởng"),
    F("12 cá nhân", "12", 12, "count", "cá nhân", "cá nhân được khen thưởng"),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Hòa, huyện Phú Bình (commune portal, Thái Nguyên): security results 2023; date line '09:45 08/01/2024' (published).",
    "Location: the commune's district Phú Bình (FIGURES.md knows province, city or district).",
    "'11/11 xóm', '6/7 vụ, đạt 85,7%', '18/21 vụ' carry totals (and the percent); '14 người ..., trong đó 9 người' → total 14.",
    "'đang quản lý' has no period. 'Trong năm' takes the year of the nearest earlier period (2023), like 'trong tháng' in FIGURES.md.",
    "'46 camera ... nâng tổng số ... lên 128 camera': 46 is an increment, not a part (no total). Targets 2024: 'ít nhất 10%' (at_least),",
    "'trên 80%' (over); 'dự kiến lắp đặt thêm 30 camera' forecast (same sentence, continues the 2024 plan). Awards '5 tập thể', '12 cá nhân' are counts.",
    "Distractors: '09:45', 'Ngày 5/1/2024', 'Cơ sở cai nghiện ma túy số 2', 'Quốc lộ 37', address, '0208.3867.125', 'so với năm 2022'.",
]

emit("p531-8", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Phú Bình")
