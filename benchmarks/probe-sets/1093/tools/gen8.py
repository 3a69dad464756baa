"""p1093-8: provincial newspaper online (Báo Lâm Đồng), headline figure, '(LĐ) -' tag; asparagus in Đơn Dương, H1/2023."""
from lib import F, P, I, C, write

TEXT = """Báo Lâm Đồng điện tử
Kinh tế » Nông nghiệp

Măng tây Đơn Dương tăng 30% giá trị, xuất khẩu 45 tấn

14/07/2023 - 16:05

(LĐ) - Sáu tháng đầu năm, huyện Đơn Dương thu hoạch trên 620 tấn măng tây, giá trị ước đạt 34,5 tỷ đồng, tăng 30% so với cùng kỳ năm 2022; trong đó 45 tấn được Công ty TNHH Nông sản Đà Lạt xuất khẩu sang Nhật Bản và Đài Loan (Trung Quốc).

Hiện toàn huyện có 186 ha măng tây, chiếm gần 70% diện tích măng tây của tỉnh, tập trung ở các xã Ka Đô (72 ha), Pró (51 ha), Quảng Lập (38 ha) và thị trấn Thạnh Mỹ (25 ha), phần lớn nằm dọc Quốc lộ 27.

Năng suất măng tây trồng trong nhà kính đạt 12-14 tấn/ha/năm, cao hơn 3-4 tấn/ha so với trồng ngoài trời. Giá măng tây loại 1 tại vườn hiện ở mức 55.000-65.000 đồng/kg, loại 2 khoảng 30.000 đồng/kg. Với giá này, doanh thu măng tây trong nhà kính đạt 650-750 triệu đồng/ha/năm.

Toàn huyện có 4 hợp tác xã và 11 tổ hợp tác trồng măng tây, liên kết với 215 hộ. Năm 2023, Đơn Dương phấn đấu đạt 1.250 tấn măng tây; đến năm 2025 có ít nhất 2 sản phẩm măng tây đạt OCOP 3 sao trở lên.

Theo ông Nguyễn Văn Chín, Phó Chủ tịch UBND huyện, thời gian tới huyện dự kiến hỗ trợ nông dân chuyển đổi khoảng 40 ha trồng ngoài trời sang nhà kính, với tổng vốn khoảng 60 tỷ đồng.

VĂN KHÁNH
"""

H1 = P("Sáu tháng đầu năm", "2023-01-01", "2023-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích măng tây"

FIGS = [
    F("tăng 30% giá trị", "30", 30, "percent", "%", "tăng trưởng giá trị măng tây Đơn Dương"),
    F("xuất khẩu 45 tấn", "45", 45, "measure", "tấn", "măng tây xuất khẩu"),
    F("trên 620 tấn", "620", 620, "measure", "tấn", "măng tây thu hoạch", H1, approx="over"),
    F("ước đạt 34,5 tỷ đồng", "34,5", 34.5e9, "money", "đồng", "giá trị măng tây thu hoạch", H1, status="estimate",
      change=C("increase", 30, "%", "cùng kỳ năm 2022")),
    F("trong đó 45 tấn", "45", 45, "measure", "tấn", "măng tây xuất khẩu sang Nhật Bản và Đài Loan (Trung Quốc)",
      H1, total=620),
    F("có 186 ha", "186", 186, "measure", "ha", AREA, percent=70),
    F("Ka Đô (72 ha)", "72", 72, "measure", "ha", AREA, total=186),
    F("Pró (51 ha)", "51", 51, "measure", "ha", AREA, total=186),
    F("Quảng Lập (38 ha)", "38", 38, "measure", "ha", AREA, total=186),
    F("Thạnh Mỹ (25 ha)", "25", 25, "measure", "ha", AREA, total=186),
    F("đạt 12-14 tấn/ha/năm", "12", 12, "measure", "tấn/ha/năm", "năng suất măng tây trồng trong nhà kính",
      value_max=14, change=C("increase", 3, "tấn/ha", "trồng ngoài trời")),
    F("mức 55.000-65.000", "55.000", 55000, "money", "đồng/kg", "giá măng tây loại 1 tại vườn", value_max=65000),
    F("khoảng 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá măng tây loại 2 tại vườn", approx="about"),
    F("đạt 650-750 triệu", "650", 650e6, "money", "đồng/ha/năm", "doanh thu măng tây trong nhà kính",
      value_max=750e6),
    F("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã trồng măng tây"),
    F("11 tổ hợp tác", "11", 11, "count", "tổ hợp tác", "tổ hợp tác trồng măng tây"),
    F("với 215 hộ", "215", 215, "count", "hộ", "hộ liên kết"),
    F("đạt 1.250 tấn", "1.250", 1250, "measure", "tấn", "sản lượng măng tây", Y23, status="target"),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm măng tây đạt OCOP 3 sao trở lên", T25,
      approx="at_least", status="target"),
    F("khoảng 40 ha", "40", 40, "measure", "ha", "diện tích chuyển đổi từ trồng ngoài trời sang nhà kính",
      approx="about", status="forecast"),
    F("khoảng 60 tỷ đồng", "60", 60e9, "money", "đồng", "tổng vốn hỗ trợ chuyển đổi sang nhà kính", approx="about", status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Lâm Đồng), headline with figures, '(LĐ) -' tag, dateline 14/07/2023 - 16:05, byline at the end.",
    "Location Đơn Dương (district); the communes Ka Đô, Pró, Quảng Lập and thị trấn Thạnh Mỹ are not a location level: the items keep",
    "Đơn Dương and, adding up to 186 ha, carry total 186. 'chiếm gần 70%' is the share of 186 ha (percent 70; its 'gần' qualifies the share).",
    "'Sáu tháng đầu năm' (no year) takes 2023 from the dateline. 'trong đó 45 tấn' is part of the 620 tấn harvested (same thing, same",
    "period), not of the 34,5 tỷ đồng between them; its own verb 'được ... xuất khẩu' keeps it actual.",
    "Headline: 'tăng 30% giá trị' has no base amount there: a percent figure; 'xuất khẩu 45 tấn' a figure with no period.",
    "'cao hơn 3-4 tấn/ha so với trồng ngoài trời' is the change of 12-14 tấn/ha/năm (change value 3, the lower end).",
    "'thời gian tới huyện dự kiến hỗ trợ ... khoảng 40 ha ..., với tổng vốn khoảng 60 tỷ đồng': both forecast, no period.",
    "Distractors: Quốc lộ 27, 'OCOP 3 sao', 16:05, the name Nguyễn Văn Chín.",
]

write("p1093-8", TEXT, NOTES, FIGS, published="2023-07-14", location="Đơn Dương")
