"""p800-1: province portal (Quảng Ngãi), chili harvest, prices, linkage chains, exports, 2025 targets."""
from lib import F, P, I, C, write_set

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ngãi
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp
Cập nhật: 18/04/2024 09:45 | Lượt xem: 2.315

Quảng Ngãi: Ớt được mùa, giá bán trên 40.000 đồng/kg

Theo Sở Nông nghiệp và Phát triển nông thôn, quý I/2024 toàn tỉnh đã xuống giống 1.260 ha ớt, tăng 8,6% so với cùng kỳ năm 2023. Diện tích tập trung ở các huyện Bình Sơn (485 ha), Sơn Tịnh (302 ha), Mộ Đức (178 ha) và thị xã Đức Phổ (126 ha).

Hiện nông dân đã thu hoạch khoảng 70% diện tích, năng suất bình quân ước đạt 16,8 tấn/ha, cao hơn 1,2 tấn/ha so với vụ trước. Sản lượng cả vụ dự kiến đạt gần 21.000 tấn. Giá ớt tươi thu mua tại ruộng dao động từ 40.000 - 46.000 đồng/kg, gấp khoảng 2 lần cùng thời điểm năm ngoái. Với chi phí đầu tư khoảng 180 triệu đồng/ha, mỗi héc-ta ớt cho lãi từ 450 - 500 triệu đồng.

Để ổn định đầu ra, tỉnh đã hình thành 14 chuỗi liên kết sản xuất, tiêu thụ ớt với 3 doanh nghiệp và 6 hợp tác xã tham gia. Tổng diện tích liên kết đạt 236 ha, chiếm 18,7% diện tích gieo trồng, với 512 hộ tham gia. Công ty TNHH Nông sản Sông Trà (Km 12, Quốc lộ 24B) cam kết bao tiêu với giá sàn 25.000 đồng/kg; khi giá thị trường cao hơn, doanh nghiệp mua theo giá thị trường trừ 2.000 đồng/kg.

Ngoài tiêu thụ nội địa, ớt Quảng Ngãi được các doanh nghiệp sơ chế, cấp đông xuất khẩu sang Trung Quốc, Hàn Quốc và Malaysia. Từ đầu năm đến nay, lượng ớt xuất khẩu ước đạt 3.150 tấn, trị giá khoảng 4,6 triệu USD.

Theo Kế hoạch số 85/KH-UBND ngày 12/5/2023, phấn đấu đến năm 2025 toàn tỉnh duy trì 2.500 ha ớt mỗi năm, trong đó diện tích liên kết chiếm từ 30% trở lên và có ít nhất 5 mã số vùng trồng phục vụ xuất khẩu.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giá bán trên 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá bán ớt", approx="over"),
    F("xuống giống 1.260 ha ớt", "1.260", 1260, "measure", "ha", "diện tích ớt xuống giống", Q1,
      change=C("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("Bình Sơn (485 ha)", "485", 485, "measure", "ha", "diện tích ớt", I(Q1), location="Bình Sơn"),
    F("Sơn Tịnh (302 ha)", "302", 302, "measure", "ha", "diện tích ớt", I(Q1), location="Sơn Tịnh"),
    F("Mộ Đức (178 ha)", "178", 178, "measure", "ha", "diện tích ớt", I(Q1), location="Mộ Đức"),
    F("Đức Phổ (126 ha)", "126", 126, "measure", "ha", "diện tích ớt", I(Q1), location="Đức Phổ"),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "diện tích ớt đã thu hoạch", approx="about"),
    F("ước đạt 16,8 tấn/ha", "16,8", 16.8, "measure", "tấn/ha", "năng suất ớt bình quân",
      change=C("increase", 1.2, "tấn/ha", "vụ trước"), status="estimate"),
    F("gần 21.000 tấn", "21.000", 21000, "measure", "tấn", "sản lượng ớt cả vụ",
      approx="nearly", status="forecast"),
    F("từ 40.000 - 46.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá ớt tươi thu mua tại ruộng",
      value_max=46000, change=C("increase", 2, "lần", "cùng thời điểm năm ngoái", "about")),
    F("khoảng 180 triệu đồng/ha", "180", 180_000_000, "money", "đồng/ha", "chi phí đầu tư trồng ớt",
      approx="about"),
    F("lãi từ 450 - 500 triệu đồng", "450", 450_000_000, "money", "đồng/ha", "lãi mỗi héc-ta ớt",
      value_max=500_000_000),
    F("hình thành 14 chuỗi", "14", 14, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất, tiêu thụ ớt"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp tham gia chuỗi liên kết ớt"),
    F("và 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi liên kết ớt"),
    F("liên kết đạt 236 ha", "236", 236, "measure", "ha", "tổng diện tích ớt liên kết", percent=18.7),
    F("với 512 hộ", "512", 512, "count", "hộ", "hộ tham gia liên kết trồng ớt"),
    F("giá sàn 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá sàn bao tiêu ớt"),
    F("trừ 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "mức trừ so với giá thị trường khi doanh nghiệp mua ớt"),
    F("ước đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", "lượng ớt xuất khẩu", YTD, status="estimate"),
    F("khoảng 4,6 triệu USD", "4,6", 4_600_000, "money", "USD", "trị giá ớt xuất khẩu", YTD,
      approx="about", status="estimate"),
    F("duy trì 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích ớt mỗi năm", T25, status="target"),
    F("từ 30% trở lên", "30", 30, "percent", "%", "tỷ lệ diện tích ớt liên kết", T25,
      approx="at_least", status="target"),
    F("ít nhất 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng ớt phục vụ xuất khẩu", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Province portal (Quảng Ngãi): chili harvest Q1/2024, prices, linkage chains, exports, 2025 targets.",
    "Distractors: Cập nhật 18/04/2024 09:45, Lượt xem 2.315, Km 12, Quốc lộ 24B, Kế hoạch số 85/KH-UBND ngày 12/5/2023.",
    "Bracketed district list does not add up to 1.260 ha ('tập trung ở'), so no total; items carry the district as location.",
    "'gấp khoảng 2 lần cùng thời điểm năm ngoái' after the price range is its change; 'cao hơn 1,2 tấn/ha so với vụ trước' a change.",
    "'Hiện' sentence and the linkage paragraph state no period; 'mỗi héc-ta ... lãi' gives unit đồng/ha.",
]

if __name__ == "__main__":
    write_set(1, TEXT, FIGS, NOTES, published="2024-04-18", location="Quảng Ngãi")
