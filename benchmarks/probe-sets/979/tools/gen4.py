"""p979-4: VNMAC (central agency, Bộ Quốc phòng) national figures on 4/4/2024."""
from lib import F, P, I, C, T, write

TEXT = """TRUNG TÂM HÀNH ĐỘNG BOM MÌN QUỐC GIA VIỆT NAM
Trang chủ / Tin tức - Sự kiện
Ngày đăng: 04/04/2024 | Lượt xem: 1.208

Cả nước đã rà phá, làm sạch hơn 620.000 ha đất ô nhiễm bom mìn

Nhân Ngày Quốc tế phòng chống bom mìn 4/4, Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) công bố kết quả thực hiện Chương trình hành động quốc gia khắc phục hậu quả bom mìn sau chiến tranh (Chương trình 504, Quyết định số 504/QĐ-TTg ngày 21/4/2010).

Theo số liệu tổng hợp, cả nước hiện còn khoảng 5,6 triệu ha đất bị ô nhiễm bom mìn, vật nổ, chiếm 16,9% tổng diện tích tự nhiên. Tất cả 63/63 tỉnh, thành phố đều có đất bị ô nhiễm, trong đó 6 tỉnh bị ô nhiễm nặng nhất là Quảng Trị, Quảng Bình, Hà Tĩnh, Nghệ An, Quảng Ngãi và Quảng Nam. Riêng diện tích ô nhiễm tại 6 tỉnh này chiếm khoảng 30% diện tích ô nhiễm của cả nước. Về mức độ ô nhiễm, Quảng Trị đứng thứ nhất, Quảng Bình đứng thứ hai và Hà Tĩnh đứng thứ ba.

Giai đoạn 2010-2023, các lực lượng đã khảo sát, lập bản đồ ô nhiễm trên 1,1 triệu ha, rà phá, làm sạch hơn 620.000 ha, thu gom, xử lý hàng chục nghìn tấn bom mìn, vật nổ. Riêng năm 2023, diện tích được làm sạch đạt 58.400 ha, tăng 6,2% so với năm 2022. Tổng kinh phí thực hiện Chương trình 504 giai đoạn này khoảng 16.500 tỷ đồng, trong đó ngân sách nhà nước chiếm 71%, vốn viện trợ quốc tế khoảng 29%.

Tính đến nay, bom mìn sau chiến tranh đã làm hơn 40.000 người chết và trên 60.000 người bị thương. Năm 2023, cả nước xảy ra 21 vụ tai nạn bom mìn, làm 9 người chết, 18 người bị thương, giảm 5 vụ so với năm 2022.

Mục tiêu đến năm 2025, cả nước rà phá, làm sạch thêm ít nhất 100.000 ha; đến năm 2030 giảm số vụ tai nạn bom mìn xuống dưới 10 vụ/năm và 100% nạn nhân bom mìn có nhu cầu được hỗ trợ.

Địa chỉ: số 33 Phạm Văn Đồng, Cầu Giấy, Hà Nội | Điện thoại: 024.3755.2468
"""

G = P("Giai đoạn 2010-2023", "2010-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Tính đến nay", None, "2024-04-04")
SUB_RANK = "mức độ ô nhiễm bom mìn"

