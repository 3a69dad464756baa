"""p1098-1: Sơn La province portal, nho hạ đen (black summer grapes), June 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Sơn La
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Nho hạ đen vào vụ, giá bán đạt 45.000 đồng/kg
Cập nhật: 18/06/2024 09:45 | Lượt xem: 2.316

Những ngày này, nông dân các huyện Mộc Châu, Vân Hồ, Yên Châu đang tất bật thu hoạch nho hạ đen vụ hè. Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh có 286 ha nho (Mộc Châu 142 ha, Vân Hồ 87 ha, Yên Châu 57 ha), tăng 34 ha so với năm 2023; trong đó diện tích cho thu hoạch là 241 ha.

Nho hạ đen cho thu hoạch 2 vụ/năm, năng suất bình quân đạt 18-20 tấn/ha/vụ. Sản lượng nho 6 tháng đầu năm ước đạt khoảng 4.300 tấn, tăng 12% so với cùng kỳ. Hiện giá nho loại 1 tại vườn dao động từ 40.000 đến 45.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với vụ trước; nho loại 2 có giá 25.000-30.000 đồng/kg. Với mức giá này, nho hạ đen cho doanh thu bình quân trên 700 triệu đồng/ha/năm. Lợi nhuận từ trồng nho gấp khoảng 4 lần so với trồng ngô trên cùng diện tích.

Từ đầu năm đến nay, 23 vườn nho dọc Quốc lộ 6 qua huyện Mộc Châu mở cửa đón khách tham quan, trải nghiệm hái nho tại vườn, thu hút hơn 15.000 lượt khách. Giá vé phổ biến 30.000 đồng/người; doanh thu từ dịch vụ du lịch ước đạt gần 1,2 tỷ đồng. Tại tiểu khu 70, thị trấn Nông trường Mộc Châu, gia đình anh Lò Văn Tám là hộ đầu tiên đưa nho hạ đen lên vùng cao nguyên từ năm 2016.

Theo Quyết định số 1256/QĐ-UBND của UBND tỉnh, đến năm 2025 Sơn La phấn đấu nâng diện tích nho lên 350 ha, trong đó có ít nhất 100 ha sản xuất theo tiêu chuẩn VietGAP; sản lượng đạt 9.000 tấn/năm.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giá bán đạt 45.000", "45.000", 45000, "money", "đồng/kg", "giá bán nho hạ đen"),
    F("có 286 ha nho", "286", 286, "measure", "ha", "diện tích nho", Y24,
      change=C("increase", 34, "ha", "năm 2023")),
    F("Mộc Châu 142 ha", "142", 142, "measure", "ha", "diện tích nho", Y24, total=286, location="Mộc Châu"),
    F("Vân Hồ 87 ha", "87", 87, "measure", "ha", "diện tích nho", Y24, total=286, location="Vân Hồ"),
    F("Yên Châu 57 ha", "57", 57, "measure", "ha", "diện tích nho", Y24, total=286, location="Yên Châu"),
    F("là 241 ha", "241", 241, "measure", "ha", "diện tích nho cho thu hoạch", Y24, total=286),
    F("2 vụ/năm", "2", 2, "measure", "vụ/năm", "vụ thu hoạch nho hạ đen"),
    F("18-20 tấn/ha/vụ", "18", 18, "measure", "tấn/ha/vụ", "năng suất bình quân nho hạ đen", value_max=20),
    F("khoảng 4.300 tấn", "4.300", 4300, "measure", "tấn", "sản lượng nho", H1, approx="about",
      status="estimate", change=C("increase", 12, "%", "cùng kỳ")),
    F("từ 40.000 đến", "40.000", 40000, "money", "đồng/kg", "giá nho loại 1 tại vườn", value_max=45000,
      change=C("increase", 5000, "đồng/kg", "vụ trước", "about")),
    F("25.000-30.000", "25.000", 25000, "money", "đồng/kg", "giá nho loại 2", value_max=30000),
    F("trên 700 triệu", "700", 700e6, "money", "đồng/ha/năm", "doanh thu bình quân nho hạ đen", approx="over"),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "lợi nhuận từ trồng nho so với trồng ngô", approx="about"),
    F("23 vườn nho", "23", 23, "count", "vườn nho", "vườn nho mở cửa đón khách tham quan, trải nghiệm hái nho",
      YTD, location="Mộc Châu"),
    F("hơn 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan vườn nho", YTD,
      approx="over", location="Mộc Châu"),
    F("30.000 đồng/người", "30.000", 30000, "money", "đồng/người", "giá vé tham quan vườn nho", location="Mộc Châu"),
    F("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "doanh thu từ dịch vụ du lịch vườn nho", I(YTD),
      approx="nearly", status="estimate", location="Mộc Châu"),
    F("lên 350 ha", "350", 350, "measure", "ha", "diện tích nho", T25, status="target"),
    F("ít nhất 100 ha", "100", 100, "measure", "ha", "diện tích nho sản xuất theo tiêu chuẩn VietGAP", T25,
      approx="at_least", total=350, status="target"),
    F("9.000 tấn/năm", "9.000", 9000, "measure", "tấn/năm", "sản lượng nho", T25, status="target"),
]

NOTES = [
    "Sơn La province portal: nho hạ đen area by district, yields, prices, agritourism in Mộc Châu, 2025 targets.",
    "Dateline 'Cập nhật: 18/06/2024 09:45'; 'Lượt xem: 2.316', Quốc lộ 6, tiểu khu 70, 'từ năm 2016', Quyết định số 1256/QĐ-UBND,",
    "the name 'Lò Văn Tám' are not figures. Bracketed districts add up to 286 ha -> total 286, location = district.",
    "'6 tháng đầu năm' takes 2024 from 'năm 2024' earlier; 'Từ đầu năm đến nay' ends at the dateline.",
]

write("p1098-1", TEXT, NOTES, FIGS, published="2024-06-18", location="Sơn La")
