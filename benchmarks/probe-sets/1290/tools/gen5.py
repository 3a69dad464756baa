"""p1290-5: national newspaper: dông lốc, mưa đá ở Lai Châu 6-7/5/2025; national YTD from the Cục."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """Thời sự > Thiên tai

Thứ năm, 8/5/2025, 17:20 (GMT+7)

Lốc xoáy, mưa đá tàn phá hơn 1.700 ngôi nhà ở Lai Châu

Dông lốc kèm mưa đá đường kính 2-3 cm quét qua 5 huyện của Lai Châu trong hai ngày 6-7/5, làm hơn 1.700 ngôi nhà bị tốc mái, thủng mái, ít nhất 3 người bị thương.

Theo Ban Chỉ huy Phòng thủ dân sự tỉnh Lai Châu, đến 16h ngày 8/5, toàn tỉnh có 1.736 ngôi nhà bị hư hỏng, trong đó huyện Tân Uyên 612 nhà, Than Uyên 485 nhà, Tam Đường 301 nhà. Hơn 2.100 ha cây trồng bị thiệt hại, chủ yếu là chè, ngô và lúa xuân, trong đó khoảng 860 ha chè đang thu hoạch lứa xuân bị dập nát. Ước tổng thiệt hại ban đầu khoảng 38 tỷ đồng, cao hơn cả năm 2024 (khoảng 31 tỷ đồng).

Bà Lò Thị Xuân ở bản Nà Khương, xã Phúc Khoa (huyện Tân Uyên), kể cơn lốc chỉ kéo dài chừng 10 phút nhưng cuốn bay toàn bộ 60 m2 mái tôn. "Cả 0,8 ha chè của gia đình bị mưa đá dập nát, coi như mất lứa", bà nói. Giá chè búp tươi ở Tân Uyên đã lên 10.000-12.000 đồng/kg, cao hơn khoảng 2.000 đồng so với trước đợt thiên tai.

Tỉnh đã trích 5 tỷ đồng từ ngân sách dự phòng, hỗ trợ tối đa 40 triệu đồng cho mỗi hộ có nhà bị sập, và đề nghị Trung ương hỗ trợ 150 tấn gạo cho khoảng 9.500 nhân khẩu bị ảnh hưởng.

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, từ đầu năm đến nay cả nước xảy ra 87 trận dông, lốc, sét, mưa đá, làm 9 người chết, hơn 6.800 ngôi nhà bị hư hỏng. Cơ quan khí tượng cảnh báo dông lốc ở Bắc Bộ còn diễn biến phức tạp đến hết tháng 6.

Hoàng Phương