FIGS = [
    F("làm sạch hơn 620.000 ha đất", "620.000", 620000, "measure", "ha", approx="over",
      subject="diện tích đất ô nhiễm bom mìn được rà phá, làm sạch"),
    F("khoảng 5,6 triệu ha", "5,6", 5600000, "measure", "ha", approx="about", percent=16.9,
      subject="diện tích đất bị ô nhiễm bom mìn, vật nổ"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có đất bị ô nhiễm"),
    F("6 tỉnh bị ô nhiễm", "6", 6, "count", "tỉnh", total=63,
      subject="tỉnh bị ô nhiễm nặng nhất"),
    F("tại 6 tỉnh này", "6", 6, "count", "tỉnh", subject="tỉnh bị ô nhiễm nặng nhất", optional=True),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ trọng diện tích ô nhiễm tại 6 tỉnh trong diện tích ô nhiễm cả nước"),
    F("Quảng Trị đứng thứ nhất", "nhất", 1, "rank", "hạng", subject=SUB_RANK, location="Quảng Trị"),
    F("Quảng Bình đứng thứ hai", "hai", 2, "rank", "hạng", subject=SUB_RANK, location="Quảng Bình"),
    F("Hà Tĩnh đứng thứ ba", "ba", 3, "rank", "hạng", subject=SUB_RANK, location="Hà Tĩnh"),
    F("trên 1,1 triệu ha", "1,1", 1100000, "measure", "ha", approx="over",
      subject="diện tích được khảo sát, lập bản đồ ô nhiễm", period=G),
    F("làm sạch hơn 620.000 ha,", "620.000", 620000, "measure", "ha", approx="over",
      subject="diện tích được rà phá, làm sạch", period=G),
    F("hàng chục nghìn tấn", "chục", 10000, "measure", "tấn", approx="about",
      subject="bom mìn, vật nổ được thu gom, xử lý", period=G),
    F("đạt 58.400 ha", "58.400", 58400, "measure", "ha", change=C("increase", 6.2, "%", "năm 2022"),
      subject="diện tích được làm sạch", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 16.500 tỷ đồng", "16.500", 16500000000000, "money", "đồng", approx="about",
      subject="tổng kinh phí thực hiện Chương trình 504",
      period=P("giai đoạn này", "2010-01-01", "2023-12-31", inherited=True)),
    F("chiếm 71%", "71", 71, "percent", "%", subject="tỷ trọng ngân sách nhà nước trong tổng kinh phí",
      period=P("giai đoạn này", "2010-01-01", "2023-12-31", inherited=True)),
    F("khoảng 29%", "29", 29, "percent", "%", approx="about",
      subject="tỷ trọng vốn viện trợ quốc tế trong tổng kinh phí",
      period=P("giai đoạn này", "2010-01-01", "2023-12-31", inherited=True)),
    F("hơn 40.000 người", "40.000", 40000, "count", "người", approx="over",
      subject="người chết do bom mìn sau chiến tranh", period=NOW),
    F("trên 60.000 người", "60.000", 60000, "count", "người", approx="over",
      subject="người bị thương do bom mìn sau chiến tranh", period=NOW),
    F("xảy ra 21 vụ", "21", 21, "count", "vụ", change=C("decrease", 5, "vụ", "năm 2022"),
      subject="vụ tai nạn bom mìn", period=Y23),
    F("làm 9 người chết", "9", 9, "count", "người", subject="người chết do tai nạn bom mìn", period=Y23),
    F("18 người bị thương", "18", 18, "count", "người", subject="người bị thương do tai nạn bom mìn",
      period=Y23),
    F("ít nhất 100.000 ha", "100.000", 100000, "measure", "ha", approx="at_least", status="target",
      subject="diện tích rà phá, làm sạch thêm", period=P("đến năm 2025", None, "2025-12-31")),
    F("dưới 10 vụ/năm", "10", 10, "measure", "vụ/năm", approx="under", status="target",
      subject="số vụ tai nạn bom mìn", period=P("đến năm 2030", None, "2030-12-31")),
    F("và 100% nạn nhân", "100", 100, "percent", "%", status="target",
      subject="nạn nhân bom mìn có nhu cầu được hỗ trợ", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "VNMAC (Bộ Quốc phòng): national results of Chương trình 504 on the International Mine Awareness Day. 'Ngày đăng: 04/04/2024'.",
    "National figures: location Việt Nam; the provinces named after '6 tỉnh' do not localise it. Ranks 'đứng thứ nhất/hai/ba' take their province.",
    "'63/63 tỉnh' total 63; '6 tỉnh' after 'trong đó' is part of the 63. 'tại 6 tỉnh này' restates the 6 (optional).",
    "30%, 71% and 29% are shares with no amount: percent figures of their own. 'hàng chục nghìn tấn' = 10.000, approx about.",
    "Headline 620.000 ha has no period (the headline states none); 'giai đoạn này' refers back to 2010-2023 (inherited).",
    "'Tính đến nay' ends at the dateline. Not figures: 'Chương trình 504', 'Quyết định số 504/QĐ-TTg ngày 21/4/2010', 'Ngày Quốc tế ... 4/4',",
    "'Lượt xem: 1.208', address 'số 33 Phạm Văn Đồng', phone.",
]

write("p979-4", TEXT, FIGS, NOTES, published="2024-04-04", location="Việt Nam")
