"""p806-8: Báo Lai Châu online, (BLC) tag, headline figure: mountain trekking 5 months 2025."""
from lib import F, P, I, C, build

TEXT = """BÁO LAI CHÂU ĐIỆN TỬ
Du lịch
Gần 14.500 lượt khách chinh phục các đỉnh núi trong 5 tháng
Cập nhật lúc 10:05, Thứ Sáu, 06/06/2025
(BLC) - Từ đầu năm đến hết tháng 5/2025, các tuyến leo núi trên địa bàn tỉnh đón gần 14.500 lượt khách, tăng 31% so với cùng kỳ năm 2024, đạt 58% kế hoạch năm. Trong số này, đỉnh Pu Ta Leng (huyện Tam Đường) đón 6.100 lượt, Khang Su Văn (huyện Phong Thổ) 3.850 lượt và Pu Si Lung (huyện Mường Tè) 1.240 lượt. Đáng chú ý, khách quốc tế tăng mạnh, gấp 2,5 lần cùng kỳ.
Doanh thu từ dịch vụ hướng dẫn leo núi, mang vác và lưu trú homestay ước đạt 21,7 tỷ đồng, tăng 45,6%. Hiện toàn tỉnh có 312 porter được tập huấn, trong đó 85% là đồng bào dân tộc Mông, Dao; thu nhập bình quân 350.000-500.000 đồng/người/ngày.
5 tháng đầu năm, lực lượng cứu hộ đã tiếp nhận 6 tin báo, tổ chức tìm kiếm, đưa về an toàn 9 du khách bị lạc, kiệt sức trên tuyến Pu Ta Leng; 1 du khách nước ngoài tử vong do sốc nhiệt tại Pu Si Lung. Giải leo núi "Chinh phục Pu Ta Leng" lần thứ 3 dự kiến thu hút khoảng 400 vận động viên.
Theo Quyết định số 1027/QĐ-UBND, năm 2025 tỉnh phấn đấu đón 25.000 lượt khách leo núi; đầu tư xây dựng 4 trạm dừng chân và 2 điểm sơ cứu trên các tuyến, tổng vốn dự kiến 18 tỷ đồng. Đường lên Pu Ta Leng nối với Quốc lộ 4D tại xã Hồ Thầu đã được nâng cấp.
Tiến Dũng
"""

YTD = P("Từ đầu năm đến hết tháng 5/2025", "2025-01-01", "2025-05-31")
YTDi = I(YTD)
M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "lượt khách leo núi"

FIGS = [
    F("Gần 14.500 lượt khách", "14.500", 14500, "count", "lượt khách",
      "lượt khách chinh phục các đỉnh núi", P("trong 5 tháng", "2025-01-01", "2025-05-31"), approx="nearly"),
    F("đón gần 14.500 lượt khách", "14.500", 14500, "count", "lượt khách",
      "lượt khách các tuyến leo núi", YTD, approx="nearly", percent=58,
      change=C("increase", 31, "%", "cùng kỳ năm 2024")),
    F("đón 6.100 lượt", "6.100", 6100, "count", "lượt", "lượt khách đỉnh Pu Ta Leng", YTDi,
      total=14500, location="Tam Đường"),
    F("Phong Thổ) 3.850 lượt", "3.850", 3850, "count", "lượt", "lượt khách đỉnh Khang Su Văn", YTDi,
      total=14500, location="Phong Thổ"),
    F("Mường Tè) 1.240 lượt", "1.240", 1240, "count", "lượt", "lượt khách đỉnh Pu Si Lung", YTDi,
      total=14500, location="Mường Tè"),
    F("gấp 2,5 lần cùng kỳ", "2,5", 2.5, "multiple", "lần", "khách quốc tế", YTDi),
    F("ước đạt 21,7 tỷ đồng", "21,7", 21700000000, "money", "đồng",
      "doanh thu từ dịch vụ hướng dẫn leo núi, mang vác và lưu trú homestay", YTDi, status="estimate",
      change=C("increase", 45.6, "%")),
    F("có 312 porter", "312", 312, "count", "porter", "porter được tập huấn"),
    F("trong đó 85%", "85", 85, "percent", "%", "porter là đồng bào dân tộc Mông, Dao"),
    F("bình quân 350.000-500.000 đồng/người/ngày", "350.000", 350000, "money", "đồng/người/ngày",
      "thu nhập bình quân của porter", value_max=500000),
    F("tiếp nhận 6 tin báo", "6", 6, "count", "tin báo", "tin báo cứu hộ", M5),
    F("an toàn 9 du khách", "9", 9, "count", "du khách", "du khách bị lạc, kiệt sức được đưa về an toàn", M5),
    F("1 du khách nước ngoài", "1", 1, "count", "du khách", "du khách nước ngoài tử vong do sốc nhiệt", M5),
    F("khoảng 400 vận động viên", "400", 400, "count", "vận động viên",
      "vận động viên giải leo núi Chinh phục Pu Ta Leng", approx="about", status="forecast"),
    F("đón 25.000 lượt khách", "25.000", 25000, "count", "lượt khách", SUBJ, Y25, status="target"),
    F("xây dựng 4 trạm dừng chân", "4", 4, "count", "trạm dừng chân", "trạm dừng chân đầu tư xây dựng",
      Y25, status="target"),
    F("và 2 điểm sơ cứu", "2", 2, "count", "điểm sơ cứu", "điểm sơ cứu đầu tư xây dựng", Y25, status="target"),
    F("dự kiến 18 tỷ đồng", "18", 18000000000, "money", "đồng",
      "tổng vốn đầu tư trạm dừng chân và điểm sơ cứu", Y25, status="forecast"),
]

NOTES = [
    "Báo Lai Châu online, (BLC) tag (implies Lai Châu), headline figure; published 2025-06-06 from 'Cập nhật lúc'.",
    "'Trong số này' makes the three peaks parts of the 14.500 (total) though they do not add up; each peak's district in",
    "brackets is its location. 'gấp 2,5 lần cùng kỳ' standing alone for khách quốc tế (no base amount) is a multiple.",
    "'tăng 45,6%' is the change of 21,7 tỷ (no baseline written). '85%' after 'trong đó' is a share: percent figure.",
    "Rescue figures on Pu Ta Leng / Pu Si Lung name no district in their sentence: location Lai Châu.",
    "Distractors: 10:05, Thứ Sáu 06/06/2025, lần thứ 3, Quyết định số 1027/QĐ-UBND, Quốc lộ 4D, xã Hồ Thầu, byline.",
]

build("p806-8", TEXT, FIGS, NOTES, published="2025-06-06", location="Lai Châu")
