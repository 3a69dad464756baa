"""p1197-8: provincial newspaper online (Báo Đồng Khởi, Bến Tre), Chợ Lách flowers and ornamentals for Tết Ất Tỵ."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế > Nông nghiệp

Chợ Lách xuất bán hơn 3 triệu sản phẩm hoa kiểng dịp Tết

Cập nhật: 15/01/2025 - 16:05

(BĐK) - Tính đến ngày 10/1, nông dân huyện Chợ Lách đã xuất bán hơn 3 triệu sản phẩm hoa, kiểng phục vụ Tết Ất Tỵ, đạt 75% kế hoạch. Trong đó, cúc mâm xôi bán được khoảng 520.000 chậu.

Toàn huyện hiện có khoảng 8.200 ha hoa kiểng, cây giống với hơn 11.000 hộ tham gia sản xuất. Trong quý IV/2024, các cơ sở trong huyện đã xuất bán sang Campuchia và các tỉnh phía Bắc hơn 1,5 triệu sản phẩm, tăng 12% so với cùng kỳ; riêng tháng 12 đạt 620.000 sản phẩm.

Ông Nguyễn Văn Mười ở xã Long Thới có 1,2 ha vườn hoa kiểng, vụ Tết này trồng 3.500 chậu cúc mâm xôi và một nghìn chậu vạn thọ. Với giá bán 90.000-110.000 đồng/chậu, ông ước thu về khoảng 400 triệu đồng, lãi khoảng 180 triệu đồng.

Mùa hoa Tết cũng tạo việc làm cho ít nhất 4.000 lao động thời vụ, tiền công từ 250.000 đến 300.000 đồng/người/ngày. Hoa kiểng được vận chuyển chủ yếu bằng ghe qua sông Cổ Chiên và bằng xe tải theo Quốc lộ 57.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, từ nay đến Tết, dự kiến huyện tiêu thụ thêm khoảng 1 triệu sản phẩm. Năm 2025, huyện phấn đấu giá trị sản xuất hoa kiểng đạt 2.500 tỷ đồng, tăng 8% so với năm 2024; 100% hộ sản xuất hoa kiểng tham gia tổ hợp tác hoặc hợp tác xã.

Thanh Đồng
"""

ASOF = P("Tính đến ngày 10/1", None, "2025-01-10")
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
M12 = P("tháng 12", "2024-12-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Chợ Lách xuất bán hơn 3 triệu", "3", 3000000, "count", "sản phẩm", approx="over",
      subject="sản phẩm hoa kiểng xuất bán dịp Tết"),
    F("đã xuất bán hơn 3 triệu", "3", 3000000, "count", "sản phẩm", approx="over", percent=75,
      subject="sản phẩm hoa, kiểng xuất bán phục vụ Tết", period=ASOF),
    F("khoảng 520.000 chậu", "520.000", 520000, "count", "chậu", approx="about", total=3000000,
      subject="cúc mâm xôi bán được", period=I(ASOF)),
    F("khoảng 8.200 ha", "8.200", 8200, "measure", "ha", approx="about",
      subject="diện tích hoa kiểng, cây giống"),
    F("hơn 11.000 hộ", "11.000", 11000, "count", "hộ", approx="over", subject="hộ tham gia sản xuất hoa kiểng, cây giống"),
    F("hơn 1,5 triệu sản phẩm", "1,5", 1500000, "count", "sản phẩm", approx="over",
      change=C("increase", 12, "%", "cùng kỳ"),
      subject="sản phẩm xuất bán sang Campuchia và các tỉnh phía Bắc", period=Q4),
    F("đạt 620.000 sản phẩm", "620.000", 620000, "count", "sản phẩm",
      subject="sản phẩm xuất bán sang Campuchia và các tỉnh phía Bắc tháng 12", period=M12),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích vườn hoa kiểng của ông Nguyễn Văn Mười"),
    F("trồng 3.500 chậu", "3.500", 3500, "count", "chậu", subject="chậu cúc mâm xôi ông Mười trồng"),
    F("một nghìn chậu", "một", 1000, "count", "chậu", subject="chậu vạn thọ ông Mười trồng"),
    F("90.000-110.000", "90.000", 90000, "money", "đồng/chậu", value_max=110000, subject="giá bán hoa"),
    F("khoảng 400 triệu", "400", 400000000, "money", "đồng", approx="about", status="estimate",
      subject="tiền ông Mười thu về"),
    F("lãi khoảng 180 triệu", "180", 180000000, "money", "đồng", approx="about", status="estimate",
      subject="lãi của ông Mười"),
    F("ít nhất 4.000 lao động", "4.000", 4000, "count", "lao động", approx="at_least",
      subject="lao động thời vụ có việc làm mùa hoa Tết"),
    F("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
      subject="tiền công lao động thời vụ"),
    F("khoảng 1 triệu sản phẩm", "1", 1000000, "count", "sản phẩm", approx="about", status="forecast",
      subject="sản phẩm huyện tiêu thụ thêm từ nay đến Tết"),
    F("đạt 2.500 tỷ", "2.500", 2500000000000, "money", "đồng", status="target",
      change=C("increase", 8, "%", "năm 2024"), subject="giá trị sản xuất hoa kiểng", period=Y25),
    F("100% hộ", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hộ sản xuất hoa kiểng tham gia tổ hợp tác hoặc hợp tác xã", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Đồng Khởi): headline figure, 'Cập nhật: 15/01/2025 - 16:05', tag '(BĐK) -' (implies Bến Tre), byline at the end. Default location Chợ Lách (district).",
    "'Tính đến ngày 10/1' takes the year of the dateline (2025): as-of 2025-01-10. 'tháng 12' takes the year of the nearest earlier period 'quý IV/2024'.",
    "'riêng tháng 12 đạt 620.000' is a month inside the quarter, and 'riêng' is not a part-of-whole cue in FIGURES.md: no total.",
    "'đạt 75% kế hoạch' is the share of the 3 triệu figure. 'Trong đó, cúc mâm xôi ... 520.000 chậu' is a part of it (total 3.000.000, the figure as stated).",
    "'một nghìn chậu' is a number word (1000). 'ông ước thu về ..., lãi khoảng 180 triệu' - the second clause has no verb of its own: estimate too.",
    "'phấn đấu' governs the clause after ';' ('100% hộ ...'): target. Distractors: time 16:05, 'Nguyễn Văn Mười' (name), 'Quốc lộ 57', 'Ất Tỵ'.",
]

if __name__ == "__main__":
    write("p1197-8", TEXT, NOTES, FIGS, published="2025-01-15", location="Chợ Lách")
