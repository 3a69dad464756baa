"""p978-6: national newspaper - a water hyacinth weaving workshop in Chợ Mới (An Giang)."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Doanh nghiệp

Thứ bảy, 23/9/2023, 08:15 (GMT+7)

Người phụ nữ biến lục bình thành hàng xuất khẩu

An Giang - Từ cây lục bình trôi trên sông Tiền, cơ sở của chị Trần Thị Bảy ở xã Kiến An, huyện Chợ Mới mỗi tháng xuất khẩu 6 container giỏ, thảm sang Nhật Bản, Hàn Quốc và Australia.

Năm 2015, chị Bảy bắt đầu với 5 thợ đan trong căn nhà nhỏ ở ấp Mỹ Hòa 2. Đến nay, cơ sở có 65 lao động thường xuyên và hơn 200 hộ nhận hàng về đan tại nhà.

Mỗi tháng, cơ sở thu mua khoảng 30 tấn lục bình khô với giá 13.000 đồng/kg; lục bình tươi được mua tại bến với giá 1.200 đồng/kg. Một thợ lành nghề đan được 3-4 giỏ mỗi ngày, thu nhập 150.000-200.000 đồng/ngày. Giá giỏ xuất khẩu cao gấp 2,5 lần hàng bán trong nước.

Năm 2022, doanh thu của cơ sở đạt hơn 12 tỷ đồng. Từ đầu năm đến nay, doanh thu đạt 9,6 tỷ đồng, tăng 15% so với cùng kỳ, dù đơn hàng từ châu Âu giảm mạnh.

Theo Sở Công Thương An Giang, toàn tỉnh có 19 làng nghề được công nhận, trong đó 3 làng nghề đan lục bình; mỗi năm ngành này tiêu thụ khoảng 2.500 tấn lục bình khô, góp phần giảm tình trạng lục bình gây tắc nghẽn trên các tuyến kênh.

Chị Bảy cho biết, năm 2024 cơ sở dự kiến đầu tư thêm xưởng sản xuất rộng 800 m2 gần Quốc lộ 91, nâng công suất lên 10 container/tháng và nhận thêm khoảng 50 lao động.

Ngọc Tài
"""

NOW = P("Đến nay", None, "2023-09-23")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("xuất khẩu 6 container", "6", 6, "count", "container/tháng", subject="container giỏ, thảm xuất khẩu mỗi tháng"),
    F("với 5 thợ đan", "5", 5, "count", "thợ đan", subject="thợ đan khi bắt đầu", period=P("Năm 2015", "2015-01-01", "2015-12-31")),
    F("có 65 lao động", "65", 65, "count", "lao động", subject="lao động thường xuyên của cơ sở", period=NOW),
    F("hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ nhận hàng về đan tại nhà", period=NOW),
    F("khoảng 30 tấn", "30", 30, "measure", "tấn/tháng", approx="about", subject="lục bình khô thu mua mỗi tháng"),
    F("giá 13.000 đồng/kg", "13.000", 13000, "money", "đồng/kg", subject="giá thu mua lục bình khô"),
    F("giá 1.200 đồng/kg", "1.200", 1200, "money", "đồng/kg", subject="giá mua lục bình tươi"),
    F("được 3-4 giỏ", "3", 3, "count", "giỏ/ngày", value_max=4, subject="giỏ một thợ lành nghề đan mỗi ngày"),
    F("nhập 150.000-200.000", "150.000", 150000, "money", "đồng/ngày", value_max=200000, subject="thu nhập thợ lành nghề"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="giá giỏ xuất khẩu so với hàng bán trong nước"),
    F("hơn 12 tỷ đồng", "12", 12e9, "money", "đồng", approx="over", subject="doanh thu của cơ sở",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", change=C("increase", 15, baseline="cùng kỳ"), subject="doanh thu của cơ sở",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-09-23")),
    F("có 19 làng nghề", "19", 19, "count", "làng nghề", subject="làng nghề được công nhận", location="An Giang"),
    F("trong đó 3 làng nghề", "3", 3, "count", "làng nghề", total=19, subject="làng nghề đan lục bình", location="An Giang"),
    F("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn/năm", approx="about", subject="lục bình khô tiêu thụ mỗi năm",
      location="An Giang"),
    F("rộng 800 m2", "800", 800, "measure", "m2", status="forecast", subject="diện tích xưởng sản xuất đầu tư thêm", period=Y24),
    F("lên 10 container/tháng", "10", 10, "measure", "container/tháng", status="forecast", subject="công suất của cơ sở", period=Y24),
    F("khoảng 50 lao động", "50", 50, "count", "lao động", approx="about", status="forecast", subject="lao động nhận thêm",
      period=Y24),
]
NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 23/9/2023, 08:15 (GMT+7)'; tag 'An Giang -'; byline at the end.",
    "The workshop's figures are located in its district Chợ Mới (default); the Sở Công Thương figures are An Giang.",
    "'Đến nay' is as-of the dateline; 'Từ đầu năm đến nay' is 2023-01-01..2023-09-23. 'gấp 2,5 lần' stands as its own claim: multiple.",
    "'10 container/tháng' is written as a rate (unit with denominator), so kind measure as the spec's 'bác sĩ/1 vạn dân';",
    "'mỗi tháng xuất khẩu 6 container' and '3-4 giỏ mỗi ngày' are counts with a per-time adverb, kept count.",
    "revised after the first run: 10 container/tháng kind count -> measure (FIGURES.md rate rule).",
    "Not figures: 'Trần Thị Bảy' / 'chị Bảy' (a name), 'ấp Mỹ Hòa 2', 'Quốc lộ 91', 'sông Tiền', the time 08:15, 'Năm 2015' as period.",
]
build("p978-6", TEXT, FIGS, NOTES, published="2023-09-23", location="Chợ Mới")
