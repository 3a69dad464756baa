"""p562-2: Lý Sơn district portal — accident insurance for fishermen and hull insurance for fishing vessels."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Ngày đăng: 22/03/2024 | Lượt xem: 1.208

Hơn 2.600 ngư dân Lý Sơn được mua bảo hiểm tai nạn thuyền viên

Năm 2023, UBND huyện đã phối hợp với Công ty Bảo Minh Quảng Ngãi và Công ty Bảo hiểm PVI Quảng Ngãi mua bảo hiểm cho 2.634 ngư dân và 318 tàu cá, tăng lần lượt 12% và 9% so với năm 2022. Phí bảo hiểm tai nạn thuyền viên bình quân 1,2 triệu đồng/người/năm.

Tổng kinh phí mua bảo hiểm là 3.450 triệu đồng, trong đó ngân sách nhà nước hỗ trợ theo Nghị định số 67/2014/NĐ-CP là 2.760 triệu đồng, chiếm 80%; ngư dân tự đóng góp 690 triệu đồng.

Trong năm 2023, các doanh nghiệp bảo hiểm đã giải quyết bồi thường 14 vụ tổn thất với số tiền gần 1,9 tỷ đồng; trong đó có 2 vụ thuyền viên tử vong, mỗi trường hợp được chi trả 100 triệu đồng.

Toàn huyện hiện có 427 tàu cá với khoảng 3.100 lao động thường xuyên đánh bắt trên biển, trong đó 186 tàu có chiều dài từ 15 mét trở lên hoạt động ở vùng biển Hoàng Sa và Trường Sa. Như vậy, tỷ lệ ngư dân được mua bảo hiểm mới đạt khoảng 85%, tỷ lệ tàu cá có bảo hiểm thân tàu đạt 74,5%.

Năm 2024, huyện phấn đấu nâng tỷ lệ ngư dân tham gia bảo hiểm lên trên 95%; dự kiến cần khoảng 4 tỷ đồng kinh phí. Ngư dân thôn Tây, xã An Vĩnh có nhu cầu mua bảo hiểm liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0255.3867.215.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 2.600 ngư dân", "2.600", 2600, "count", "ngư dân",
      "ngư dân được mua bảo hiểm tai nạn thuyền viên", approx="over"),
    F("cho 2.634 ngư dân", "2.634", 2634, "count", "ngư dân", "ngư dân được mua bảo hiểm", Y23,
      change=CH("increase", 12, "%", "năm 2022")),
    F("và 318 tàu cá", "318", 318, "count", "tàu cá", "tàu cá được mua bảo hiểm", Y23,
      change=CH("increase", 9, "%", "năm 2022")),
    F("bình quân 1,2 triệu", "1,2", 1.2e6, "money", "đồng/người/năm",
      "phí bảo hiểm tai nạn thuyền viên bình quân", I(Y23)),
    F("là 3.450 triệu đồng", "3.450", 3.45e9, "money", "đồng", "tổng kinh phí mua bảo hiểm", I(Y23)),
    F("là 2.760 triệu đồng", "2.760", 2.76e9, "money", "đồng",
      "kinh phí ngân sách nhà nước hỗ trợ mua bảo hiểm", I(Y23), total=3.45e9, percent=80),
    F("đóng góp 690 triệu đồng", "690", 690e6, "money", "đồng", "kinh phí ngư dân tự đóng góp mua bảo hiểm",
      I(Y23), total=3.45e9),
    F("bồi thường 14 vụ", "14", 14, "count", "vụ", "vụ tổn thất được giải quyết bồi thường", T23),
    F("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "số tiền bồi thường", T23, approx="nearly"),
    F("có 2 vụ thuyền viên", "2", 2, "count", "vụ", "vụ thuyền viên tử vong", T23, total=14),
    F("chi trả 100 triệu đồng", "100", 100e6, "money", "đồng",
      "số tiền chi trả mỗi trường hợp thuyền viên tử vong", T23),
    F("có 427 tàu cá", "427", 427, "count", "tàu cá", "tàu cá"),
    F("khoảng 3.100 lao động", "3.100", 3100, "count", "lao động",
      "lao động thường xuyên đánh bắt trên biển", approx="about"),
    F("trong đó 186 tàu", "186", 186, "count", "tàu",
      "tàu có chiều dài từ 15 mét trở lên hoạt động ở vùng biển Hoàng Sa và Trường Sa", total=427),
    F("từ 15 mét trở lên", "15", 15, "measure", "mét", approx="at_least", optional=True),
    F("khoảng 85%", "85", 85, "percent", "%", "tỷ lệ ngư dân được mua bảo hiểm", approx="about"),
    F("đạt 74,5%", "74,5", 74.5, "percent", "%", "tỷ lệ tàu cá có bảo hiểm thân tàu"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ ngư dân tham gia bảo hiểm", Y24,
      approx="over", status="target"),
    F("khoảng 4 tỷ đồng", "4", 4e9, "money", "đồng", "kinh phí mua bảo hiểm", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lý Sơn (invented, district portal): bảo hiểm tai nạn thuyền viên và thân tàu năm 2023, mục tiêu 2024.",
    "Location is the district (Lý Sơn) throughout; Quảng Ngãi appears only in company names, Hoàng Sa/Trường Sa only as the fishing ground.",
    "'tăng lần lượt 12% và 9%' distributes one change to each count. Money in 'triệu đồng' is converted (3.450 triệu = 3,45 tỷ).",
    "'trong đó' parts take the whole before the cue; 'chiếm 80%' is the share of 2.760 triệu. The premium is a rate (đồng/người/năm).",
    "Sentences with 'hiện có' / 'Như vậy' and no period phrase get no period. 'phấn đấu' = target; 'dự kiến' = forecast (its own clause).",
    "Not figures: Nghị định số 67/2014/NĐ-CP, the phone number, 'Lượt xem: 1.208', the date line.",
]

if __name__ == "__main__":
    emit("p562-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Lý Sơn")
