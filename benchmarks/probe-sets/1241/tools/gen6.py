"""p1241-6: national newspaper (VnExpress style): Văn Giang (Hưng Yên) lily blooming early before Tết 2025."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Nông nghiệp
Thứ bảy, 18/1/2025, 07:45 (GMT+7)

Nông dân Văn Giang lo hoa ly nở sớm trước Tết

Hưng Yên - Thời tiết nồm ấm khiến khoảng 30% diện tích hoa ly ở Văn Giang nở sớm, giá thu mua giảm 40-50% so với Tết năm ngoái.

Bà Đỗ Thị Hạnh, 56 tuổi, ở xã Xuân Quan, trồng 5 sào ly với 36.000 củ giống nhập từ Hà Lan, tổng vốn hơn 600 triệu đồng. Hơn một tuần nay, nhiều luống ly của bà đã bung nụ dù còn 11 ngày nữa mới đến Tết. "Thương lái chỉ trả 150.000 đồng một chục cành, trong khi năm ngoái cùng thời điểm là 250.000 đồng", bà Hạnh nói.

Theo UBND huyện Văn Giang, vụ Tết năm nay toàn huyện trồng khoảng 112 ha hoa ly, tăng 8 ha so với năm trước, tập trung ở các xã Xuân Quan, Phụng Công, Cửu Cao. Mỗi sào ly trồng 7.000-7.500 củ, chi phí 110-120 triệu đồng.

Ông Nguyễn Văn Quý, Phó chủ tịch UBND huyện, cho biết huyện đã khuyến cáo nông dân dùng đèn, che tối để điều chỉnh thời gian nở, đồng thời kết nối 3 doanh nghiệp bao tiêu khoảng 400.000 cành cho các siêu thị ở Hà Nội.

Theo Hiệp hội Hoa Việt Nam, mỗi năm cả nước nhập khẩu khoảng 150 triệu củ giống hoa ly, riêng dịp Tết chiếm 60%. Cũng theo Hiệp hội, giá củ giống nhập khẩu vụ này tăng 10-15% do đồng euro tăng giá và cước vận chuyển tăng.

Phạm Dự

Ý kiến (0)
"""

VN = "Việt Nam"

FIGS = [
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ diện tích hoa ly nở sớm"),
    fig("giảm 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="giá thu mua hoa ly giảm so với Tết năm ngoái"),
    fig("56 tuổi", "56", 56, "measure", "tuổi", optional=True, subject="tuổi bà Đỗ Thị Hạnh"),
    fig("trồng 5 sào", "5", 5, "measure", "sào",
        subject="diện tích ly bà Đỗ Thị Hạnh trồng"),
    fig("với 36.000 củ", "36.000", 36000, "count", "củ",
        subject="củ giống nhập từ Hà Lan bà Hạnh trồng"),
    fig("hơn 600 triệu", "600", 600000000, "money", "đồng", approx="over",
        subject="tổng vốn trồng ly của bà Hạnh"),
    fig("trả 150.000 đồng", "150.000", 150000, "money", "đồng/chục cành",
        subject="giá thương lái trả cho hoa ly"),
    fig("là 250.000 đồng", "250.000", 250000, "money", "đồng/chục cành",
        subject="giá thương lái trả năm ngoái cùng thời điểm"),
    fig("khoảng 112 ha", "112", 112, "measure", "ha", approx="about",
        change=chg("increase", 8, "ha", "năm trước"),
        subject="diện tích hoa ly vụ Tết toàn huyện"),
    fig("7.000-7.500 củ", "7.000", 7000, "measure", "củ/sào", value_max=7500,
        subject="củ ly trồng mỗi sào"),
    fig("110-120 triệu", "110", 110000000, "money", "đồng/sào", value_max=120000000,
        subject="chi phí mỗi sào ly"),
    fig("kết nối 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp bao tiêu hoa ly"),
    fig("khoảng 400.000 cành", "400.000", 400000, "count", "cành", approx="about",
        subject="cành hoa ly doanh nghiệp bao tiêu"),
    fig("khoảng 150 triệu củ", "150", 150000000, "count", "củ", approx="about",
        subject="củ giống hoa ly nhập khẩu mỗi năm", location=VN),
    fig("chiếm 60%", "60", 60, "percent", "%",
        subject="tỷ lệ củ giống hoa ly nhập cho dịp Tết", location=VN),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá củ giống nhập khẩu tăng", location=VN),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ bảy, 18/1/2025, 07:45 (GMT+7)', place tag 'Hưng Yên -', byline at the end, 'Ý kiến (0)'.",
    "Default location Văn Giang (district); the Hiệp hội Hoa Việt Nam paragraph is national (Việt Nam).",
    "Growth rates as the claim ('giá thu mua giảm 40-50%', 'giá củ giống ... tăng 10-15%') are percent figures with value_max, no change object.",
    "'riêng dịp Tết chiếm 60%' is a share of a subset with no base number of its own: a percent figure (like 'riêng ... đạt 97%').",
    "'150.000 đồng một chục cành' = money per ten stems (unit đồng/chục cành). 'Mỗi sào ly trồng 7.000-7.500 củ, chi phí 110-120 triệu đồng' are per-sào rates.",
    "Distractors: '(GMT+7)', time 07:45, 'Hơn một tuần nay' and 'còn 11 ngày nữa mới đến Tết' (durations that only locate), 'Ý kiến (0)'. '56 tuổi' optional.",
    "'vụ Tết năm nay', 'năm ngoái cùng thời điểm', 'vụ này' are seasons/relative times: no period given.",
]

if __name__ == "__main__":
    write("p1241-6", TEXT, NOTES, FIGS, published="2025-01-18", location="Văn Giang")
