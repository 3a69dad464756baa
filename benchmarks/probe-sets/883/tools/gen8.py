"""p883-8: Báo Bắc Giang online (BGĐT), huyện Lục Nam civilised weddings, 9 months 2023, headline figure."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Văn hóa - Xã hội

Lục Nam: Hơn 1.100 đám cưới tổ chức gọn nhẹ, tiết kiệm

Cập nhật: 09:15, 12/10/2023

(BGĐT) - 9 tháng đầu năm, huyện Lục Nam có 1.146 đám cưới, trong đó 1.103 đám cưới thực hiện theo quy ước của thôn, bản, đạt 96,2%, tăng 3,1% so với cùng kỳ.

Thực hiện Kế hoạch số 127/KH-UBND của UBND huyện, 27/27 xã, thị trấn đã đưa tiêu chí cưới văn minh vào bình xét danh hiệu "Gia đình văn hóa". Các xã có tỷ lệ cao là Cẩm Lý, Đan Hội và Vũ Xá, cùng đạt 100%; các xã vùng cao như Lục Sơn, Bình Sơn đạt lần lượt 88,5% và 90,2%.

Nhiều gia đình đã giảm số mâm cỗ từ 60-70 mâm xuống còn 30-40 mâm, không tổ chức ăn uống kéo dài nhiều ngày. Ông Hoàng Văn Ba, Trưởng thôn Bãi Đá, xã Tiên Nha cho biết, thôn có 87 hộ, năm nay có 6 đám cưới, đám nào cũng tổ chức trong 1 ngày, mỗi đám tiết kiệm khoảng 25-30 triệu đồng.

Về dịch vụ, toàn huyện có 35 cơ sở cho thuê rạp, bàn ghế, nấu cỗ cưới, trong đó 12 cơ sở nằm dọc Quốc lộ 31. Giá thuê rạp trọn gói dao động 4-6 triệu đồng/ngày. Các cơ sở đều ký cam kết bảo đảm an toàn thực phẩm; 9 tháng, Phòng Y tế huyện kiểm tra 20 cơ sở, chưa phát hiện vi phạm.

Huyện phấn đấu đến cuối năm 2023, tỷ lệ đám cưới văn minh đạt trên 97%; giảm tỷ lệ tảo hôn xuống dưới 1%.

Lan Hương
"""

M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
END = P("đến cuối năm 2023", None, "2023-12-31")
RATE = "tỷ lệ đám cưới văn minh"

FIGS = [
    F("Hơn 1.100 đám cưới", "1.100", 1100, "count", "đám cưới", "đám cưới tổ chức gọn nhẹ, tiết kiệm", I(M9),
      approx="over"),
    F("có 1.146 đám cưới", "1.146", 1146, "count", "đám cưới", "đám cưới", M9),
    F("trong đó 1.103 đám cưới", "1.103", 1103, "count", "đám cưới", "đám cưới thực hiện theo quy ước của thôn, bản", M9,
      total=1146, percent=96.2, change=C("increase", 3.1, "%", "cùng kỳ")),
    F("27/27 xã", "27", 27, "count", "xã, thị trấn",
      "xã, thị trấn đưa tiêu chí cưới văn minh vào bình xét danh hiệu Gia đình văn hóa", total=27),
    F("cùng đạt 100%", "100", 100, "percent", "%", RATE, I(M9)),
    F("lần lượt 88,5%", "88,5", 88.5, "percent", "%", RATE, I(M9)),
    F("và 90,2%", "90,2", 90.2, "percent", "%", RATE, I(M9)),
    F("từ 60-70 mâm", "60", 60, "count", "mâm", "mâm cỗ cưới mỗi gia đình trước đây", value_max=70),
    F("còn 30-40 mâm", "30", 30, "count", "mâm", "mâm cỗ cưới mỗi gia đình", value_max=40),
    F("có 87 hộ", "87", 87, "count", "hộ", "hộ của thôn Bãi Đá"),
    F("có 6 đám cưới", "6", 6, "count", "đám cưới", "đám cưới ở thôn Bãi Đá", P("năm nay", "2023-01-01", "2023-12-31")),
    F("trong 1 ngày", "1", 1, "measure", "ngày", "thời gian tổ chức mỗi đám cưới", optional=True),
    F("khoảng 25-30 triệu đồng", "25", 25000000, "money", "đồng", "tiền tiết kiệm mỗi đám cưới", value_max=30000000,
      approx="about"),
    F("có 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở cho thuê rạp, bàn ghế, nấu cỗ cưới"),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở nằm dọc Quốc lộ 31", total=35),
    F("4-6 triệu đồng/ngày", "4", 4000000, "money", "đồng/ngày", "giá thuê rạp trọn gói", value_max=6000000),
    F("kiểm tra 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở được Phòng Y tế huyện kiểm tra",
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("đạt trên 97%", "97", 97, "percent", "%", RATE, END, approx="over", status="target"),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ tảo hôn", END, approx="under", status="target"),
]

NOTES = [
    "Báo Bắc Giang điện tử (BGĐT): huyện Lục Nam, đám cưới văn minh 9 tháng đầu năm 2023; headline 'Hơn 1.100 đám cưới'.",
    "Year-less '9 tháng đầu năm' / '9 tháng' / 'năm nay' take 2023 from the dateline 'Cập nhật: 09:15, 12/10/2023'.",
    "Communes (Cẩm Lý, Lục Sơn, thôn Bãi Đá ...) are not a location level: their figures keep the district Lục Nam.",
    "Not figures: Kế hoạch số 127/KH-UBND, 'Quốc lộ 31', 'Ông Hoàng Văn Ba' (name), '09:15', 'Gia đình văn hóa'.",
    "'từ 60-70 mâm xuống còn 30-40 mâm': both ranges are figures (earlier and current level); no change value is stated.",
    "'(tổ chức) trong 1 ngày' describes the custom: optional.",
]

if __name__ == "__main__":
    write("p883-8", TEXT, NOTES, FIGS, published="2023-10-12", location="Lục Nam")
