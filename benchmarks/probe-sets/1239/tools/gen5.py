"""p1239-5: Party newspaper (Báo Yên Bái): walnut in Mù Cang Chải; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Óc chó bén rễ trên vùng cao Mù Cang Chải

Từ năm 2019 đến nay, huyện Mù Cang Chải đã trồng được 415 ha óc chó tại 9 xã có độ cao trên 1.200 m, trong đó 260 ha trồng thuần và 155 ha trồng xen với sơn tra, chè shan tuyết. Đây là một trong những cây trồng chủ lực trong chương trình chuyển đổi cơ cấu cây trồng trên đất dốc của huyện.

Gia đình ông Giàng A Dình ở bản Cang Kỷ, xã Chế Cu Nha có 1,5 ha óc chó trồng từ năm 2019. Năm nay là năm đầu tiên vườn cho quả bói, ông thu được khoảng 3 tạ hạt tươi, bán được gần 25 triệu đồng. "Nếu chăm sóc tốt, sau 7-8 năm mỗi cây cho từ 15 đến 20 kg hạt", ông Dình chia sẻ.

Theo Phòng Nông nghiệp và PTNT huyện, tỷ lệ cây sống bình quân đạt 78%; đã có 46 ha bắt đầu cho quả, sản lượng năm 2024 ước đạt 18 tấn. Mỗi hộ trồng mới được hỗ trợ 60.000 đồng/cây giống ghép và 2 triệu đồng/ha tiền phân bón. Hạt óc chó tươi được thương lái thu mua tại vườn với giá 80.000-90.000 đồng/kg, cao gấp 4 lần giá ngô hạt. Tuy vậy, khoảng 30 ha trồng ở độ cao thấp sinh trưởng kém, phải thay thế bằng cây ghép.

Toàn tỉnh Yên Bái hiện có 628 ha óc chó, ngoài Mù Cang Chải còn có huyện Trạm Tấu với 213 ha. Năm 2025, tỉnh dự kiến trồng mới 150 ha; phấn đấu đến năm 2030 toàn tỉnh đạt 1.500 ha óc chó, trở thành vùng nguyên liệu tập trung của tỉnh.

THANH TÂM
25/09/2024
"""

SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-09-25")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
YB = "Yên Bái"

FIGS = [
    F("được 415 ha", "415", 415, "measure", "ha", subject="diện tích óc chó đã trồng", period=SINCE),
    F("tại 9 xã", "9", 9, "count", "xã", subject="xã trồng óc chó", period=SINCE),
    F("trên 1.200 m", "1.200", 1200, "measure", "m", approx="over", optional=True, subject="độ cao của các xã"),
    F("260 ha", "260", 260, "measure", "ha", total=415, subject="diện tích óc chó trồng thuần", period=SINCE),
    F("155 ha", "155", 155, "measure", "ha", total=415,
      subject="diện tích óc chó trồng xen với sơn tra, chè shan tuyết", period=SINCE),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích óc chó gia đình ông Giàng A Dình"),
    F("khoảng 3 tạ", "3", 3, "measure", "tạ", approx="about", subject="hạt óc chó tươi ông Dình thu được",
      period=NOW),
    F("gần 25 triệu", "25", 25000000, "money", "đồng", approx="nearly", subject="tiền bán hạt óc chó",
      period=NOW),
    F("sau 7-8 năm", "7", 7, "measure", "năm", value_max=8, optional=True, subject="tuổi cây cho năng suất ổn định"),
    F("từ 15 đến 20 kg", "15", 15, "measure", "kg", value_max=20, optional=True,
      subject="sản lượng hạt mỗi cây óc chó nếu chăm sóc tốt"),
    F("đạt 78%", "78", 78, "percent", "%", subject="tỷ lệ cây óc chó sống bình quân"),
    F("có 46 ha", "46", 46, "measure", "ha", subject="diện tích óc chó bắt đầu cho quả"),
    F("ước đạt 18 tấn", "18", 18, "measure", "tấn", status="estimate", subject="sản lượng hạt óc chó",
      period=Y24),
    F("hỗ trợ 60.000 đồng/cây", "60.000", 60000, "money", "đồng/cây",
      subject="hỗ trợ cây giống ghép cho hộ trồng mới"),
    F("2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", subject="hỗ trợ tiền phân bón cho hộ trồng mới"),
    F("80.000-90.000", "80.000", 80000, "money", "đồng/kg", value_max=90000,
      change=C("increase", 4, "lần", "giá ngô hạt"), subject="giá thu mua hạt óc chó tươi tại vườn"),
    F("khoảng 30 ha", "30", 30, "measure", "ha", approx="about",
      subject="diện tích óc chó trồng ở độ cao thấp sinh trưởng kém"),
    F("có 628 ha", "628", 628, "measure", "ha", subject="diện tích óc chó toàn tỉnh", location=YB),
    F("với 213 ha", "213", 213, "measure", "ha", subject="diện tích óc chó", location="Trạm Tấu"),
    F("trồng mới 150 ha", "150", 150, "measure", "ha", status="forecast", subject="diện tích óc chó trồng mới",
      period=Y25, location=YB),
    F("đạt 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject="diện tích óc chó toàn tỉnh",
      period=T30, location=YB),
]

NOTES = [
    "Party newspaper (Báo Yên Bái) feature; byline 'THANH TÂM' and bare date '25/09/2024' at the end (published).",
    "Default location Mù Cang Chải (the article is about the district); the province-wide figures get Yên Bái, Trạm Tấu its own.",
    "'Từ năm 2019 đến nay' → 2019-01-01 … published date. 260 + 155 = 415 after 'trong đó': totals.",
    "Distractors: 'năm đầu tiên' (ordinal), 'trồng từ năm 2019' (planting year of a current area: no period for 1,5 ha), names, bản Cang Kỷ.",
    "Optional: 'trên 1.200 m' (altitude threshold), 'sau 7-8 năm' and 'từ 15 đến 20 kg' (a farmer's conditional expectation in a quote).",
    "'cao gấp 4 lần giá ngô hạt' after the price range → change (4 lần), not a multiple of its own.",
    "'Năm nay' = 2024 (year of the bare date). 'ước đạt' → estimate. 'dự kiến' → forecast; 'phấn đấu đến năm 2030' → target (after ';').",
]

if __name__ == "__main__":
    write("p1239-5", TEXT, NOTES, FIGS, published="2024-09-25", location="Mù Cang Chải")
