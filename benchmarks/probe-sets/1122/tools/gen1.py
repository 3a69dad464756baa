"""p1122-1: Lào Cai province portal, cold snap 18-25/1/2024: livestock deaths, seedlings, shelters, support, schools."""
from lib import F, P, D, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lào Cai: Gần 240 con gia súc chết do rét đậm, rét hại

Cập nhật: 26/01/2024 16:20 | Lượt xem: 2.417

(laocai.gov.vn) - Đợt rét đậm, rét hại từ ngày 18 đến 25/1 kéo dài 8 ngày, nhiệt độ trung bình ngày ở vùng núi cao của tỉnh phổ biến từ 2 đến 5 độ C. Đây là đợt rét thứ ba kể từ đầu mùa đông. Sáng 24/1, nhiệt độ thấp nhất tại thị xã Sa Pa là -1,2 độ C, trên đỉnh Fansipan (Sa Pa) xuất hiện băng giá dày khoảng 3 cm.

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 25/1, toàn tỉnh có 237 con gia súc bị chết do rét, trong đó 96 con trâu, 118 con bò và 23 con ngựa; tập trung tại các huyện Bát Xát (87 con), Si Ma Cai (64 con) và thị xã Sa Pa (51 con). Tổng giá trị thiệt hại ước khoảng 3,6 tỷ đồng.

Về trồng trọt, rét đậm và sương muối làm hư hại 42,5 ha mạ, trong đó 18 ha bị chết phải gieo lại; 310 ha rau màu, cây ăn quả bị ảnh hưởng.

Đến nay, toàn tỉnh đã che chắn hơn 21.000 chuồng trại, dự trữ trên 85.000 tấn thức ăn thô xanh, rơm khô; khoảng 35% số hộ chăn nuôi đã may áo ấm cho trâu, bò.

Hộ có gia súc chết do rét được hỗ trợ theo Nghị định số 02/2017/NĐ-CP: 2 triệu đồng/con với bê, nghé dưới 6 tháng tuổi và 6 triệu đồng/con với trâu, bò trên 6 tháng tuổi. Dự kiến tổng kinh phí hỗ trợ đợt này khoảng 1,1 tỷ đồng.

Ngành Giáo dục cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ dưới 7 độ C. Ngày 24/1 có 186 trường với hơn 41.000 học sinh tại 5 huyện, thị xã được nghỉ học.
"""

SNAP = P("từ ngày 18 đến 25/1", "2024-01-18", "2024-01-25")
D24 = D("Sáng 24/1", "2024-01-24")
ASOF = P("tính đến ngày 25/1", None, "2024-01-25")
NOW = P("Đến nay", None, "2024-01-26")
DAY24 = D("Ngày 24/1", "2024-01-24")
DEAD = "gia súc bị chết do rét"

FIGS = [
    F("Gần 240 con gia súc", "240", 240, "count", "con gia súc", approx="nearly",
      subject="gia súc chết do rét đậm, rét hại"),
    F("kéo dài 8 ngày", "8", 8, "measure", "ngày", subject="thời gian kéo dài của đợt rét đậm, rét hại", period=SNAP),
    F("từ 2 đến 5 độ C", "2", 2, "measure", "độ C", value_max=5,
      subject="nhiệt độ trung bình ngày ở vùng núi cao", period=SNAP),
    F("là -1,2 độ C", "1,2", -1.2, "measure", "độ C", subject="nhiệt độ thấp nhất", period=D24, location="Sa Pa"),
    F("khoảng 3 cm", "3", 3, "measure", "cm", approx="about", subject="băng giá dày", period=D24, location="Sa Pa"),
    F("có 237 con gia súc", "237", 237, "count", "con gia súc", subject=DEAD, period=ASOF),
    F("96 con trâu", "96", 96, "count", "con trâu", total=237, subject="trâu bị chết do rét", period=ASOF),
    F("118 con bò", "118", 118, "count", "con bò", total=237, subject="bò bị chết do rét", period=ASOF),
    F("23 con ngựa", "23", 23, "count", "con ngựa", total=237, subject="ngựa bị chết do rét", period=ASOF),
    F("Bát Xát (87 con)", "87", 87, "count", "con", subject=DEAD, period=ASOF, location="Bát Xát"),
    F("Si Ma Cai (64 con)", "64", 64, "count", "con", subject=DEAD, period=ASOF, location="Si Ma Cai"),
    F("Sa Pa (51 con)", "51", 51, "count", "con", subject=DEAD, period=ASOF, location="Sa Pa"),
    F("ước khoảng 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị thiệt hại", period=I(ASOF)),
    F("hư hại 42,5 ha mạ", "42,5", 42.5, "measure", "ha", subject="diện tích mạ bị hư hại", period=I(ASOF)),
    F("trong đó 18 ha", "18", 18, "measure", "ha", total=42.5, subject="diện tích mạ bị chết phải gieo lại",
      period=I(ASOF)),
    F("310 ha rau màu", "310", 310, "measure", "ha", subject="diện tích rau màu, cây ăn quả bị ảnh hưởng",
      period=I(ASOF)),
    F("hơn 21.000 chuồng trại", "21.000", 21000, "count", "chuồng trại", approx="over",
      subject="chuồng trại đã che chắn", period=NOW),
    F("trên 85.000 tấn", "85.000", 85000, "measure", "tấn", approx="over",
      subject="thức ăn thô xanh, rơm khô dự trữ", period=NOW),
    F("khoảng 35% số hộ", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ hộ chăn nuôi đã may áo ấm cho trâu, bò", period=NOW),
    F("2 triệu đồng/con", "2", 2e6, "money", "đồng/con",
      subject="mức hỗ trợ bê, nghé dưới 6 tháng tuổi bị chết do rét"),
    F("nghé dưới 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="under", optional=True),
    F("6 triệu đồng/con", "6", 6e6, "money", "đồng/con",
      subject="mức hỗ trợ trâu, bò trên 6 tháng tuổi bị chết do rét"),
    F("bò trên 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="over", optional=True),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ đợt này"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", optional=True),
    F("có 186 trường", "186", 186, "count", "trường", subject="trường cho học sinh nghỉ học", period=DAY24),
    F("hơn 41.000 học sinh", "41.000", 41000, "count", "học sinh", approx="over",
      subject="học sinh mầm non, tiểu học được nghỉ học", period=DAY24),
    F("tại 5 huyện", "5", 5, "count", "huyện, thị xã", subject="huyện, thị xã có học sinh được nghỉ học",
      period=DAY24),
]

NOTES = [
    "Province portal (Lào Cai): cold snap 18-25/1/2024. Breadcrumb, 'Cập nhật: 26/01/2024 16:20 | Lượt xem: 2.417'.",
    "Distractors: time 16:20, view counter 2.417, 'đợt rét thứ ba' (ordinal), Nghị định số 02/2017/NĐ-CP.",
    "-1,2 độ C is a negative value (-1.2). Thresholds of rules ('dưới 6 tháng tuổi', 'dưới 7 độ C') are optional.",
    "96+118+23 = 237 (trong đó, totals); district list 87+64+51 ≠ 237 ('tập trung tại'): no total.",
    "'kéo dài 8 ngày' is a measure of the snap (its length), period = the snap. 'Đến nay' = as of the dateline.",
    "Support rates are standing rules: no period. Headline has no period. Fansipan is placed '(Sa Pa)'.",
]

if __name__ == "__main__":
    write("p1122-1", TEXT, NOTES, FIGS, published="2024-01-26", location="Lào Cai")
