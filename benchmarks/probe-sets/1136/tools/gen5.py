"""p1136-5: Party newspaper (Báo Tuyên Quang), a village in Chiêm Hóa and the province's concreting since 2021."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kim Bình đồng lòng làm đường bê tông

Những năm trước, đường vào thôn Bản Khản, xã Kim Bình (Chiêm Hóa) chỉ là lối mòn đất đỏ, mùa mưa lầy lội. Nay, tuyến đường dài 3,2 km, rộng 3,5 m đã được đổ bê tông phẳng phiu, xe chở keo, chở quế vào tận thôn.

Trưởng thôn Ma Văn Thắng cho biết, thôn có 126 hộ thì 100% số hộ tham gia góp công, góp của. Bà con hiến 2.800 m2 đất, góp 1.150 ngày công và 260 triệu đồng; Nhà nước hỗ trợ 640 tấn xi măng. Gia đình ông Hoàng Văn Páo tự nguyện hiến 420 m2 đất trồng quế, chặt bỏ gần 200 cây quế đang đến kỳ thu hoạch. Mỗi hộ trong thôn góp ít nhất một ngày công mỗi tháng để bảo dưỡng mặt đường.

Năm 2024, xã Kim Bình bê tông hóa được 11,5 km đường thôn, đạt 115% kế hoạch, cao nhất huyện Chiêm Hóa. Đến nay, 9/9 thôn của xã đã có đường bê tông đến trung tâm thôn.

Theo Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, từ năm 2021 đến nay, toàn tỉnh đã bê tông hóa 2.318 km đường giao thông nông thôn với tổng kinh phí hơn 1.560 tỷ đồng, trong đó Nhà nước hỗ trợ xi măng, ống cống trị giá 740 tỷ đồng; nhân dân đóng góp 46% kinh phí và hiến trên 1,2 triệu m2 đất. Năm 2025, tỉnh phấn đấu bê tông hóa thêm khoảng 600 km, tập trung vào các xã vùng đồng bào dân tộc thiểu số.

Tại Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh khóa XVII, phong trào làm đường giao thông nông thôn được đánh giá là một điểm sáng trong xây dựng nông thôn mới. Con đường ở Bản Khản hôm nay là minh chứng cho sức mạnh lòng dân.

THANH PHÚC
18/01/2025
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Đến nay", None, "2025-01-18")
SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2025-01-18")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CH = "Chiêm Hóa"

FIGS = [
    fig("dài 3,2 km", "3,2", 3.2, "measure", "km", subject="chiều dài tuyến đường vào thôn Bản Khản", location=CH),
    fig("rộng 3,5 m", "3,5", 3.5, "measure", "m", subject="chiều rộng tuyến đường vào thôn Bản Khản", location=CH),
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ của thôn Bản Khản", location=CH),
    fig("thì 100%", "100", 100, "percent", "%", subject="tỷ lệ hộ tham gia góp công, góp của", location=CH),
    fig("hiến 2.800 m2", "2.800", 2800, "measure", "m2", subject="đất bà con thôn Bản Khản hiến", location=CH),
    fig("góp 1.150 ngày công", "1.150", 1150, "count", "ngày công",
        subject="ngày công bà con thôn Bản Khản góp", location=CH),
    fig("và 260 triệu", "260", 260e6, "money", "đồng", subject="tiền bà con thôn Bản Khản góp", location=CH),
    fig("hỗ trợ 640 tấn", "640", 640, "measure", "tấn", subject="xi măng Nhà nước hỗ trợ", location=CH),
    fig("hiến 420 m2", "420", 420, "measure", "m2",
        subject="đất trồng quế gia đình ông Hoàng Văn Páo hiến", location=CH),
    fig("gần 200 cây", "200", 200, "count", "cây quế", approx="nearly",
        subject="cây quế gia đình ông Hoàng Văn Páo chặt bỏ", location=CH),
    fig("ít nhất một ngày công", "một", 1, "measure", "ngày công/hộ/tháng", approx="at_least",
        subject="ngày công mỗi hộ góp mỗi tháng để bảo dưỡng mặt đường", location=CH),
    fig("được 11,5 km", "11,5", 11.5, "measure", "km", percent=115,
        subject="đường thôn xã Kim Bình bê tông hóa", period=Y24, location=CH),
    fig("9/9 thôn", "9", 9, "count", "thôn", total=9,
        subject="thôn của xã Kim Bình có đường bê tông đến trung tâm thôn", period=NOW, location=CH),
    fig("hóa 2.318 km", "2.318", 2318, "measure", "km",
        subject="đường giao thông nông thôn bê tông hóa", period=SINCE),
    fig("hơn 1.560 tỷ", "1.560", 1560e9, "money", "đồng", approx="over",
        subject="tổng kinh phí bê tông hóa đường giao thông nông thôn", period=SINCE),
    fig("trị giá 740 tỷ", "740", 740e9, "money", "đồng", total=1560e9,
        subject="xi măng, ống cống Nhà nước hỗ trợ", period=SINCE),
    fig("góp 46%", "46", 46, "percent", "%", subject="tỷ lệ kinh phí nhân dân đóng góp", period=SINCE),
    fig("trên 1,2 triệu", "1,2", 1.2e6, "measure", "m2", approx="over",
        subject="đất nhân dân hiến", period=SINCE),
    fig("khoảng 600 km", "600", 600, "measure", "km", approx="about", status="target",
        subject="đường giao thông nông thôn bê tông hóa thêm", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Tuyên Quang): byline THANH PHÚC and bare date 18/01/2025 at the end; no dateline at the top.",
    "Distractors: 'Hội nghị lần thứ 14', 'khóa XVII', 'một điểm sáng' (not a count), thôn names.",
    "Bản Khản/Kim Bình passage: location Chiêm Hóa (the district named in brackets); 'Nay'/present figures get no period.",
    "'ít nhất một ngày công mỗi tháng': number word, at_least. '9/9 thôn': total 9. '115% kế hoạch' → percent.",
    "'từ năm 2021 đến nay' ends at the published date. '740 tỷ' after 'trong đó' takes 1.560 tỷ; '46%' is its own percent figure;",
    "  '1,2 triệu m2 đất' counts land: no total.",
]

if __name__ == "__main__":
    write("p1136-5", TEXT, NOTES, FIGS, published="2025-01-18", location="Tuyên Quang")
