"""p831-2: Tam Đường district portal (Lai Châu), trout households, Q1/2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐƯỜNG - TỈNH LAI CHÂU
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Thứ Ba, 21/03/2023 - 15:32

Tam Đường: Nghề nuôi cá nước lạnh giúp nhiều hộ vùng cao vươn lên

Những năm gần đây, nuôi cá hồi vân, cá tầm đã trở thành hướng đi hiệu quả ở các xã vùng cao của huyện. Hiện nay, toàn huyện có 27 hộ và 3 hợp tác xã nuôi cá nước lạnh với tổng thể tích bể nuôi 9.800 m3, tập trung ở các xã Sơn Bình, Hồ Thầu và Khun Há.

Năm 2022, sản lượng cá nước lạnh của huyện đạt 142 tấn, tăng 17 tấn so với năm 2021; giá trị sản xuất đạt gần 28 tỷ đồng. Riêng quý I/2023, các hộ đã xuất bán khoảng 38 tấn cá thương phẩm, giá bán bình quân 185.000 đồng/kg.

Gia đình anh Lò Văn Tám ở bản Nà Khum 2, xã Sơn Bình là một trong những hộ nuôi đầu tiên. Từ 2 bể nuôi ban đầu, đến nay gia đình anh đã mở rộng lên 14 bể với thể tích khoảng 700 m3, mỗi năm xuất bán từ 12 đến 15 tấn cá, lãi trên 600 triệu đồng. Theo anh Tám, nuôi cá hồi vân từ 12-14 tháng mới đạt trọng lượng thương phẩm 1,5-2 kg/con; để tăng 1 kg thịt cá cần khoảng 1,2 kg thức ăn.

Ông Tẩn Láo Lở, Trưởng phòng Nông nghiệp và PTNT huyện cho biết: Hiện trên 60% số hộ nuôi đã áp dụng quy trình nuôi an toàn sinh học; tỷ lệ cá sống đạt 85-90%. Thu nhập của lao động làm thuê tại các cơ sở nuôi khoảng 6 triệu đồng/người/tháng.

Năm 2023, huyện phấn đấu sản lượng cá nước lạnh đạt 160 tấn; hỗ trợ 5 hộ làm mới bể nuôi, mức hỗ trợ tối đa 50 triệu đồng/hộ theo Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh. Dự kiến đến cuối năm, toàn huyện có thêm 2 hợp tác xã tham gia liên kết tiêu thụ sản phẩm.

Hoàng Thu - Trung tâm VH-TT-TT huyện
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("có 27 hộ", "27", 27, "count", "hộ", "hộ nuôi cá nước lạnh"),
    F("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã nuôi cá nước lạnh"),
    F("bể nuôi 9.800 m3", "9.800", 9800, "measure", "m3", "tổng thể tích bể nuôi"),
    F("đạt 142 tấn", "142", 142, "measure", "tấn", "sản lượng cá nước lạnh", Y22,
      change=C("increase", 17, "tấn", "năm 2021")),
    F("đạt gần 28 tỷ đồng", "28", 28e9, "money", "đồng", "giá trị sản xuất cá nước lạnh", Y22, approx="nearly"),
    F("khoảng 38 tấn", "38", 38, "measure", "tấn", "cá thương phẩm xuất bán", Q1, approx="about"),
    F("bình quân 185.000 đồng/kg", "185.000", 185000, "money", "đồng/kg", "giá bán bình quân cá thương phẩm", Q1),
    F("Từ 2 bể nuôi", "2", 2, "count", "bể", "bể nuôi ban đầu của gia đình anh Lò Văn Tám", optional=True),
    F("lên 14 bể", "14", 14, "count", "bể", "bể nuôi của gia đình anh Lò Văn Tám",
      P("đến nay", None, "2023-03-21")),
    F("khoảng 700 m3", "700", 700, "measure", "m3", "thể tích bể nuôi của gia đình anh Lò Văn Tám",
      P("đến nay", None, "2023-03-21"), approx="about"),
    F("từ 12 đến 15 tấn", "12", 12, "measure", "tấn", "cá xuất bán mỗi năm của gia đình anh Lò Văn Tám",
      value_max=15),
    F("lãi trên 600 triệu đồng", "600", 600e6, "money", "đồng", "lãi mỗi năm của gia đình anh Lò Văn Tám",
      approx="over"),
    F("từ 12-14 tháng", "12", 12, "measure", "tháng", "thời gian nuôi cá hồi vân đạt trọng lượng thương phẩm",
      value_max=14),
    F("1,5-2 kg/con", "1,5", 1.5, "measure", "kg/con", "trọng lượng thương phẩm cá hồi vân", value_max=2),
    F("khoảng 1,2 kg thức ăn", "1,2", 1.2, "measure", "kg", "thức ăn cần để tăng 1 kg thịt cá", approx="about"),
    F("trên 60% số hộ", "60", 60, "percent", "%", "số hộ nuôi áp dụng quy trình nuôi an toàn sinh học",
      approx="over"),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ cá sống", value_max=90),
    F("khoảng 6 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng",
      "thu nhập của lao động làm thuê tại các cơ sở nuôi", approx="about"),
    F("đạt 160 tấn", "160", 160, "measure", "tấn", "sản lượng cá nước lạnh", Y23, status="target"),
    F("hỗ trợ 5 hộ", "5", 5, "count", "hộ", "hộ được hỗ trợ làm mới bể nuôi", Y23, status="target"),
    F("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức hỗ trợ làm mới bể nuôi", Y23,
      approx="at_most", status="target"),
    F("thêm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã tham gia liên kết tiêu thụ sản phẩm",
      P("đến cuối năm", None, "2023-12-31"), status="forecast"),
]

HEADER = [
    "Tam Đường district portal (Lai Châu), 'Thứ Ba, 21/03/2023 - 15:32', byline of the district centre at the end.",
    "Distractors: '15:32', 'bản Nà Khum 2', person 'Lò Văn Tám' / 'anh Tám', 'Nghị quyết số 08/2022/NQ-HĐND', '1 kg thịt cá' (the rate's base, not a figure).",
    "Location is the district for every figure (the communes lie in it). 'Hiện nay'/'Hiện' gives no period; 'đến nay' ends at the dateline.",
    "'Từ 2 bể nuôi ban đầu' (the family's starting point) is optional. 'đến cuối năm' = end of 2023 (the year of the nearest earlier period).",
    "'tăng 17 tấn so với năm 2021' is the change of 142 tấn. The 'phấn đấu' cue runs through the whole sentence (5 hộ, 50 triệu đồng/hộ).",
]

if __name__ == "__main__":
    write("p831-2", TEXT, HEADER, FIGS, published="2023-03-21", location="Tam Đường")
