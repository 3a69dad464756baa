"""p892-1: province portal (Quảng Ninh), gà Tiên Yên theo chuỗi, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Tiên Yên: Phát triển gà đặc sản theo chuỗi giá trị
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo Phòng Nông nghiệp và PTNT huyện Tiên Yên, 6 tháng đầu năm 2024, tổng đàn gà của huyện ước đạt 520.000 con, tăng 8,5% so với cùng kỳ năm 2023. Gà Tiên Yên thuần chủng chiếm khoảng 65% tổng đàn. Sản lượng thịt gà hơi xuất bán đạt 780 tấn, bằng 52% kế hoạch năm.

Toàn huyện hiện có 1.150 hộ chăn nuôi gà, trong đó 86 hộ nuôi quy mô từ 2.000 con/lứa trở lên. Ngoài ra còn 12 hợp tác xã và 5 tổ hợp tác tham gia liên kết sản xuất, tiêu thụ. Các xã Đông Ngũ, Hải Lạng, Tiên Lãng là vùng nuôi tập trung với tổng đàn lần lượt là 96.000 con, 84.000 con và 71.000 con.

Gà Tiên Yên được nuôi thả đồi, thời gian nuôi từ 4 đến 5 tháng, trọng lượng xuất chuồng bình quân 1,8-2,2 kg/con. Giá bán gà thương phẩm dao động từ 140.000 đến 160.000 đồng/kg, cao gấp khoảng 2,5 lần gà công nghiệp. Nhiều hộ có thu nhập trên 300 triệu đồng/năm từ nuôi gà.

Hiện huyện có 4 sản phẩm từ gà được công nhận OCOP, trong đó sản phẩm gà ủ muối Tiên Yên đạt 4 sao. Thực hiện Quyết định số 2118/QĐ-UBND ngày 15/3/2024 của UBND huyện, các hộ nuôi dọc Quốc lộ 18C được hỗ trợ 50% chi phí con giống, tổng kinh phí 1,6 tỷ đồng.

Phấn đấu đến năm 2025, tổng đàn gà của huyện đạt 1 triệu con, giá trị sản xuất từ chăn nuôi gà đạt 250 tỷ đồng; 100% cơ sở chăn nuôi quy mô trang trại áp dụng quy trình an toàn sinh học.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt 520.000 con", "520.000", 520000, "count", "con", "tổng đàn gà", H1,
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "gà Tiên Yên thuần chủng trong tổng đàn", I(H1),
      approx="about"),
    F("đạt 780 tấn", "780", 780, "measure", "tấn", "sản lượng thịt gà hơi xuất bán", I(H1), percent=52),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ chăn nuôi gà"),
    F("trong đó 86 hộ", "86", 86, "count", "hộ", "hộ nuôi gà quy mô từ 2.000 con/lứa trở lên", total=1150),
    F("từ 2.000 con/lứa", "2.000", 2000, "measure", "con/lứa", "quy mô nuôi gà", approx="at_least",
      optional=True),
    F("còn 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã tham gia liên kết sản xuất, tiêu thụ gà"),
    F("5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", "tổ hợp tác tham gia liên kết sản xuất, tiêu thụ gà"),
    F("96.000 con", "96.000", 96000, "count", "con", "tổng đàn gà vùng nuôi tập trung xã Đông Ngũ"),
    F("84.000 con", "84.000", 84000, "count", "con", "tổng đàn gà vùng nuôi tập trung xã Hải Lạng"),
    F("71.000 con", "71.000", 71000, "count", "con", "tổng đàn gà vùng nuôi tập trung xã Tiên Lãng"),
    F("từ 4 đến 5 tháng", "4", 4, "measure", "tháng", "thời gian nuôi gà Tiên Yên", value_max=5),
    F("1,8-2,2 kg/con", "1,8", 1.8, "measure", "kg/con", "trọng lượng xuất chuồng bình quân gà Tiên Yên",
      value_max=2.2),
    F("từ 140.000 đến", "140.000", 140000, "money", "đồng/kg", "giá bán gà Tiên Yên thương phẩm",
      value_max=160000, change=C("increase", 2.5, "lần", "gà công nghiệp", "about")),
    F("trên 300 triệu đồng/năm", "300", 300000000, "money", "đồng/năm", "thu nhập từ nuôi gà của nhiều hộ",
      approx="over"),
    F("có 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm từ gà được công nhận OCOP"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí con giống cho hộ nuôi gà"),
    F("kinh phí 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "tổng kinh phí hỗ trợ con giống"),
    F("đạt 1 triệu con", "1", 1000000, "count", "con", "tổng đàn gà", T25, status="target"),
    F("đạt 250 tỷ đồng", "250", 250000000000, "money", "đồng", "giá trị sản xuất từ chăn nuôi gà", T25,
      status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở chăn nuôi quy mô trang trại áp dụng quy trình an toàn sinh học",
      T25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Ninh (invented): huyện Tiên Yên, gà Tiên Yên nuôi thả đồi theo chuỗi, 6 tháng đầu năm 2024.",
    "Location is the district Tiên Yên throughout; communes in the lần lượt list stay in the subject (location is province/city/district).",
    "'OCOP 4 sao' is a rating level (like 'mức độ 3'), not a figure; Quyết định số 2118/QĐ-UBND, ngày 15/3/2024, Quốc lộ 18C,",
    "'Lượt xem: 2.317' and '09:45' are distractors. The 2.000 con/lứa scale threshold is optional.",
    "'cao gấp khoảng 2,5 lần gà công nghiệp' follows the price range: the price's change (lần, about).",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-18", location="Tiên Yên")