Xem thêm:
- Hà Giang: mưa đá làm hư hỏng 900 ngôi nhà ở Đồng Văn
- Sét đánh chết 2 người ở Điện Biên
"""

TWO = per("trong hai ngày 6-7/5", "2025-05-06", "2025-05-07")
ASOF = per("đến 16h ngày 8/5", None, "2025-05-08")
ASOFI = inh(ASOF)
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-05-08")
TU = "Tân Uyên"

FIGS = [
    fig("hơn 1.700 ngôi nhà ở", "1.700", 1700, "count", "ngôi nhà", approx="over",
        subject="ngôi nhà bị tàn phá"),
    fig("đường kính 2-3 cm", "2", 2, "measure", "cm", value_max=3, subject="đường kính mưa đá", period=TWO),
    fig("qua 5 huyện", "5", 5, "count", "huyện", subject="huyện có dông lốc kèm mưa đá quét qua", period=TWO),
    fig("làm hơn 1.700 ngôi nhà", "1.700", 1700, "count", "ngôi nhà", approx="over",
        subject="ngôi nhà bị tốc mái, thủng mái", period=TWO),
    fig("ít nhất 3 người", "3", 3, "count", "người", approx="at_least", subject="người bị thương", period=TWO),
    fig("có 1.736 ngôi nhà", "1.736", 1736, "count", "ngôi nhà", subject="ngôi nhà bị hư hỏng", period=ASOF),
    fig("Tân Uyên 612 nhà", "612", 612, "count", "nhà", total=1736, subject="ngôi nhà bị hư hỏng",
        period=ASOF, location=TU),
    fig("Than Uyên 485 nhà", "485", 485, "count", "nhà", total=1736, subject="ngôi nhà bị hư hỏng",
        period=ASOF, location="Than Uyên"),
    fig("Tam Đường 301 nhà", "301", 301, "count", "nhà", total=1736, subject="ngôi nhà bị hư hỏng",
        period=ASOF, location="Tam Đường"),
    fig("Hơn 2.100 ha", "2.100", 2100, "measure", "ha", approx="over", subject="diện tích cây trồng bị thiệt hại",
        period=ASOFI),
    fig("khoảng 860 ha", "860", 860, "measure", "ha", approx="about", total=2100,
        subject="diện tích chè đang thu hoạch lứa xuân bị dập nát", period=ASOFI),
    fig("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng thiệt hại ban đầu", period=ASOFI),
    fig("khoảng 31 tỷ", "31", 31e9, "money", "đồng", approx="about", subject="tổng thiệt hại cả năm 2024",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("chừng 10 phút", "10", 10, "measure", "phút", approx="about", subject="thời gian cơn lốc kéo dài",
        location=TU),
    fig("bộ 60 m2", "60", 60, "measure", "m2", subject="mái tôn bị cuốn bay", location=TU),
    fig("Cả 0,8 ha", "0,8", 0.8, "measure", "ha", subject="diện tích chè của gia đình bị mưa đá dập nát",
        location=TU),
    fig("lên 10.000-12.000", "10.000", 10000, "money", "đồng/kg", value_max=12000,
        change=chg("increase", 2000, "đồng", "trước đợt thiên tai", approx="about"),
        subject="giá chè búp tươi", location=TU),
    fig("trích 5 tỷ", "5", 5e9, "money", "đồng", subject="kinh phí trích từ ngân sách dự phòng"),
    fig("tối đa 40 triệu", "40", 40e6, "money", "đồng/hộ", approx="at_most",
        subject="hỗ trợ mỗi hộ có nhà bị sập"),
    fig("hỗ trợ 150 tấn", "150", 150, "measure", "tấn", subject="gạo đề nghị Trung ương hỗ trợ"),
    fig("khoảng 9.500 nhân khẩu", "9.500", 9500, "count", "nhân khẩu", approx="about",
        subject="nhân khẩu bị ảnh hưởng"),
    fig("ra 87 trận", "87", 87, "count", "trận", subject="trận dông, lốc, sét, mưa đá", period=YTD,
        location="Việt Nam"),
    fig("làm 9 người", "9", 9, "count", "người", subject="người chết", period=YTD, location="Việt Nam"),
    fig("hơn 6.800 ngôi nhà", "6.800", 6800, "count", "ngôi nhà", approx="over", subject="ngôi nhà bị hư hỏng",
        period=YTD, location="Việt Nam"),
    fig("hỏng 900 ngôi nhà", "900", 900, "count", "ngôi nhà", subject="ngôi nhà bị mưa đá làm hư hỏng",
        location="Đồng Văn", optional=True),
    fig("chết 2 người", "2", 2, "count", "người", subject="người bị sét đánh chết", location="Điện Biên",
        optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 8/5/2025, 17:20 (GMT+7)', headline, sapo, quote, byline, 'Xem thêm' links.",
    "Distractors: 17:20, (GMT+7), '16h' (time), 'trong hai ngày 6-7/5' (a duration that locates the figures: not a figure),",
    "'hết tháng 6'. Link titles '900 ngôi nhà', 'chết 2 người' are other articles' headlines (page furniture or figures?): optional.",
    "Headline 'hơn 1.700 ngôi nhà' is its own figure, no period. Sapo: 'trong hai ngày 6-7/5' → 2025-05-06..2025-05-07.",
    "'đến 16h ngày 8/5' as-of; 'trong đó huyện Tân Uyên 612 nhà, Than Uyên 485 nhà, Tam Đường 301 nhà' → parts of 1.736, location each district.",
    "'Hơn 2.100 ha ..., trong đó khoảng 860 ha' → total 2100. 'Ước tổng thiệt hại ban đầu khoảng 38 tỷ' → estimate, about.",
    "'cao hơn cả năm 2024 (khoảng 31 tỷ đồng)' → bracketed figure of its own, period năm 2024, actual; 38 tỷ gets no change (no difference stated).",
    "The quote passage is in Tân Uyên (location). Price range 10.000-12.000 đồng/kg with change +khoảng 2.000 đồng.",
    "Support: 'tối đa 40 triệu đồng cho mỗi hộ' → at_most, đồng/hộ. National figures from the Cục: location Việt Nam, YTD to the dateline.",
]

if __name__ == "__main__":
    write("p1290-5", TEXT, NOTES, FIGS, published="2025-05-08", location="Lai Châu")
