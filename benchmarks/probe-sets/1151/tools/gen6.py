"""p1151-6: national newspaper. Mattress plants in Đồng Nai working overtime; a plant in huyện Trảng Bom; national fire figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ Ba, 19/11/2024, 06:00 (GMT+7)

Nhà máy nệm tăng ca, thợ may lành nghề lương hơn 10 triệu đồng

Nhiều nhà máy sản xuất nệm trong các khu công nghiệp ở Đồng Nai đã kín đơn hàng đến quý II năm sau, công nhân tăng ca từ 2 đến 3 giờ mỗi ngày.

Tại KCN Sông Mây (huyện Trảng Bom), Công ty TNHH Nệm Kim Sa, vốn Đài Loan, có khoảng 2.300 công nhân. Từ tháng 9 đến nay, mỗi tháng nhà máy xuất khoảng 180 container nệm sang Mỹ và Canada, gấp rưỡi cùng kỳ năm ngoái. Bà Lê Thị Hạnh, trưởng phòng nhân sự, cho biết công ty dự kiến tuyển thêm 400 người trước Tết, trong đó 150 thợ may có kinh nghiệm. Thợ may vỏ nệm lành nghề nhận lương từ 10 đến 14 triệu đồng/tháng, công nhân mới khoảng 6,5 triệu đồng/tháng, chưa tính tiền tăng ca.

Theo Ban Quản lý các KCN Đồng Nai, tỉnh hiện có 46 doanh nghiệp sản xuất nệm và đồ nội thất có nệm, tổng vốn đầu tư hơn 1,1 tỷ USD, sử dụng khoảng 38.000 lao động. 10 tháng năm 2024, kim ngạch xuất khẩu nệm của các doanh nghiệp này ước đạt 385 triệu USD, tăng 27% so với cùng kỳ.

Mút xốp, bông, vải là vật liệu dễ cháy. Cục Cảnh sát PCCC và CNCH (Bộ Công an) cho biết từ đầu năm đến nay, cả nước xảy ra 37 vụ cháy tại cơ sở sản xuất nệm, mút xốp, làm 4 người chết, thiệt hại khoảng 96 tỷ đồng. Quý III vừa qua, lực lượng PCCC đã kiểm tra 1.870 lượt cơ sở loại này, đình chỉ hoạt động 42 cơ sở.

Phước Tuấn
"""

SINCE9 = per("Từ tháng 9 đến nay", "2024-09-01", "2024-11-19")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-19")
Q3 = per("Quý III vừa qua", "2024-07-01", "2024-09-30")
TB = "Trảng Bom"
VN = "Việt Nam"

FIGS = [
    fig("lương hơn 10 triệu", "10", 10e6, "money", "đồng", approx="over",
        subject="lương thợ may lành nghề"),
    fig("từ 2 đến 3 giờ", "2", 2, "measure", "giờ/ngày", value_max=3,
        subject="thời gian tăng ca của công nhân"),
    fig("khoảng 2.300 công nhân", "2.300", 2300, "count", "công nhân", approx="about", location=TB,
        subject="công nhân Công ty TNHH Nệm Kim Sa"),
    fig("khoảng 180 container", "180", 180, "measure", "container/tháng", approx="about", period=SINCE9, location=TB,
        change=chg("increase", 1.5, "lần", "cùng kỳ năm ngoái"), subject="container nệm nhà máy xuất sang Mỹ và Canada mỗi tháng"),
    fig("thêm 400 người", "400", 400, "count", "người", status="forecast", location=TB,
        subject="người công ty tuyển thêm"),
    fig("trong đó 150 thợ", "150", 150, "count", "thợ may", total=400, status="forecast", location=TB,
        subject="thợ may có kinh nghiệm tuyển thêm"),
    fig("từ 10 đến 14 triệu", "10", 10e6, "money", "đồng/tháng", value_max=14e6, location=TB,
        subject="lương thợ may vỏ nệm lành nghề"),
    fig("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", approx="about", location=TB,
        subject="lương công nhân mới"),
    fig("hiện có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất nệm và đồ nội thất có nệm"),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="over",
        subject="tổng vốn đầu tư doanh nghiệp sản xuất nệm và đồ nội thất có nệm"),
    fig("khoảng 38.000 lao động", "38.000", 38000, "count", "lao động", approx="about",
        subject="lao động doanh nghiệp sản xuất nệm"),
    fig("ước đạt 385 triệu", "385", 385e6, "money", "USD", status="estimate", period=M10,
        change=chg("increase", 27, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu nệm"),
    fig("xảy ra 37 vụ cháy", "37", 37, "count", "vụ cháy", period=YTD, location=VN,
        subject="vụ cháy tại cơ sở sản xuất nệm, mút xốp"),
    fig("làm 4 người chết", "4", 4, "count", "người", period=YTD, location=VN,
        subject="người chết trong các vụ cháy"),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about", period=YTD, location=VN,
        subject="thiệt hại do cháy"),
    fig("kiểm tra 1.870 lượt", "1.870", 1870, "count", "lượt cơ sở", period=Q3, location=VN,
        subject="lượt cơ sở sản xuất nệm, mút xốp được kiểm tra"),
    fig("đình chỉ hoạt động 42 cơ sở", "42", 42, "count", "cơ sở", period=Q3, location=VN,
        subject="cơ sở bị đình chỉ hoạt động"),
]

NOTES = [
    "National newspaper: section path, 'Thứ Ba, 19/11/2024, 06:00 (GMT+7)', byline at the end. Default location Đồng Nai;",
    "the plant passage (KCN Sông Mây, huyện Trảng Bom) is Trảng Bom in all its sentences; the Cục Cảnh sát PCCC figures are national.",
    "'gấp rưỡi cùng kỳ năm ngoái' after 180 container is its change: increase 1.5 lần ('rưỡi' = half). 'mỗi tháng ... 180 container' is a rate.",
    "'dự kiến tuyển thêm 400 người ..., trong đó 150 thợ may' -> forecast, 150 is a part of 400. 'trước Tết', 'quý II năm sau' are not periods of figures.",
    "revised after the first run: subjects of 180 container (+ 'sang Mỹ và Canada'), 400 người ('người', as written, not 'lao động')",
    "and 1,1 tỷ USD (+ whose capital: 'doanh nghiệp sản xuất nệm và đồ nội thất có nệm') now name the indicator as the sentence does.",
    "'Quý III vừa qua' takes 2024 from the dateline / '10 tháng năm 2024'. Distractors: time 06:00, '(GMT+7)'.",
]

if __name__ == "__main__":
    write("p1151-6", TEXT, NOTES, FIGS, published="2024-11-19", location="Đồng Nai")
