"""p1267-6: national newspaper (TP HCM): rooftop hydroponics, home kits, the city's soilless vegetable area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 7/12/2024, 08:10 (GMT+7)

Trồng rau thủy canh trên sân thượng

Bộ kit thủy canh tại nhà bán chạy ở TP HCM khi nhiều gia đình muốn tự chủ nguồn rau sạch.

Trên sân thượng rộng khoảng 40 m2 của căn nhà ở phường 12, quận Gò Vấp, chị Phạm Thu Ngân lắp 6 giàn thủy canh với hơn 500 lỗ trồng. Mỗi tuần gia đình chị thu 8-10 kg xà lách, cải bẹ xanh, đủ dùng và còn biếu hàng xóm. "Tiền điện cho máy bơm chỉ khoảng 120.000 đồng mỗi tháng", chị nói.

Chị Ngân mua bộ kit của Công ty TNHH Nông nghiệp Đô thị Xanh Sài Gòn. Ông Võ Hoàng Nam, giám đốc công ty, cho biết năm nay công ty bán được khoảng 2.400 bộ, gấp 1,5 lần năm 2023; hơn 60% khách hàng là hộ gia đình sống ở chung cư, nhà phố. Mỗi bộ loại 36 lỗ trồng có giá từ 1,8 đến 2,5 triệu đồng, loại lớn dùng cho sân thượng giá 12-15 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn TP HCM, thành phố hiện có khoảng 240 ha rau trồng thủy canh, trên giá thể trong nhà màng, chủ yếu ở Củ Chi, Hóc Môn, Bình Chánh. Năm 2024, sản lượng rau của các mô hình này ước đạt 21.000 tấn, đáp ứng chưa đến 5% nhu cầu rau của thành phố. Thành phố hơn 9 triệu dân hiện vẫn nhập phần lớn rau từ Lâm Đồng và các tỉnh miền Tây. Trung tâm Khuyến nông thành phố mỗi tháng mở 2 lớp hướng dẫn trồng rau thủy canh tại nhà, miễn phí cho người dân.

Lam Giang
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
GV = "Gò Vấp"

FIGS = [
    fig("khoảng 40 m2", "40", 40, "measure", "m2", approx="about", subject="diện tích sân thượng", location=GV),
    fig("lắp 6 giàn", "6", 6, "count", "giàn", subject="giàn thủy canh chị Ngân lắp", location=GV),
    fig("hơn 500 lỗ", "500", 500, "count", "lỗ trồng", approx="over", subject="lỗ trồng của các giàn thủy canh",
        location=GV),
    fig("thu 8-10 kg", "8", 8, "measure", "kg/tuần", value_max=10,
        subject="xà lách, cải bẹ xanh gia đình chị thu mỗi tuần", location=GV),
    fig("khoảng 120.000 đồng", "120.000", 120000, "money", "đồng/tháng", approx="about",
        subject="tiền điện cho máy bơm", location=GV),
    fig("khoảng 2.400 bộ", "2.400", 2400, "count", "bộ", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="bộ kit công ty bán được", period=NOW),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ khách hàng là hộ gia đình sống ở chung cư, nhà phố", period=NOW),
    fig("loại 36 lỗ", "36", 36, "count", "lỗ trồng", optional=True),
    fig("từ 1,8 đến 2,5 triệu", "1,8", 1.8e6, "money", "đồng/bộ", value_max=2.5e6,
        subject="giá mỗi bộ kit loại 36 lỗ trồng"),
    fig("giá 12-15 triệu", "12", 12e6, "money", "đồng/bộ", value_max=15e6,
        subject="giá bộ kit loại lớn dùng cho sân thượng"),
    fig("khoảng 240 ha", "240", 240, "measure", "ha", approx="about",
        subject="diện tích rau trồng thủy canh, trên giá thể trong nhà màng"),
    fig("ước đạt 21.000 tấn", "21.000", 21000, "measure", "tấn", status="estimate",
        subject="sản lượng rau của các mô hình", period=Y24),
    fig("chưa đến 5%", "5", 5, "percent", "%", approx="under", status="estimate",
        subject="tỷ lệ đáp ứng nhu cầu rau của thành phố", period=Y24),
    fig("hơn 9 triệu dân", "9", 9e6, "count", "dân", approx="over", subject="dân thành phố"),
    fig("mở 2 lớp", "2", 2, "measure", "lớp/tháng",
        subject="lớp hướng dẫn trồng rau thủy canh tại nhà Trung tâm Khuyến nông mở mỗi tháng"),
]

NOTES = [
    "revised after the first run: 'mỗi tháng mở 2 lớp' (lớp/tháng) kind count → measure: a rate with a denominator is a measure (FIGURES.md, Rates).",
    "National newspaper: section path, 'Thứ bảy, 7/12/2024, 08:10 (GMT+7)', headline, sapo, byline at the end. Default location TP HCM.",
    "The rooftop garden is in phường 12, quận Gò Vấp → location Gò Vấp for its five figures; the company (no district named) → TP HCM.",
    "'Mỗi tuần ... 8-10 kg' → kg/tuần; 'khoảng 120.000 đồng mỗi tháng' → đồng/tháng; 'mỗi tháng mở 2 lớp' → lớp/tháng; 'Mỗi bộ ... có giá' → đồng/bộ.",
    "'năm nay' = 2024 (published); it stands in the sentence of 2.400 bộ and of 'hơn 60%' (after ';'). 'gấp 1,5 lần năm 2023' → change in lần.",
    "'loại 36 lỗ trồng' names a kit model: optional (a spec of the product, close to a name).",
    "'ước đạt 21.000 tấn, đáp ứng chưa đến 5% nhu cầu' → the clause continues the estimate; 'đáp ứng' is not a share cue of the spec",
    "(đạt/chiếm/bằng/tương đương) and the 5% is of demand, not of the 21.000 tấn: a percent figure of its own (under, estimate).",
    "'Thành phố hơn 9 triệu dân hiện ...' is a count with no period ('hiện').",
    "Distractors: 08:10, '(GMT+7)', 'phường 12', '7/12/2024'.",
]

if __name__ == "__main__":
    write("p1267-6", TEXT, NOTES, FIGS, published="2024-12-07", location="TP Hồ Chí Minh")
