"""p920-5: Báo Hưng Yên (Party newspaper) — Khoái Châu turmeric harvest, prices down, starch processing; byline + bare date at end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HƯNG YÊN
Kinh tế

Nghệ vàng Khoái Châu vào vụ thu hoạch

Những ngày này, nông dân các xã Bình Minh, Dạ Trạch, Hàm Tử (huyện Khoái Châu) đang tất bật thu hoạch nghệ trên các bãi ven đê tả sông Hồng. Năm nay, toàn huyện trồng 420 ha nghệ, giảm 35 ha so với năm trước; năng suất đạt 30-32 tấn/ha.

Theo ông Đào Văn Năm, Giám đốc HTX Nghệ vàng Bình Minh, giá nghệ tươi tại ruộng hiện chỉ 4.000-5.000 đồng/kg, thấp hơn khoảng 30% so với năm 2022, nhiều hộ phải để nghệ lại chờ giá. HTX hiện có 56 thành viên, mỗi năm chế biến khoảng 120 tấn nghệ tươi, cho ra 6 tấn tinh bột nghệ. Trung bình 20 kg nghệ tươi mới làm được 1 kg tinh bột nguyên chất. Tinh bột nghệ của HTX được bán với giá 300.000-400.000 đồng/kg, sản phẩm đã đạt chuẩn OCOP 3 sao.

Toàn huyện hiện có 14 cơ sở chế biến tinh bột nghệ, doanh thu năm 2022 đạt trên 25 tỷ đồng, giải quyết việc làm cho hơn 150 lao động. Diện tích nghệ của Khoái Châu hiện chiếm gần 45% diện tích nghệ toàn tỉnh.

Để giữ vững thương hiệu, huyện phấn đấu đến năm 2025 xây dựng 50 ha nghệ theo hướng hữu cơ, tiêu thụ qua sàn thương mại điện tử ít nhất 20% sản lượng tinh bột nghệ. Ông Phạm Văn Chín, Phó Chủ tịch UBND huyện cho biết, huyện đã đề xuất tỉnh hỗ trợ kinh phí xây dựng nhà sơ chế tại thôn Đông Kết, gần Quốc lộ 39 và đường tỉnh ĐT.384 để thuận tiện cho việc thu mua.

THU HẰNG
23/10/2023
"""

Y23 = P("Năm nay", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trồng 420 ha", "420", 420, "measure", "ha", "diện tích nghệ", Y23,
      change=C("decrease", 35, "ha", "năm trước")),
    F("đạt 30-32 tấn/ha", "30", 30, "measure", "tấn/ha", "năng suất nghệ", Y23, value_max=32),
    F("chỉ 4.000-5.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá nghệ tươi tại ruộng", value_max=5000,
      change=C("decrease", 30, "%", "năm 2022", "about")),
    F("có 56 thành viên", "56", 56, "count", "thành viên", "thành viên HTX Nghệ vàng Bình Minh"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", "nghệ tươi HTX chế biến mỗi năm", approx="about"),
    F("ra 6 tấn", "6", 6, "measure", "tấn", "tinh bột nghệ HTX sản xuất mỗi năm"),
    F("Trung bình 20 kg", "20", 20, "measure", "kg", "nghệ tươi để làm 1 kg tinh bột nguyên chất"),
    F("được 1 kg", "1", 1, "measure", "kg", "tinh bột nguyên chất", optional=True),
    F("300.000-400.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá bán tinh bột nghệ của HTX",
      value_max=400000),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở chế biến tinh bột nghệ"),
    F("trên 25 tỷ đồng", "25", 25e9, "money", "đồng", "doanh thu chế biến tinh bột nghệ", Y22, approx="over"),
    F("hơn 150 lao động", "150", 150, "count", "lao động", "lao động có việc làm từ chế biến tinh bột nghệ",
      approx="over"),
    F("gần 45%", "45", 45, "percent", "%", "tỷ trọng diện tích nghệ Khoái Châu trong diện tích nghệ toàn tỉnh",
      approx="nearly"),
    F("xây dựng 50 ha", "50", 50, "measure", "ha", "diện tích nghệ theo hướng hữu cơ", T25, status="target"),
    F("ít nhất 20%", "20", 20, "percent", "%", "sản lượng tinh bột nghệ tiêu thụ qua sàn thương mại điện tử", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Hưng Yên: Khoái Châu turmeric harvest; byline THU HẰNG and bare date 23/10/2023 at the end (published).",
    "Location is the district Khoái Châu (communes lie in it). 'Năm nay' = 2023 from the date. 'giảm 35 ha', 'thấp hơn khoảng 30%' are changes.",
    "'20 kg nghệ tươi ... 1 kg tinh bột': 20 kg is the claim, '1 kg' the base (optional). 'OCOP 3 sao' rating label (optional).",
    "Distractors: names Đào Văn Năm / Phạm Văn Chín, Quốc lộ 39, ĐT.384, thôn Đông Kết.",
]

write("p920-5", TEXT, NOTES, FIGS, published="2023-10-23", location="Khoái Châu")
