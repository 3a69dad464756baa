"""p938-1: Lâm Đồng province portal — strawberry area, output, prices, picking gardens (2023)."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Diện tích dâu tây tăng hơn 15%, sản lượng vượt 10.000 tấn

Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 toàn tỉnh Lâm Đồng có 412 ha dâu tây (Đà Lạt 285 ha, Lạc Dương 78 ha, Đơn Dương 49 ha), tăng 15,4% so với năm 2022; trong đó diện tích trồng trong nhà kính, nhà màng là 356 ha, chiếm 86,4%.

Sản lượng dâu tây năm 2023 ước đạt 10.850 tấn, năng suất bình quân 26,3 tấn/ha. Giá dâu tây loại 1 bán tại vườn dao động từ 120.000 đến 180.000 đồng/kg, dâu loại 2 khoảng 60.000-80.000 đồng/kg; riêng các giống dâu Nhật, dâu Hàn trồng trên giá thể có giá trên 300.000 đồng/kg.

Đến cuối năm 2023, toàn tỉnh có 46 vườn dâu tây kết hợp đón khách tham quan, trải nghiệm, tăng 9 vườn so với cuối năm 2022. Trong năm, các vườn dâu đón khoảng 1,2 triệu lượt khách; doanh thu từ dịch vụ tham quan, hái dâu đạt hơn 96 tỷ đồng. Giá vé tham quan phổ biến 30.000-50.000 đồng/người; khách hái dâu mang về trả thêm 200.000-250.000 đồng/kg.

Ông Nguyễn Văn Tám, chủ một vườn dâu trên đường Mai Anh Đào, Phường 8, Đà Lạt cho biết, mỗi ngày cuối tuần vườn đón 300-400 khách, cao điểm dịp Tết có ngày trên 1.000 khách.

Theo Đề án phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2021-2025 ban hành kèm Quyết định số 1318/QĐ-UBND, đến năm 2025 tỉnh phấn đấu đạt 500 ha dâu tây, 100% diện tích trồng trong nhà kính, nhà màng, gắn với ít nhất 60 vườn dâu phục vụ du lịch.

Cổng thông tin điện tử tỉnh Lâm Đồng - Số 36 Trần Phú, Phường 4, TP. Đà Lạt. Điện thoại: 0263.3822.144
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm", "2023-01-01", "2023-12-31")
E25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích dâu tây"

FIGS = [
    F("tăng hơn 15%", "15", 15, "percent", "%", AREA, approx="over"),
    F("vượt 10.000 tấn", "10.000", 10000, "measure", "tấn", "sản lượng dâu tây", approx="over"),
    F("có 412 ha dâu tây", "412", 412, "measure", "ha", AREA, Y23,
      change=C("increase", 15.4, "%", "năm 2022")),
    F("(Đà Lạt 285 ha", "285", 285, "measure", "ha", AREA, Y23, total=412, location="Đà Lạt"),
    F("Lạc Dương 78 ha", "78", 78, "measure", "ha", AREA, Y23, total=412, location="Lạc Dương"),
    F("Đơn Dương 49 ha", "49", 49, "measure", "ha", AREA, Y23, total=412, location="Đơn Dương"),
    F("nhà màng là 356 ha", "356", 356, "measure", "ha", "diện tích dâu tây trồng trong nhà kính, nhà màng", Y23,
      total=412, percent=86.4),
    F("ước đạt 10.850 tấn", "10.850", 10850, "measure", "tấn", "sản lượng dâu tây", Y23, status="estimate"),
    F("26,3 tấn/ha", "26,3", 26.3, "measure", "tấn/ha", "năng suất bình quân dâu tây", Y23, status="estimate"),
    F("từ 120.000 đến 180.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá dâu tây loại 1 bán tại vườn",
      value_max=180000),
    F("khoảng 60.000-80.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá dâu tây loại 2", value_max=80000,
      approx="about"),
    F("trên 300.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá dâu Nhật, dâu Hàn trồng trên giá thể",
      approx="over"),
    F("có 46 vườn", "46", 46, "count", "vườn", "vườn dâu tây kết hợp đón khách tham quan, trải nghiệm",
      P("Đến cuối năm 2023", None, "2023-12-31"), change=C("increase", 9, "vườn", "cuối năm 2022")),
    F("khoảng 1,2 triệu lượt khách", "1,2", 1200000, "count", "lượt khách", "lượt khách đến các vườn dâu", Y23b,
      approx="about"),
    F("hơn 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu từ dịch vụ tham quan, hái dâu", Y23b, approx="over"),
    F("30.000-50.000 đồng/người", "30.000", 30000, "money", "đồng/người", "giá vé tham quan vườn dâu",
      value_max=50000),
    F("200.000-250.000 đồng/kg", "200.000", 200000, "money", "đồng/kg", "giá dâu khách hái mang về",
      value_max=250000),
    F("300-400 khách", "300", 300, "count", "khách", "khách đến vườn dâu mỗi ngày cuối tuần", value_max=400,
      location="Đà Lạt"),
    F("trên 1.000 khách", "1.000", 1000, "count", "khách", "khách đến vườn dâu ngày cao điểm dịp Tết",
      approx="over", location="Đà Lạt"),
    F("đạt 500 ha", "500", 500, "measure", "ha", AREA, E25, status="target"),
    F("100% diện tích", "100", 100, "percent", "%", "tỷ lệ diện tích dâu tây trồng trong nhà kính, nhà màng", E25,
      status="target"),
    F("ít nhất 60 vườn", "60", 60, "count", "vườn", "vườn dâu phục vụ du lịch", E25, approx="at_least",
      status="target"),
]

NOTES = [
    "Lâm Đồng provincial portal: strawberry area by district (bracketed list adding up to 412 ha), greenhouse share,",
    "output, prices, picking gardens and visitors in 2023, targets to 2025. 'Cập nhật: 12/03/2024 09:45' is the dateline.",
    "Headline figures carry no period (year-less headline, no period phrase). 'vượt' read as approx over.",
    "'ước đạt' governs the continuing clause 'năng suất bình quân 26,3 tấn/ha' (estimate). Prices: no period (present tense).",
    "'Trong năm' takes 2023 from 'Đến cuối năm 2023' before it. Targets: 'đến năm 2025' (null .. 2025-12-31).",
    "Distractors: Lượt xem, Phường 8, Phường 4, Số 36 Trần Phú, phone, Quyết định số 1318/QĐ-UBND, giai đoạn 2021-2025, Nguyễn Văn Tám.",
]

if __name__ == "__main__":
    emit("p938-1", TEXT, NOTES, FIGS, published="2024-03-12", location="Lâm Đồng")
