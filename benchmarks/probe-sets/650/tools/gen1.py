"""p650-1: province portal (Gia Lai) — rabies deaths, bites, PEP doses, dog/cat census 2023, 2024-2025 plan."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Gia Lai
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Năm 2023, Gia Lai có 9 người tử vong do bệnh dại

Cập nhật: 15/01/2024 10:25

Theo báo cáo của Sở Y tế, năm 2023 toàn tỉnh Gia Lai ghi nhận 9 trường hợp tử vong do bệnh dại, tăng 3 trường hợp so với năm 2022, trong đó Chư Sê (3 ca), Ia Grai (2 ca), Đak Đoa (2 ca), Chư Prông (1 ca) và Kbang (1 ca). Đáng chú ý, khoảng 80% số người tử vong không đi tiêm vắc xin sau khi bị chó cắn.

Cũng trong năm 2023, các cơ sở y tế đã tiếp nhận, xử lý 12.486 lượt người bị chó, mèo cắn, cào, tăng 8,2% so với năm trước; sử dụng 41.370 liều vắc xin phòng dại và 1.925 liều huyết thanh kháng dại. Tỷ lệ người bị động vật cắn phải tiêm phòng là 78,5 người/vạn dân.

Theo Chi cục Chăn nuôi và Thú y, tính đến ngày 31/12/2023, toàn tỉnh có 286.540 con chó và 97.310 con mèo. Số chó được tiêm phòng dại mới đạt 148.600 con, chiếm 51,9% tổng đàn. Tỷ lệ tiêm phòng thấp nhất thuộc các huyện Krông Pa (32,4%) và Ia Pa (35,1%).

Ngày 10/01/2024, UBND tỉnh ban hành Kế hoạch số 86/KH-UBND về phòng, chống bệnh dại giai đoạn 2024-2025. Theo đó, tỉnh phấn đấu đến năm 2025 tỷ lệ chó được tiêm phòng dại đạt trên 70% tổng đàn, số người tử vong do bệnh dại giảm 50% so với năm 2023. Năm 2024, ngân sách tỉnh dự kiến bố trí 3,2 tỷ đồng mua khoảng 120.000 liều vắc xin dại cấp cho các xã có nguy cơ cao.

Người dân phát hiện chó, mèo nghi dại báo về đường dây nóng của Chi cục: 0269.3824.115.

Lượt xem: 2.046
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DEATH = "trường hợp tử vong do bệnh dại"

FIGS = [
    F("Gia Lai có 9 người", "9", 9, "count", "người", "người tử vong do bệnh dại", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ghi nhận 9 trường hợp", "9", 9, "count", "trường hợp", DEATH, Y23,
      change=CH("increase", 3, "trường hợp", "năm 2022")),
    F("Chư Sê (3 ca)", "3", 3, "count", "ca", DEATH, Y23, total=9, location="Chư Sê"),
    F("Ia Grai (2 ca)", "2", 2, "count", "ca", DEATH, Y23, total=9, location="Ia Grai"),
    F("Đak Đoa (2 ca)", "2", 2, "count", "ca", DEATH, Y23, total=9, location="Đak Đoa"),
    F("Chư Prông (1 ca)", "1", 1, "count", "ca", DEATH, Y23, total=9, location="Chư Prông"),
    F("Kbang (1 ca)", "1", 1, "count", "ca", DEATH, Y23, total=9, location="Kbang"),
    F("khoảng 80%", "80", 80, "percent", "%", "số người tử vong không đi tiêm vắc xin sau khi bị chó cắn", I(Y23),
      approx="about"),
    F("xử lý 12.486 lượt người", "12.486", 12486, "count", "lượt người",
      "lượt người bị chó, mèo cắn, cào được tiếp nhận, xử lý", P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 8.2, "%", "năm trước")),
    F("sử dụng 41.370 liều", "41.370", 41370, "count", "liều", "liều vắc xin phòng dại sử dụng",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("1.925 liều", "1.925", 1925, "count", "liều", "liều huyết thanh kháng dại sử dụng",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("78,5 người/vạn dân", "78,5", 78.5, "measure", "người/vạn dân", "tỷ lệ người bị động vật cắn phải tiêm phòng", I(Y23)),
    F("286.540 con", "286.540", 286540, "count", "con", "chó", ASOF),
    F("97.310 con", "97.310", 97310, "count", "con", "mèo", ASOF),
    F("148.600 con", "148.600", 148600, "count", "con", "chó được tiêm phòng dại", I(ASOF), percent=51.9),
    F("Krông Pa (32,4%)", "32,4", 32.4, "percent", "%", "tỷ lệ tiêm phòng dại cho chó", I(ASOF), location="Krông Pa"),
    F("Ia Pa (35,1%)", "35,1", 35.1, "percent", "%", "tỷ lệ tiêm phòng dại cho chó", I(ASOF), location="Ia Pa"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ chó được tiêm phòng dại", T25, approx="over", status="target"),
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm số người tử vong do bệnh dại so với năm 2023", T25, status="target"),
    F("3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "ngân sách tỉnh bố trí mua vắc xin dại", Y24, status="forecast"),
    F("khoảng 120.000 liều", "120.000", 120000, "count", "liều", "liều vắc xin dại cấp cho các xã có nguy cơ cao", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Gia Lai: bệnh dại năm 2023 (tử vong, người bị cắn, liều vắc xin, huyết thanh), đàn chó/mèo tính đến 31/12/2023, kế hoạch 2024-2025.",
    "Dateline 'Cập nhật: 15/01/2024 10:25'. 'Lượt xem: 2.046', the hotline, 'Kế hoạch số 86/KH-UBND', 'Ngày 10/01/2024', 'giai đoạn 2024-2025' are not figures.",
    "The district items after 'trong đó' add up to the 9 deaths: total 9. 'chiếm 51,9% tổng đàn' is the percent of 148.600 (no part-of cue, so no total).",
    "'giảm 50% so với năm 2023' is a target rate that is itself the claim: a percent figure, no change. 'dự kiến' governs the 3,2 tỷ and the 120.000 doses.",
]

if __name__ == "__main__":
    emit("p650-1", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Gia Lai")
