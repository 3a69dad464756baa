"""p795-5: Party/provincial newspaper (Báo Thanh Hóa), chợ trâu bò Quý Lộc, byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Nâng cấp chợ trâu bò Quý Lộc, mở rộng giao thương gia súc

Chợ trâu bò Quý Lộc (huyện Yên Định, tỉnh Thanh Hóa) hình thành từ năm 1998, là một trong những chợ gia súc lớn nhất khu vực Bắc Trung Bộ. Chợ họp vào các ngày 2, 5, 8 âm lịch hằng tháng, mỗi phiên có từ 700 đến 900 con trâu, bò được đưa về mua bán.

Năm 2022, chợ được đầu tư nâng cấp với tổng mức đầu tư 18,5 tỷ đồng từ ngân sách tỉnh và huyện; diện tích mở rộng lên 2,3 ha, có 6 dãy nhà chuồng, sức chứa khoảng 1.500 con. Từ đầu năm đến nay, chợ đã có hơn 52.000 lượt trâu, bò giao dịch, tăng khoảng 15% so với cùng kỳ năm trước; tổng giá trị giao dịch ước đạt trên 1.100 tỷ đồng.

Anh Lê Văn Tư, thương lái ở xã Định Tăng, cho biết mỗi phiên anh mua 20-25 con, chủ yếu bò lai Sind và bò vàng, giá bò hơi từ 78.000 đến 85.000 đồng/kg. Trâu được giá hơn, mỗi con từ 35-50 triệu đồng; có con trâu đực nặng trên 600 kg bán tới 70 triệu đồng.

Ban Quản lý chợ hiện có 12 người, thu phí 15.000 đồng/con trâu, bò, mỗi năm nộp ngân sách huyện khoảng 780 triệu đồng. Chợ bố trí 1 chốt kiểm dịch với 4 cán bộ thú y; 100% gia súc vào chợ được kiểm tra lâm sàng và phun khử trùng trước khi mua bán.

Huyện Yên Định đặt mục tiêu đến năm 2025 nâng tổng đàn bò lên 24.000 con, trong đó bò lai chiếm trên 65%.

LÊ HÀ
23/11/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-23")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("từ 700 đến 900", "700", 700, "count", "con", "trâu, bò đưa về mua bán mỗi phiên", value_max=900),
    F("18,5 tỷ", "18,5", 18500000000, "money", "đồng", "tổng mức đầu tư nâng cấp chợ", Y22),
    F("lên 2,3 ha", "2,3", 2.3, "measure", "ha", "diện tích chợ", Y22),
    F("có 6 dãy", "6", 6, "count", "dãy nhà chuồng", "dãy nhà chuồng", Y22),
    F("khoảng 1.500 con", "1.500", 1500, "count", "con", "sức chứa của chợ", Y22, approx="about"),
    F("hơn 52.000 lượt", "52.000", 52000, "count", "lượt", "lượt trâu, bò giao dịch", YTD, approx="over",
      change=C("increase", 15, baseline="cùng kỳ năm trước", approx="about")),
    F("trên 1.100 tỷ", "1.100", 1100000000000, "money", "đồng", "tổng giá trị giao dịch", YTD, approx="over",
      status="estimate"),
    F("mua 20-25 con", "20", 20, "count", "con", "bò thương lái mua mỗi phiên", value_max=25),
    F("từ 78.000 đến 85.000", "78.000", 78000, "money", "đồng/kg", "giá bò hơi", value_max=85000),
    F("từ 35-50 triệu", "35", 35000000, "money", "đồng/con", "giá trâu", value_max=50000000),
    F("trên 600 kg", "600", 600, "measure", "kg", "trọng lượng trâu đực", approx="over", optional=True),
    F("tới 70 triệu", "70", 70000000, "money", "đồng", "giá trâu đực nặng trên 600 kg"),
    F("có 12 người", "12", 12, "count", "người", "người của Ban Quản lý chợ"),
    F("15.000 đồng/con", "15.000", 15000, "money", "đồng/con", "phí thu mỗi con trâu, bò vào chợ"),
    F("khoảng 780 triệu", "780", 780000000, "money", "đồng/năm", "tiền nộp ngân sách huyện mỗi năm", approx="about"),
    F("bố trí 1 chốt", "1", 1, "count", "chốt kiểm dịch", "chốt kiểm dịch tại chợ"),
    F("với 4 cán bộ", "4", 4, "count", "cán bộ thú y", "cán bộ thú y tại chốt kiểm dịch"),
    F("; 100% gia súc", "100", 100, "percent", "%", "gia súc vào chợ được kiểm tra lâm sàng và phun khử trùng"),
    F("lên 24.000 con", "24.000", 24000, "count", "con", "tổng đàn bò", Y25, status="target"),
    F("trên 65%", "65", 65, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa style: chợ trâu bò Quý Lộc (huyện Yên Định), upgrade, trade, prices, fees; byline LÊ HÀ and bare date 23/11/2023 at the end.",
    "Location: Yên Định (the market's district, xã Định Tăng lies in it). 'Năm 2022' covers the upgrade sentence (18,5 tỷ, 2,3 ha, 6 dãy, 1.500 con).",
    "'Từ đầu năm đến nay' = 2023-01-01 to the dateline although 'Năm 2022' stands just before: 'đến nay' pins the year to the article's own.",
    "The example animal's weight (trên 600 kg) is optional; 'mỗi con từ 35-50 triệu đồng' is a per-head price (đồng/con).",
    "'trong đó bò lai chiếm trên 65%' is a share with no base amount: a percent figure, target like its sentence.",
    "Distractors: từ năm 1998, ngày 2, 5, 8 âm lịch, Anh Lê Văn Tư (number word in a name), 23/11/2023.",
]

write("p795-5", TEXT, FIGS, COMMENTS, published="2023-11-23", location="Yên Định")
