"""p1055-5: Party newspaper (Báo Nghệ An style), wild orchids under forest canopy in Quế Phong; byline + bare date at the end."""
from lib import F, P, I, CH, write

TEXT = """Quế Phong bảo tồn và phát triển lan rừng dưới tán rừng

Những năm gần đây, nhiều hộ dân ở huyện miền núi Quế Phong (Nghệ An) đã trồng lan rừng dưới tán rừng, vừa bảo tồn nguồn gen quý vừa tăng thu nhập. Theo Hạt Kiểm lâm huyện, trên địa bàn có hơn 50 loài lan rừng, trong đó 12 loài quý hiếm như lan hài, thạch hộc, kim tuyến thuộc nhóm IIA theo Nghị định số 84/2021/NĐ-CP.

Đến hết tháng 5/2023, toàn huyện có 126 hộ trồng lan rừng với diện tích gần 18 ha, tăng 47 hộ so với năm 2021. Xã Hạnh Dịch và xã Tiền Phong có nhiều hộ trồng nhất, lần lượt 38 hộ và 29 hộ.

Gia đình anh Lô Văn Sáu ở bản Na Ca, xã Hạnh Dịch có khoảng 3.000 giỏ lan các loại treo dưới tán rừng rộng 1,5 ha, mỗi năm thu khoảng 250 triệu đồng. Lan kim điệp, hoàng thảo bán tại vườn từ 150.000 - 300.000 đồng/giỏ; riêng lan hài có giá không dưới 1,5 triệu đồng/chậu.

Năm 2022, huyện hỗ trợ 1,2 tỷ đồng xây dựng 3 mô hình trồng lan rừng dưới tán rừng, mỗi mô hình được hỗ trợ tối đa 400 triệu đồng. Dự kiến đến năm 2025, diện tích lan rừng của huyện mở rộng lên 30 ha với 250 hộ tham gia.

Ông Vi Văn Hùng, Hạt trưởng Hạt Kiểm lâm Quế Phong cho biết, từ đầu năm đến nay, lực lượng kiểm lâm đã phát hiện, xử lý 7 vụ khai thác, vận chuyển lan rừng trái phép, tịch thu gần 400 kg lan các loại, xử phạt hành chính 85 triệu đồng. Người dân được khuyến cáo gọi đường dây nóng 0238.3885.116 khi phát hiện vi phạm.

Khánh Ly
14/6/2023
"""

T5 = P("Đến hết tháng 5/2023", None, "2023-05-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-06-14")

FIGS = [
    F("hơn 50 loài", "50", 50, "count", "loài", "loài lan rừng", approx="over"),
    F("12 loài", "12", 12, "count", "loài", "loài lan rừng quý hiếm", total=50),
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ trồng lan rừng", T5, change=CH("increase", 47, "hộ", "năm 2021")),
    F("gần 18 ha", "18", 18, "measure", "ha", "diện tích trồng lan rừng", T5, approx="nearly"),
    F("lần lượt 38 hộ", "38", 38, "count", "hộ", "hộ trồng lan rừng", I(T5)),
    F("29 hộ", "29", 29, "count", "hộ", "hộ trồng lan rừng", I(T5)),
    F("khoảng 3.000 giỏ", "3.000", 3000, "count", "giỏ", "giỏ lan các loại treo dưới tán rừng", approx="about"),
    F("rộng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích tán rừng treo lan"),
    F("khoảng 250 triệu đồng", "250", 250_000_000, "money", "đồng/năm", "thu nhập mỗi năm từ lan", approx="about"),
    F("từ 150.000 - 300.000 đồng/giỏ", "150.000", 150000, "money", "đồng/giỏ",
      "giá lan kim điệp, hoàng thảo bán tại vườn", value_max=300000),
    F("không dưới 1,5 triệu đồng/chậu", "1,5", 1_500_000, "money", "đồng/chậu", "giá lan hài", approx="at_least"),
    F("1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "kinh phí huyện hỗ trợ xây dựng mô hình trồng lan rừng", Y22),
    F("3 mô hình", "3", 3, "count", "mô hình", "mô hình trồng lan rừng dưới tán rừng", Y22),
    F("tối đa 400 triệu đồng", "400", 400_000_000, "money", "đồng", "mức hỗ trợ mỗi mô hình", Y22, approx="at_most"),
    F("lên 30 ha", "30", 30, "measure", "ha", "diện tích lan rừng", T25, status="forecast"),
    F("250 hộ", "250", 250, "count", "hộ", "hộ tham gia trồng lan rừng", T25, status="forecast"),
    F("xử lý 7 vụ", "7", 7, "count", "vụ", "vụ khai thác, vận chuyển lan rừng trái phép", YTD),
    F("gần 400 kg", "400", 400, "measure", "kg", "lan tịch thu", YTD, approx="nearly"),
    F("85 triệu đồng", "85", 85_000_000, "money", "đồng", "xử phạt hành chính", YTD),
]

write("p1055-5", TEXT, FIGS, published="2023-06-14", location="Quế Phong", comments=[
    "Báo Nghệ An style: lan rừng dưới tán rừng ở huyện Quế Phong; byline 'Khánh Ly' and bare date '14/6/2023' at the end (published).",
    "Commune items (xã Hạnh Dịch, xã Tiền Phong, bản Na Ca) take the district Quế Phong as location; 'lần lượt 38 hộ và 29 hộ' share 'hộ trồng lan rừng'.",
    "'12 loài' follows 'trong đó' after 'hơn 50 loài': total 50. 'từ đầu năm đến nay' ends at the bare date (2023-06-14).",
    "'Năm 2022' dates 1,2 tỷ, 3 mô hình and the per-model cap 'tối đa 400 triệu đồng' (same sentence). 'Dự kiến' → forecast for 30 ha and 250 hộ.",
    "Distractors: 'nhóm IIA', 'Nghị định số 84/2021/NĐ-CP', name 'Lô Văn Sáu', hotline '0238.3885.116'.",
])
