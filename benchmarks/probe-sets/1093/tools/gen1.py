"""p1093-1: province portal (Ninh Thuận), green asparagus area, output, prices, cooperatives, 2025 target."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Măng tây xanh cho lợi nhuận trên 400 triệu đồng/ha

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, đến nay toàn tỉnh có 382 ha măng tây xanh, tăng 47 ha so với cuối năm trước, tập trung tại các huyện Ninh Phước (215 ha), Ninh Hải (96 ha), Thuận Nam (48 ha) và thành phố Phan Rang - Tháp Chàm (23 ha).

Sáu tháng đầu năm, năng suất măng tây bình quân đạt 5,6 tấn/ha. Sản lượng ước đạt khoảng 2.150 tấn, tăng 12,4% so với cùng kỳ. Hiện nay, giá bán tại ruộng dao động từ 45.000 đến 60.000 đồng/kg tùy loại; riêng măng tây loại 1 được thương lái thu mua 72.000 đồng/kg, cao hơn 8.000 đồng/kg so với đầu năm. Sau khi trừ chi phí, lợi nhuận từ măng tây đạt 420-450 triệu đồng/ha/năm. Lợi nhuận này gấp 4-5 lần so với trồng lúa.

Hiện toàn tỉnh có 6 hợp tác xã và 4 tổ hợp tác sản xuất măng tây với 238 thành viên; trong đó Hợp tác xã Nông nghiệp Phước Dân, có vùng trồng dọc Quốc lộ 1A, có 42 ha đạt chứng nhận VietGAP. Năm 2023, các hợp tác xã đã liên kết tiêu thụ 1.380 tấn măng tây, chiếm 36,5% tổng sản lượng của tỉnh; xuất khẩu sang Nhật Bản và Hàn Quốc khoảng 95 tấn.

Theo Kế hoạch số 215/KH-UBND ngày 10/3/2022 của UBND tỉnh, đến năm 2025 tỉnh phấn đấu nâng diện tích măng tây lên 500 ha, trong đó ít nhất 300 ha đạt tiêu chuẩn VietGAP trở lên. Dự kiến năm 2024, sản lượng măng tây toàn tỉnh đạt khoảng 4.300 tấn.

Nguồn: Sở Nông nghiệp và PTNT
"""

NOW = P("đến nay", None, "2024-08-12")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích măng tây xanh"

FIGS = [
    F("lợi nhuận trên 400 triệu đồng/ha", "400", 400e6, "money", "đồng/ha", "lợi nhuận măng tây xanh", approx="over"),
    F("có 382 ha măng tây xanh", "382", 382, "measure", "ha", AREA, NOW,
      change=C("increase", 47, "ha", "cuối năm trước")),
    F("Ninh Phước (215 ha)", "215", 215, "measure", "ha", AREA, NOW, total=382, location="Ninh Phước"),
    F("Ninh Hải (96 ha)", "96", 96, "measure", "ha", AREA, NOW, total=382, location="Ninh Hải"),
    F("Thuận Nam (48 ha)", "48", 48, "measure", "ha", AREA, NOW, total=382, location="Thuận Nam"),
    F("Tháp Chàm (23 ha)", "23", 23, "measure", "ha", AREA, NOW, total=382, location="Phan Rang - Tháp Chàm"),
    F("bình quân đạt 5,6 tấn/ha", "5,6", 5.6, "measure", "tấn/ha", "năng suất măng tây bình quân", H1),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng măng tây", I(H1), approx="about",
      status="estimate", change=C("increase", 12.4, "%", "cùng kỳ")),
    F("từ 45.000 đến 60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá bán măng tây tại ruộng",
      value_max=60000),
    F("thu mua 72.000 đồng/kg", "72.000", 72000, "money", "đồng/kg", "giá măng tây loại 1 thương lái thu mua",
      change=C("increase", 8000, "đồng/kg", "đầu năm")),
    F("đạt 420-450 triệu", "420", 420e6, "money", "đồng/ha/năm", "lợi nhuận từ măng tây",
      value_max=450e6),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "lợi nhuận măng tây so với trồng lúa", value_max=5),
    F("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã sản xuất măng tây"),
    F("4 tổ hợp tác", "4", 4, "count", "tổ hợp tác", "tổ hợp tác sản xuất măng tây"),
    F("với 238 thành viên", "238", 238, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác sản xuất măng tây"),
    F("có 42 ha đạt", "42", 42, "measure", "ha",
      "diện tích đạt chứng nhận VietGAP của Hợp tác xã Nông nghiệp Phước Dân"),
    F("tiêu thụ 1.380 tấn", "1.380", 1380, "measure", "tấn", "măng tây các hợp tác xã liên kết tiêu thụ", Y23,
      percent=36.5),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "măng tây xuất khẩu sang Nhật Bản và Hàn Quốc", Y23,
      approx="about"),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích măng tây", T25, status="target"),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", "diện tích măng tây đạt tiêu chuẩn VietGAP trở lên", T25,
      approx="at_least", total=500, status="target"),
    F("khoảng 4.300 tấn", "4.300", 4300, "measure", "tấn", "sản lượng măng tây toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Province portal (Ninh Thuận): green asparagus area by district (bracket list adds up to 382 ha -> total), H1 yield and output,",
    "farm-gate prices, profit per ha, cooperatives, 2023 linked sales and exports, 2025 target, 2024 forecast.",
    "'Hiện nay'/'Hiện' name no period (no period recorded); 'đến nay' is as-of the dateline 2024-08-12.",
    "'Lợi nhuận này gấp 4-5 lần so với trồng lúa.' stands as its own sentence: a multiple figure (range).",
    "'trong đó ... có 42 ha' follows 238 thành viên (another thing): no total.",
]

write("p1093-1", TEXT, NOTES, FIGS, published="2024-08-12", location="Ninh Thuận")
