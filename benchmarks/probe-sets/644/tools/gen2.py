from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN ĐỨC HÒA - TỈNH LONG AN
Cổng thông tin điện tử
Trang chủ / Tin tức / Kinh tế - Hạ tầng

Đức Hòa tăng cường kiểm tra an toàn sử dụng khí gas tại khu nhà trọ, bếp ăn tập thể

Thứ Tư, 17/07/2024 - 09:30

Trong 6 tháng đầu năm 2024, Đoàn kiểm tra liên ngành huyện đã kiểm tra 146 cơ sở kinh doanh, sử dụng khí dầu mỏ hóa lỏng (LPG), gồm 58 cửa hàng bán lẻ và 88 bếp ăn tập thể, nhà hàng. Qua kiểm tra, có 21 cơ sở vi phạm, giảm 9 cơ sở so với cùng kỳ năm 2023; số tiền xử phạt là 186,5 triệu đồng. Các xã Đức Lập Hạ, Mỹ Hạnh Nam và Tân Mỹ có nhiều cơ sở vi phạm nhất, lần lượt là 4, 3 và 3 cơ sở.

Kết quả khảo sát tại 12 khu nhà trọ công nhân cho thấy từ 30 đến 40% số hộ sử dụng dây dẫn gas, van điều áp đã quá thời hạn thay thế; gần 15% số hộ đặt bình gas sát ổ điện. Riêng quý II, trên địa bàn xảy ra 2 vụ cháy do rò rỉ khí gas, làm 3 người bị thương, thiệt hại tài sản ước khoảng 120 triệu đồng.

Lượng LPG bán ra của các cửa hàng trên địa bàn 6 tháng ước khoảng 2.150 tấn, tăng 5,8% so với cùng kỳ; trong đó loại bình 12 kg chiếm gần 72%. Hiện toàn huyện có 97 cửa hàng bán lẻ LPG, tập trung tại thị trấn Hậu Nghĩa (14 cửa hàng), xã Đức Hòa Hạ (11 cửa hàng) và xã Hựu Thạnh (9 cửa hàng).

Thời gian tới, huyện đặt mục tiêu 100% bếp ăn tập thể trong các khu công nghiệp được kiểm tra an toàn sử dụng khí. Thông tin phản ánh xin gửi về Phòng Kinh tế và Hạ tầng huyện, số 30 đường Tỉnh lộ 9, điện thoại 0272.3850.214.

Phòng Kinh tế và Hạ tầng
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
S6 = P("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở",
      "cơ sở kinh doanh, sử dụng khí dầu mỏ hóa lỏng (LPG) được kiểm tra", H6),
    F("gồm 58 cửa hàng", "58", 58, "count", "cửa hàng bán lẻ", "cửa hàng bán lẻ được kiểm tra", H6, total=146),
    F("và 88 bếp ăn", "88", 88, "count", "bếp ăn tập thể, nhà hàng",
      "bếp ăn tập thể, nhà hàng được kiểm tra", H6, total=146),
    F("có 21 cơ sở vi phạm", "21", 21, "count", "cơ sở", "cơ sở vi phạm", I(H6),
      change=CH("decrease", 9, "cơ sở", "cùng kỳ năm 2023")),
    F("là 186,5 triệu", "186,5", 186.5e6, "money", "đồng", "số tiền xử phạt", I(H6)),
    F("lần lượt là 4,", "4", 4, "count", "cơ sở", "cơ sở vi phạm", I(H6)),
    F("là 4, 3 và", "3", 3, "count", "cơ sở", "cơ sở vi phạm", I(H6)),
    F("và 3 cơ sở.", "3", 3, "count", "cơ sở", "cơ sở vi phạm", I(H6)),
    F("tại 12 khu nhà trọ", "12", 12, "count", "khu nhà trọ", "khu nhà trọ công nhân được khảo sát"),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "hộ sử dụng dây dẫn gas, van điều áp đã quá thời hạn thay thế", value_max=40),
    F("gần 15%", "15", 15, "percent", "%", "hộ đặt bình gas sát ổ điện", approx="nearly"),
    F("ra 2 vụ cháy", "2", 2, "count", "vụ cháy", "vụ cháy do rò rỉ khí gas", Q2),
    F("làm 3 người", "3", 3, "count", "người", "người bị thương", Q2),
    F("khoảng 120 triệu", "120", 120e6, "money", "đồng", "thiệt hại tài sản", Q2,
      approx="about", status="estimate"),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn", "lượng LPG bán ra của các cửa hàng trên địa bàn", S6,
      approx="about", status="estimate", change=CH("increase", 5.8, "%", "cùng kỳ")),
    F("bình 12 kg chiếm", "12", 12, "measure", "kg", "loại bình", optional=True),
    F("gần 72%", "72", 72, "percent", "%", "tỷ trọng loại bình 12 kg trong lượng LPG bán ra", S6,
      approx="nearly", status="estimate"),
    F("có 97 cửa hàng", "97", 97, "count", "cửa hàng", "cửa hàng bán lẻ LPG"),
    F("Hậu Nghĩa (14 cửa hàng)", "14", 14, "count", "cửa hàng", "cửa hàng bán lẻ LPG"),
    F("Đức Hòa Hạ (11 cửa hàng)", "11", 11, "count", "cửa hàng", "cửa hàng bán lẻ LPG"),
    F("Hựu Thạnh (9 cửa hàng)", "9", 9, "count", "cửa hàng", "cửa hàng bán lẻ LPG"),
    F("mục tiêu 100%", "100", 100, "percent", "%",
      "bếp ăn tập thể trong các khu công nghiệp được kiểm tra an toàn sử dụng khí", status="target"),
]

COMMENTS = [
    "District portal (huyện Đức Hòa, Long An), 'Thứ Tư, 17/07/2024 - 09:30', signed by the district office at the end.",
    "58 + 88 = 146 after 'gồm': total 146. 'giảm 9 cơ sở so với cùng kỳ' is the change of 21. 'lần lượt là 4, 3 và 3' each a figure.",
    "Commune and township items (xã Đức Lập Hạ, thị trấn Hậu Nghĩa …) keep the district Đức Hòa as location: FIGURES.md's location is",
    "'the province, city or district the figure describes'; their subject is the list's indicator.",
    "'ước khoảng' gives approx about and status estimate; the 'trong đó … chiếm gần 72%' clause continues the estimate and stands as its own percent.",
    "'Hiện' / 'Thời gian tới' give no period. 'bình 12 kg' is a cylinder type (optional).",
    "revised: the six commune items first carried the commune as location; re-reading FIGURES.md (province, city or district), set to Đức Hòa.",
    "Distractors: '17/07/2024 - 09:30', 'số 30 đường Tỉnh lộ 9', phone 0272.3850.214.",
]

emit("p644-2", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Đức Hòa")
