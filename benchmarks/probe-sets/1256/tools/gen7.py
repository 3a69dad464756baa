"""p1256-7: news agency (TTXVN): a lifejacket maker in huyện An Dương (Hải Phòng); national industry figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thông tấn xã Việt Nam
Kinh tế | Doanh nghiệp | Thị trường

Doanh nghiệp Hải Phòng đưa áo phao "made in Vietnam" ra thế giới

Hải Phòng, 14/11/2023 (TTXVN) - Công ty cổ phần Thiết bị cứu sinh Hải Đăng tại huyện An Dương, thành phố Hải Phòng hiện sản xuất khoảng 25.000 áo phao mỗi tháng, trong đó hơn 60% dành cho xuất khẩu sang Nhật Bản, Australia và Hàn Quốc.

Theo ông Phạm Đức Hải, Giám đốc công ty, 10 tháng năm 2023, doanh nghiệp đạt doanh thu 86,4 tỷ đồng, tăng 21% so với cùng kỳ; kim ngạch xuất khẩu đạt 2,15 triệu USD. Doanh thu cả năm nay ước đạt 105 tỷ đồng. Các sản phẩm chủ lực gồm áo phao tự thổi HD-275N, phao tròn cứu sinh HD-R2 và xuồng cứu sinh bơm hơi HD-06, đều được Cục Đăng kiểm Việt Nam chứng nhận.

Nhà máy có 3 dây chuyền may với 420 công nhân, thu nhập bình quân 8,5 triệu đồng/người/tháng. Giá bán áo phao của công ty dao động từ 180.000 đến 650.000 đồng/chiếc tùy loại; giá xuất khẩu bình quân khoảng 14 USD/chiếc.

Theo Bộ Công Thương, cả nước hiện có khoảng 30 doanh nghiệp sản xuất áo phao, phao cứu sinh, tổng năng lực hơn 3 triệu sản phẩm mỗi năm. Năm 2022, kim ngạch xuất khẩu nhóm hàng này đạt khoảng 48 triệu USD, đứng thứ 3 khu vực Đông Nam Á.

Trong năm 2024, công ty dự kiến đầu tư thêm một dây chuyền tự động trị giá khoảng 12 tỷ đồng, nâng công suất lên 35.000 sản phẩm/tháng và tuyển thêm 80 lao động.

(TTXVN)
"""

M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
YNOW = per("cả năm nay", "2023-01-01", "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
VN = "Việt Nam"
XK = "kim ngạch xuất khẩu nhóm hàng áo phao, phao cứu sinh"

FIGS = [
    fig("khoảng 25.000 áo phao", "25.000", 25000, "measure", "áo phao/tháng", approx="about",
        subject="áo phao công ty sản xuất"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="áo phao dành cho xuất khẩu"),
    fig("doanh thu 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", change=chg("increase", 21, "%", "cùng kỳ"),
        subject="doanh thu của doanh nghiệp", period=M10),
    fig("đạt 2,15 triệu", "2,15", 2.15e6, "money", "USD", subject="kim ngạch xuất khẩu của doanh nghiệp",
        period=M10),
    fig("ước đạt 105 tỷ", "105", 105e9, "money", "đồng", status="estimate",
        subject="doanh thu cả năm", period=YNOW),
    fig("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền may của nhà máy"),
    fig("420 công nhân", "420", 420, "count", "công nhân", subject="công nhân nhà máy"),
    fig("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân"),
    fig("từ 180.000 đến 650.000", "180.000", 180000, "money", "đồng/chiếc", value_max=650000,
        subject="giá bán áo phao của công ty"),
    fig("khoảng 14 USD", "14", 14, "money", "USD/chiếc", approx="about", subject="giá xuất khẩu bình quân áo phao"),
    fig("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất áo phao, phao cứu sinh", location=VN),
    fig("hơn 3 triệu", "3", 3e6, "measure", "sản phẩm/năm", approx="over",
        subject="tổng năng lực sản xuất áo phao, phao cứu sinh", location=VN),
    fig("khoảng 48 triệu", "48", 48e6, "money", "USD", approx="about", subject=XK, period=Y22, location=VN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject=XK, period=Y22, location=VN),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền tự động công ty đầu tư thêm", period=Y24),
    fig("khoảng 12 tỷ", "12", 12e9, "money", "đồng", approx="about", status="forecast",
        subject="trị giá dây chuyền tự động", period=Y24),
    fig("lên 35.000 sản phẩm", "35.000", 35000, "measure", "sản phẩm/tháng", status="forecast",
        subject="công suất của công ty", period=Y24),
    fig("thêm 80 lao động", "80", 80, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
]

NOTES = [
    "News agency (TTXVN): dateline 'Hải Phòng, 14/11/2023 (TTXVN) -', section menu, closing '(TTXVN)'.",
    "Distractors: product names HD-275N, HD-R2, HD-06; 'made in Vietnam'; 'Năm 2022'/'năm 2024' as periods only.",
    "The company stands in huyện An Dương: its figures take location An Dương (default); national industry figures (Bộ Công Thương) Việt Nam.",
    "'khoảng 25.000 áo phao mỗi tháng' is a rate: measure, 'áo phao/tháng'; 'hơn 3 triệu sản phẩm mỗi năm' likewise 'sản phẩm/năm'.",
    "'trong đó hơn 60% dành cho xuất khẩu' is a percent figure of its own (a share, no base amount of its own).",
    "'cả năm nay' = 2023 (published). 'đứng thứ 3 khu vực Đông Nam Á' is Việt Nam's rank (subject: the export value it ranks).",
    "'dự kiến' governs the whole last sentence (forecast).",
]

if __name__ == "__main__":
    write("p1256-7", TEXT, NOTES, FIGS, published="2023-11-14", location="An Dương")
