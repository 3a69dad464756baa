"""p806-2: Bát Xát district portal (Lào Cai), trekking / mountain climbing, H1/2024."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT
Tin hoạt động > Văn hóa - Du lịch
Thứ Ba, 09/07/2024 - 16:10
Du lịch leo núi: 6 tháng đón gần 9.800 lượt khách chinh phục các đỉnh cao
6 tháng đầu năm 2024, các tuyến trekking trên địa bàn huyện Bát Xát đón gần 9.800 lượt khách leo núi, tăng 27% so với cùng kỳ năm 2023, trong đó khách quốc tế chiếm khoảng 35%. Tuyến Lảo Thẩn (xã Y Tý) vẫn là điểm đến đông nhất với 4.150 lượt, tiếp đến là Bạch Mộc Lương Tử (xã Trịnh Tường) 2.900 lượt và Nhìu Cồ San (xã Dền Sáng) 1.320 lượt.
Hiện huyện có 14 đơn vị lữ hành tổ chức tour leo núi và 126 porter (người mang vác, dẫn đường) là người Hà Nhì, Mông địa phương. Thu nhập của porter đạt từ 400.000 đến 600.000 đồng/ngày, bình quân mỗi người có 8-10 chuyến mỗi tháng. Giá một tour chinh phục đỉnh Bạch Mộc Lương Tử (cao 3.046 m) 2 ngày 1 đêm khoảng 3,5 triệu đồng/khách.
Từ đầu năm đến nay, lực lượng chức năng huyện đã phối hợp tìm kiếm, hỗ trợ 3 vụ du khách bị lạc và 1 vụ du khách bị ngã gãy chân trên tuyến Lảo Thẩn; không có trường hợp tử vong. Thực hiện Quyết định số 1529/QĐ-UBND của UBND tỉnh, huyện đã lắp đặt 45 biển cảnh báo, biển chỉ dẫn và 2 trạm dừng chân trên các tuyến, tổng kinh phí hơn 1,2 tỷ đồng.
Năm 2024, huyện phấn đấu đón 18.000 lượt khách leo núi, doanh thu từ du lịch trekking đạt khoảng 25 tỷ đồng. Dự kiến trong quý III/2024, huyện sẽ đưa vào khai thác tuyến leo núi Nhìu Cồ San - Phìn Ngan dài khoảng 14 km, nối với Tỉnh lộ 158.
Phương Linh - Trung tâm VH-TT-TT huyện Bát Xát
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-09")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
SUBJ = "lượt khách leo núi"

FIGS = [
    F("6 tháng đón gần 9.800 lượt khách", "9.800", 9800, "count", "lượt khách",
      "lượt khách chinh phục các đỉnh cao",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("Bát Xát đón gần 9.800 lượt khách", "9.800", 9800, "count", "lượt khách",
      "lượt khách leo núi các tuyến trekking", H1, approx="nearly",
      change=C("increase", 27, "%", "cùng kỳ năm 2023")),
    F("chiếm khoảng 35%", "35", 35, "percent", "%",
      "khách quốc tế trong lượt khách leo núi", H1, approx="about"),
    F("đông nhất với 4.150 lượt", "4.150", 4150, "count", "lượt", "lượt khách leo núi tuyến Lảo Thẩn", H1i),
    F("Trịnh Tường) 2.900 lượt", "2.900", 2900, "count", "lượt", "lượt khách leo núi tuyến Bạch Mộc Lương Tử", H1i),
    F("Dền Sáng) 1.320 lượt", "1.320", 1320, "count", "lượt", "lượt khách leo núi tuyến Nhìu Cồ San", H1i),
    F("có 14 đơn vị lữ hành", "14", 14, "count", "đơn vị lữ hành", "đơn vị lữ hành tổ chức tour leo núi"),
    F("và 126 porter", "126", 126, "count", "porter", "porter là người Hà Nhì, Mông địa phương"),
    F("từ 400.000 đến 600.000 đồng/ngày", "400.000", 400000, "money", "đồng/ngày",
      "thu nhập của porter", value_max=600000),
    F("có 8-10 chuyến mỗi tháng", "8", 8, "measure", "chuyến/tháng",
      "chuyến bình quân mỗi porter", value_max=10),
    F("cao 3.046 m", "3.046", 3046, "measure", "m", "độ cao đỉnh Bạch Mộc Lương Tử", optional=True),
    F("2 ngày 1 đêm", "2", 2, "measure", "ngày", "thời gian tour", optional=True),
    F("ngày 1 đêm", "1", 1, "measure", "đêm", "thời gian tour", optional=True),
    F("khoảng 3,5 triệu đồng/khách", "3,5", 3500000, "money", "đồng/khách",
      "giá một tour chinh phục đỉnh Bạch Mộc Lương Tử", approx="about"),
    F("hỗ trợ 3 vụ", "3", 3, "count", "vụ", "vụ du khách bị lạc", YTD),
    F("và 1 vụ du khách", "1", 1, "count", "vụ", "vụ du khách bị ngã gãy chân trên tuyến Lảo Thẩn", YTD),
    F("lắp đặt 45 biển", "45", 45, "count", "biển", "biển cảnh báo, biển chỉ dẫn lắp đặt"),
    F("và 2 trạm dừng chân", "2", 2, "count", "trạm dừng chân", "trạm dừng chân trên các tuyến"),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "tổng kinh phí lắp đặt biển và trạm dừng chân", approx="over"),
    F("đón 18.000 lượt khách", "18.000", 18000, "count", "lượt khách", SUBJ, Y24, status="target"),
    F("khoảng 25 tỷ đồng", "25", 25000000000, "money", "đồng", "doanh thu từ du lịch trekking",
      Y24, approx="about", status="target"),
    F("dài khoảng 14 km", "14", 14, "measure", "km", "chiều dài tuyến leo núi Nhìu Cồ San - Phìn Ngan",
      Q3, approx="about", status="forecast"),
]

NOTES = [
    "Bát Xát district portal (Lào Cai): trekking routes, porters, rescues, H1/2024. All figures located in Bát Xát",
    "(communes Y Tý, Trịnh Tường, Dền Sáng are not districts). The route list does not add up and has no cue: no totals;",
    "35% after 'trong đó' is a share, a percent figure of its own. 'Hiện' sentences have no period.",
    "Optional: the peak height (cao 3.046 m) and the tour length '2 ngày 1 đêm' (an example's specification).",
    "Distractors: Thứ Ba, 09/07/2024 - 16:10, Quyết định số 1529/QĐ-UBND, Tỉnh lộ 158, quý III/2024 is a period.",
]

build("p806-2", TEXT, FIGS, NOTES, published="2024-07-09", location="Bát Xát")
