from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Kinh tế | Nông nghiệp

Tuy Phong: Giá muối tăng 45%, diêm dân phấn khởi

Cập nhật lúc 16:45, Thứ sáu, 14/03/2025

(BTO) - Những ngày giữa tháng 3, trên các cánh đồng muối ở xã Vĩnh Hảo và Phước Thể, diêm dân tất bật thu hoạch vụ muối đầu năm. Hiện giá muối tại ruộng ở mức 1.600 đồng/kg, tăng 45% so với cùng kỳ năm 2024.

Toàn huyện Tuy Phong hiện có 715 ha sản xuất muối, trong đó diêm dân sản xuất thủ công 486 ha, còn lại do 3 doanh nghiệp sản xuất muối công nghiệp. Năm 2024, sản lượng muối toàn huyện đạt 92.400 tấn, bằng 105% kế hoạch; trong đó muối thủ công 38.600 tấn.

Từ đầu năm đến nay, diêm dân đã thu hoạch hơn 11.000 tấn muối, gấp 1,4 lần cùng kỳ. Bình quân mỗi ha muối thủ công cho lợi nhuận 60-70 triệu đồng/năm, cao hơn nhiều so với trồng hành, trồng mì trên đất cát.

Ông Lê Văn Chín, diêm dân thôn Vĩnh Tiến, xã Vĩnh Hảo, cho biết gia đình có 1,5 ha ruộng muối, vụ này đã bán được 90 tấn. Ruộng muối nằm sát Quốc lộ 1A nên thương lái vào tận nơi thu mua.

Theo Phòng Nông nghiệp và PTNT huyện, mô hình muối sạch trải bạt của Hợp tác xã Nông nghiệp Vĩnh Hảo trên diện tích 25 ha cho năng suất 80 tấn/ha, giá bán cao hơn muối thường khoảng 30%. Dự kiến vụ muối năm nay kéo dài đến cuối tháng 5, sản lượng đạt khoảng 40.000 tấn.

Năm 2025, huyện phấn đấu sản lượng muối đạt 95.000 tấn, trong đó muối sạch trải bạt chiếm 20%; đồng thời đề nghị tỉnh hỗ trợ kinh phí nạo vét kênh cấp nước mặn theo Kế hoạch số 214/KH-UBND.

MINH VŨ
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-14")
NN = P("năm nay", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tăng 45%,", "45", 45, "percent", "%", "giá muối tăng"),
    F("mức 1.600 đồng/kg", "1.600", 1600, "money", "đồng/kg", "giá muối tại ruộng",
      change=C("increase", 45, "%", "cùng kỳ năm 2024")),
    F("có 715 ha", "715", 715, "measure", "ha", "diện tích sản xuất muối"),
    F("thủ công 486 ha", "486", 486, "measure", "ha", "diện tích diêm dân sản xuất muối thủ công", total=715),
    F("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp sản xuất muối công nghiệp"),
    F("đạt 92.400 tấn", "92.400", 92400, "measure", "tấn", "sản lượng muối", Y24, percent=105),
    F("thủ công 38.600 tấn", "38.600", 38600, "measure", "tấn", "sản lượng muối thủ công", Y24, total=92400),
    F("hơn 11.000 tấn", "11.000", 11000, "measure", "tấn", "muối diêm dân thu hoạch", YTD, approx="over",
      change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("lợi nhuận 60-70 triệu", "60", 60e6, "money", "đồng/năm", "lợi nhuận mỗi ha muối thủ công",
      value_max=70e6),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", "ruộng muối của gia đình ông Lê Văn Chín", optional=True),
    F("được 90 tấn", "90", 90, "measure", "tấn", "muối gia đình ông Lê Văn Chín bán được vụ này"),
    F("diện tích 25 ha", "25", 25, "measure", "ha", "diện tích mô hình muối sạch trải bạt"),
    F("năng suất 80 tấn/ha", "80", 80, "measure", "tấn/ha", "năng suất mô hình muối sạch trải bạt"),
    F("khoảng 30%", "30", 30, "percent", "%", "giá bán muối sạch cao hơn muối thường", approx="about"),
    F("khoảng 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng vụ muối", NN,
      approx="about", status="forecast"),
    F("đạt 95.000 tấn", "95.000", 95000, "measure", "tấn", "sản lượng muối", Y25, status="target"),
    F("chiếm 20%", "20", 20, "percent", "%", "tỷ trọng muối sạch trải bạt trong sản lượng muối", Y25,
      status="target"),
]

NOTES = [
    "Báo Bình Thuận online style: headline figure, 'Cập nhật lúc 16:45, Thứ sáu, 14/03/2025', tag '(BTO) -', byline at the end (invented).",
    "Location Tuy Phong (district named; BTO implies Bình Thuận). Communes Vĩnh Hảo, Phước Thể lie in Tuy Phong.",
    "Headline 'Giá muối tăng 45%' has no base amount: a percent figure; in the body the same 45% is the change of 1.600 đồng/kg.",
    "'hơn 11.000 tấn muối, gấp 1,4 lần cùng kỳ': the multiple against 'cùng kỳ' is the figure's change (unit lần), like 'tăng 2,8 lần so với cùng kỳ'.",
    "'bằng 105% kế hoạch' is the percent of 92.400 tấn. The family's '1,5 ha' (an example's holding) is optional.",
    "Distractors: 'tháng 3', 'Quốc lộ 1A', 'Lê Văn Chín', 'Kế hoạch số 214/KH-UBND', '16:45', 'cuối tháng 5'.",
]

write("p1061-8", TEXT, NOTES, FIGS, published="2025-03-14", location="Tuy Phong")
