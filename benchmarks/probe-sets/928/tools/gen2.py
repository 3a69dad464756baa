"""p928-2: huyện Vân Đồn (Quảng Ninh) district portal, hàu harvest Q1/2023, prices, households by commune, targets."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN
Tin tức > Kinh tế - Xã hội
Thứ Năm, 20/04/2023 - 10:15

Nghề nuôi hàu khởi sắc những tháng đầu năm

Quý I/2023, sản lượng hàu thu hoạch trên địa bàn huyện đạt 3.850 tấn, tăng 420 tấn so với cùng kỳ năm 2022, bằng 24% kế hoạch năm. Giá hàu thương phẩm loại 1 (12-15 con/kg) được thương lái thu mua tại bè từ 25.000 đến 28.000 đồng/kg; hàu loại 2 từ 15.000 đến 18.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với cuối năm 2022.

Hiện toàn huyện có 2.150 ha mặt nước nuôi trồng thủy sản trên biển, trong đó diện tích nuôi hàu khoảng 1.320 ha, với hơn 460 hộ và 38 doanh nghiệp, hợp tác xã tham gia. Xã Bản Sen có nhiều hộ nuôi nhất (186 hộ), tiếp đến là xã Quan Lạn (97 hộ), xã Minh Châu (64 hộ).

Theo ông Phạm Văn Sáu, Giám đốc HTX Thủy sản Bản Sen, mỗi ha nuôi hàu bằng dây treo trên bè cần khoảng 4.000 dây giống, chi phí đầu tư ban đầu khoảng 350 triệu đồng/ha; sau 10-12 tháng, năng suất bình quân đạt 28-30 tấn/ha. Tỷ lệ hao hụt hàu giống trong quý I khoảng 20-25%, cao hơn năm trước do rét đậm kéo dài.

Dự kiến trong quý II, toàn huyện thu hoạch khoảng 5.200 tấn. Năm 2023, huyện phấn đấu đạt sản lượng 16.000 tấn hàu, tương ứng giá trị khoảng 320 tỷ đồng; đồng thời hoàn thành di dời 1.500 ô lồng nuôi ra khỏi luồng tàu theo Quyết định số 2265/QĐ-UBND của UBND tỉnh Quảng Ninh.

Thu Hà (Trung tâm TT-VH huyện)

Cơ quan chủ quản: UBND huyện Vân Đồn. Địa chỉ: Khu 3, thị trấn Cái Rồng, huyện Vân Đồn. Điện thoại: 0203.3874.215
"""

Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("đạt 3.850 tấn", "3.850", 3850, "measure", "tấn", "sản lượng hàu thu hoạch", percent=24,
      change=C("increase", 420, "tấn", "cùng kỳ năm 2022"), period=Q1),
    F("(12-15 con/kg)", "12", 12, "measure", "con/kg", "kích cỡ hàu loại 1", value_max=15, optional=True),
    F("từ 25.000 đến 28.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá hàu thương phẩm loại 1",
      value_max=28000),
    F("từ 15.000 đến 18.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá hàu thương phẩm loại 2",
      value_max=18000, change=C("increase", 3000, "đồng/kg", "cuối năm 2022", approx="about")),
    F("có 2.150 ha", "2.150", 2150, "measure", "ha", "mặt nước nuôi trồng thủy sản trên biển"),
    F("khoảng 1.320 ha", "1.320", 1320, "measure", "ha", "diện tích nuôi hàu", approx="about", total=2150),
    F("hơn 460 hộ", "460", 460, "count", "hộ", "hộ nuôi hàu", approx="over"),
    F("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp, hợp tác xã nuôi hàu"),
    F("(186 hộ)", "186", 186, "count", "hộ", "hộ nuôi hàu"),
    F("(97 hộ)", "97", 97, "count", "hộ", "hộ nuôi hàu"),
    F("(64 hộ)", "64", 64, "count", "hộ", "hộ nuôi hàu"),
    F("khoảng 4.000 dây", "4.000", 4000, "measure", "dây/ha", "dây giống cần cho mỗi ha nuôi hàu", approx="about"),
    F("khoảng 350 triệu đồng/ha", "350", 350e6, "money", "đồng/ha", "chi phí đầu tư ban đầu nuôi hàu",
      approx="about"),
    F("sau 10-12 tháng", "10", 10, "measure", "tháng", "thời gian nuôi", value_max=12, optional=True),
    F("28-30 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất nuôi hàu bình quân", value_max=30),
    F("khoảng 20-25%", "20", 20, "percent", "%", "tỷ lệ hao hụt hàu giống", value_max=25, approx="about",
      period=P("trong quý I", "2023-01-01", "2023-03-31")),
    F("khoảng 5.200 tấn", "5.200", 5200, "measure", "tấn", "sản lượng hàu thu hoạch", approx="about",
      status="forecast", period=P("trong quý II", "2023-04-01", "2023-06-30")),
    F("sản lượng 16.000 tấn", "16.000", 16000, "measure", "tấn", "sản lượng hàu", status="target", period=Y23),
    F("khoảng 320 tỷ đồng", "320", 320e9, "money", "đồng", "giá trị sản lượng hàu", approx="about",
      status="target", period=Y23),
    F("1.500 ô lồng", "1.500", 1500, "count", "ô lồng", "ô lồng nuôi di dời ra khỏi luồng tàu",
      status="target", period=Y23),
]

NOTES = [
    "Cổng TTĐT huyện Vân Đồn (Quảng Ninh): sản lượng hàu quý I/2023, giá, hộ nuôi theo xã, chi phí, năng suất, kế hoạch 2023.",
    "Location is the district Vân Đồn throughout; the commune list (Bản Sen, Quan Lạn, Minh Châu) is below district level, so its items",
    "keep Vân Đồn (the communes lie in it); the list is a ranking that does not add up to 460, so no total.",
    "'tăng 420 tấn so với cùng kỳ' is the change of 3.850 tấn, 'bằng 24% kế hoạch năm' its percent (16.000 × 24% ≈ 3.850).",
    "'Dự kiến trong quý II' → forecast; 'phấn đấu' and the clauses that continue it ('tương ứng', 'đồng thời') → target.",
    "Optional: grading size 12-15 con/kg, culture time 10-12 tháng. Prices and 'Hiện' get no period.",
    "Distractors: Thứ Năm, 20/04/2023 - 10:15; Phạm Văn Sáu; Quyết định số 2265/QĐ-UBND; Khu 3; 0203.3874.215.",
]

write(2, TEXT, FIGS, NOTES, published="2023-04-20", location="Vân Đồn")
