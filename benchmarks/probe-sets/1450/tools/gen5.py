"""p1450-5: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): a cooperative converting toilet paper / napkins in Hiệp Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế | Nông nghiệp - Nông thôn

Hiệp Hòa: Làm giàu từ nghề gia công giấy ăn, giấy vệ sinh

(BGĐT) - Từ xưởng nhỏ với hai máy cắt cuộn, Hợp tác xã Giấy Đức Thắng (xã Đức Thắng, huyện Hiệp Hòa) nay đã trở thành một trong những đơn vị gia công giấy vệ sinh, giấy ăn lớn của tỉnh, tạo việc làm ổn định cho nhiều lao động địa phương.

Năm 2016, anh Nguyễn Văn Khải cùng 7 thành viên góp vốn thành lập hợp tác xã. Hiện HTX có 6 máy cuộn, máy cắt tự động trên diện tích nhà xưởng gần 1.500 m2, mỗi ngày gia công khoảng 4 tấn giấy thành phẩm. Giấy cuộn lớn được nhập từ các cơ sở ở Bắc Ninh với giá 17.500 - 19.000 đồng/kg, sau khi gia công bán ra từ 24.000 đến 28.000 đồng/kg.

Năm 2023, HTX tiêu thụ 1.260 tấn sản phẩm, doanh thu đạt 31,5 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng. HTX giải quyết việc làm cho 23 lao động, trong đó 15 lao động nữ, thu nhập bình quân 7,5 triệu đồng/người/tháng. Sản phẩm giấy ăn Đức Thắng được công nhận OCOP 3 sao năm 2022.

"Năm nay, chúng tôi dự kiến đầu tư thêm một dây chuyền đóng gói tự động trị giá 2,3 tỷ đồng, nâng công suất lên 6 tấn/ngày", anh Khải chia sẻ.

Theo Sở Công Thương, toàn tỉnh hiện có 27 cơ sở sản xuất, gia công giấy vệ sinh, giấy ăn, tập trung ở các huyện Hiệp Hòa, Việt Yên, Yên Dũng. 6 tháng đầu năm 2024, các cơ sở này đạt sản lượng khoảng 5.100 tấn, tăng 12% so với cùng kỳ.

THU HƯƠNG
18/07/2024
"""

Y16 = per("Năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
BG = "Bắc Giang"

FIGS = [
    fig("hai máy cắt", "hai", 2, "count", "máy cắt cuộn", subject="máy cắt cuộn của xưởng nhỏ ban đầu"),
    fig("cùng 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên góp vốn thành lập hợp tác xã",
        period=Y16),
    fig("có 6 máy", "6", 6, "count", "máy", subject="máy cuộn, máy cắt tự động của HTX"),
    fig("gần 1.500 m2", "1.500", 1500, "measure", "m2", approx="nearly", subject="diện tích nhà xưởng"),
    fig("khoảng 4 tấn", "4", 4, "measure", "tấn/ngày", approx="about", subject="giấy thành phẩm gia công mỗi ngày"),
    fig("giá 17.500 - 19.000", "17.500", 17500, "money", "đồng/kg", value_max=19000,
        subject="giá giấy cuộn lớn nhập từ các cơ sở ở Bắc Ninh"),
    fig("từ 24.000 đến 28.000", "24.000", 24000, "money", "đồng/kg", value_max=28000,
        subject="giá bán ra sau khi gia công"),
    fig("tiêu thụ 1.260 tấn", "1.260", 1260, "measure", "tấn", subject="sản phẩm HTX tiêu thụ", period=Y23),
    fig("đạt 31,5 tỷ", "31,5", 31.5e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23),
    fig("cho 23 lao động", "23", 23, "count", "lao động", subject="lao động HTX giải quyết việc làm"),
    fig("trong đó 15 lao động", "15", 15, "count", "lao động", total=23, subject="lao động nữ"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động HTX"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền đóng gói tự động HTX đầu tư thêm", period=NOW),
    fig("trị giá 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", status="forecast",
        subject="trị giá dây chuyền đóng gói tự động", period=NOW),
    fig("lên 6 tấn/ngày", "6", 6, "measure", "tấn/ngày", status="forecast", subject="công suất của HTX", period=NOW),
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất, gia công giấy vệ sinh, giấy ăn",
        location=BG),
    fig("khoảng 5.100 tấn", "5.100", 5100, "measure", "tấn", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="sản lượng các cơ sở sản xuất, gia công giấy vệ sinh, giấy ăn",
        period=H1, location=BG),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): sapo with tag '(BGĐT) -', byline 'THU HƯƠNG' and bare date '18/07/2024' at the end (published).",
    "Distractors: 'OCOP 3 sao', 'năm 2022' (year of the award), founding year 'Năm 2016' (a period, not a figure), 'một trong những đơn vị' (idiom 'one of').",
    "Location: the cooperative's figures are Hiệp Hòa (the district, named in the headline); the province's 27 cơ sở and 5.100 tấn are Bắc Giang",
    "(a list of districts after a provincial count does not make it district). The purchase price 'nhập từ ... Bắc Ninh' stays Hiệp Hòa (the buyer's price).",
    "'mỗi ngày gia công khoảng 4 tấn' is a rate: tấn/ngày. '17.500 - 19.000 đồng/kg' and 'từ 24.000 đến 28.000' are ranges.",
    "'hai máy cắt cuộn' (the first workshop) is a figure without period. 'HTX giải quyết việc làm cho 23 lao động' (new sentence, present): no period.",
    "Quote 'Năm nay, chúng tôi dự kiến ...' → forecast, period 2024 (the year of published). 'nâng công suất lên 6 tấn/ngày' → value 6, no change.",
]

if __name__ == "__main__":
    write("p1450-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Hiệp Hòa")
