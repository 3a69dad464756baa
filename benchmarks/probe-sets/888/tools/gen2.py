"""p888-2: district portal, huyện Thọ Xuân (Thanh Hóa), biological bedding (đệm lót sinh học) models, 2022 results."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN - TỈNH THANH HÓA
Tin tức - Sự kiện | Nông nghiệp - Nông thôn
Ngày đăng: 22/03/2023 | Người đăng: Ban biên tập

Nhân rộng mô hình chăn nuôi trên đệm lót sinh học

Năm 2022, huyện Thọ Xuân đã hỗ trợ xây dựng 146 mô hình chăn nuôi trên đệm lót sinh học với tổng diện tích đệm lót 18.250 m2, nâng tổng số hộ áp dụng trên địa bàn lên 1.320 hộ, gấp 2,4 lần năm 2020. Trong số mô hình mới, có 98 mô hình nuôi gà, 41 mô hình nuôi lợn và 7 mô hình nuôi vịt.

Kinh phí hỗ trợ từ ngân sách huyện là 584 triệu đồng, mức hỗ trợ 40.000 đồng/m2 đệm lót, tối đa không quá 8 triệu đồng/hộ. Chế phẩm sinh học được cấp miễn phí cho các hộ với khoảng 3,6 tấn.

Theo đánh giá của Trung tâm Dịch vụ nông nghiệp huyện, chăn nuôi trên đệm lót giúp giảm 70-80% mùi hôi, tiết kiệm khoảng 60% lượng nước rửa chuồng, giảm 30% chi phí thuốc thú y. Mỗi lứa gà 1.000 con, hộ nuôi tiết kiệm được gần 2,5 triệu đồng. Gia đình ông Lê Văn Năm ở thôn 3, xã Xuân Hòa nuôi 2.000 con gà trên 250 m2 đệm lót, lãi bình quân 45 triệu đồng/lứa.

Đệm lót sau 12-18 tháng sử dụng được ủ thành phân hữu cơ; mỗi năm toàn huyện thu được khoảng 2.700 tấn phân, bán với giá 2.000 đồng/kg.

Năm 2023, huyện phấn đấu xây dựng thêm 150 mô hình, trong đó ưu tiên tại 12 xã có mật độ chăn nuôi cao; dự kiến kinh phí khoảng 650 triệu đồng. Hội nghị sơ kết lần thứ 2 sẽ được tổ chức vào tháng 6.

Địa chỉ: Khu 5, thị trấn Thọ Xuân. Điện thoại: 0237.3834.226
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("xây dựng 146 mô hình", "146", 146, "count", "mô hình",
      "mô hình chăn nuôi trên đệm lót sinh học được hỗ trợ xây dựng", Y22),
    F("đệm lót 18.250 m2", "18.250", 18250, "measure", "m2", "tổng diện tích đệm lót", Y22),
    F("lên 1.320 hộ", "1.320", 1320, "count", "hộ", "tổng số hộ áp dụng đệm lót sinh học", Y22,
      change=C("increase", 2.4, "lần", "năm 2020")),
    F("có 98 mô hình", "98", 98, "count", "mô hình", "mô hình nuôi gà", I(Y22), total=146),
    F("41 mô hình", "41", 41, "count", "mô hình", "mô hình nuôi lợn", I(Y22), total=146),
    F("7 mô hình", "7", 7, "count", "mô hình", "mô hình nuôi vịt", I(Y22), total=146),
    F("là 584 triệu đồng", "584", 584000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", I(Y22)),
    F("40.000 đồng/m2", "40.000", 40000, "money", "đồng/m2", "mức hỗ trợ đệm lót", I(Y22)),
    F("không quá 8 triệu đồng/hộ", "8", 8000000, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", I(Y22),
      approx="at_most"),
    F("khoảng 3,6 tấn", "3,6", 3.6, "measure", "tấn", "chế phẩm sinh học được cấp miễn phí", I(Y22), approx="about"),
    F("giảm 70-80%", "70", 70, "percent", "%", "mức giảm mùi hôi khi chăn nuôi trên đệm lót", value_max=80),
    F("khoảng 60% lượng nước", "60", 60, "percent", "%", "lượng nước rửa chuồng tiết kiệm được", approx="about"),
    F("giảm 30% chi phí", "30", 30, "percent", "%", "mức giảm chi phí thuốc thú y"),
    F("Mỗi lứa gà 1.000 con", "1.000", 1000, "count", "con", "quy mô lứa gà", optional=True),
    F("gần 2,5 triệu đồng", "2,5", 2500000, "money", "đồng", "chi phí tiết kiệm được mỗi lứa gà 1.000 con",
      approx="nearly"),
    F("nuôi 2.000 con gà", "2.000", 2000, "count", "con", "gà của gia đình ông Lê Văn Năm"),
    F("trên 250 m2", "250", 250, "measure", "m2", "diện tích đệm lót của gia đình ông Lê Văn Năm"),
    F("45 triệu đồng/lứa", "45", 45000000, "money", "đồng/lứa", "lãi bình quân mỗi lứa"),
    F("sau 12-18 tháng", "12", 12, "measure", "tháng", "thời gian sử dụng đệm lót", value_max=18),
    F("khoảng 2.700 tấn", "2.700", 2700, "measure", "tấn/năm", "phân hữu cơ thu được mỗi năm", approx="about"),
    F("giá 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá bán phân hữu cơ"),
    F("thêm 150 mô hình", "150", 150, "count", "mô hình", "mô hình chăn nuôi trên đệm lót sinh học xây dựng thêm",
      Y23, status="target"),
    F("tại 12 xã", "12", 12, "count", "xã", "xã có mật độ chăn nuôi cao được ưu tiên", Y23, status="target"),
    F("khoảng 650 triệu đồng", "650", 650000000, "money", "đồng", "kinh phí xây dựng mô hình", Y23,
      approx="about", status="forecast"),
]

NOTES = [
    "District portal of Thọ Xuân (Thanh Hóa): biological-bedding livestock models in 2022, costs and savings, 2023 plan.",
    "'gấp 2,4 lần năm 2020' qualifies 1.320 hộ, so it is its change (increase, 2,4 lần), not a multiple figure of its own.",
    "'Trong số mô hình mới, có 98 ... 41 ... 7' are parts of the 146 new models (98+41+7 = 146). '12 xã' after 'trong đó' counts",
    "communes, not models: no total. The 1.000-bird batch size is the example's specification (optional). Location = the district.",
    "Distractors: Lê Văn Năm (a name), thôn 3, lần thứ 2, tháng 6, Khu 5, phone, dateline.",
]

write("p888-2", TEXT, FIGS, NOTES, published="2023-03-22", location="Thọ Xuân")
