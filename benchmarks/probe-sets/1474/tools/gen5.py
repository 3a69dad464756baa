"""p1474-5: Party newspaper (Báo Nam Định): a baby-clothes exporter in huyện Xuân Trường; provincial figures."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế - Doanh nghiệp

Đồ sơ sinh "made in Xuân Trường" vào thị trường Nhật Bản

Thứ Hai, 15/07/2024 07:45

Từ một xưởng may nhỏ với 20 công nhân thành lập năm 2012, đến nay Công ty TNHH May mặc Hoa Sen Nhí đã có 3 nhà xưởng, mỗi năm xuất khẩu hơn 4 triệu sản phẩm đồ sơ sinh sang Nhật Bản, Hàn Quốc và châu Âu.

(NĐO) - Đặt tại xã Xuân Trung, huyện Xuân Trường, công ty hiện có 1.150 lao động, trong đó gần 90% là lao động nữ ở các xã lân cận. Thu nhập bình quân của người lao động năm 2023 đạt 8,7 triệu đồng/người/tháng, tăng 500.000 đồng so với năm 2022.

Sản phẩm chủ lực của công ty là bộ quần áo sơ sinh, khăn xô, túi ngủ và chăn ủ cho trẻ dưới 24 tháng tuổi. Năm 2023, doanh thu của công ty đạt 312 tỷ đồng, tăng 17,5% so với năm trước; kim ngạch xuất khẩu đạt 11,8 triệu USD, vượt 8% kế hoạch.

Ông Trần Văn Khải, Giám đốc công ty cho biết: “Đơn hàng 6 tháng đầu năm 2024 tăng khoảng 20% so với cùng kỳ, đã kín lịch sản xuất đến tháng 10. Công ty dự kiến tuyển thêm 150 lao động và đầu tư dây chuyền thêu vi tính trị giá khoảng 25 tỷ đồng”.

Theo Sở Công Thương, toàn tỉnh hiện có 27 doanh nghiệp may đồ trẻ em và đồ sơ sinh. 6 tháng đầu năm 2024, xuất khẩu nhóm hàng này ước đạt 64,5 triệu USD, tăng 11,3% so với cùng kỳ, đứng thứ hai trong các nhóm hàng dệt may xuất khẩu của tỉnh. Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu đồ trẻ em đạt trên 135 triệu USD.

Thanh Hương
"""

Y12 = per("năm 2012", "2012-01-01", "2012-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
H1Q = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
XT = "Xuân Trường"
ND = "Nam Định"

FIGS = [
    fig("với 20 công nhân", "20", 20, "count", "công nhân", subject="công nhân xưởng may lúc thành lập",
        period=Y12, location=XT),
    fig("có 3 nhà xưởng", "3", 3, "count", "nhà xưởng", subject="nhà xưởng của Công ty TNHH May mặc Hoa Sen Nhí",
        location=XT),
    fig("hơn 4 triệu", "4", 4e6, "measure", "sản phẩm/năm", approx="over",
        subject="sản phẩm đồ sơ sinh xuất khẩu mỗi năm", location=XT),
    fig("có 1.150 lao động", "1.150", 1150, "count", "lao động", subject="lao động của công ty", location=XT),
    fig("gần 90%", "90", 90, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ", location=XT),
    fig("đạt 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        change=chg("increase", 500000, "đồng", "năm 2022"),
        subject="thu nhập bình quân của người lao động", period=Y23, location=XT),
    fig("dưới 24 tháng", "24", 24, "measure", "tháng tuổi", approx="under",
        subject="độ tuổi trẻ dùng sản phẩm", location=XT, optional=True),
    fig("đạt 312 tỷ", "312", 312e9, "money", "đồng", change=chg("increase", 17.5, "%", "năm trước"),
        subject="doanh thu của công ty", period=Y23b, location=XT),
    fig("đạt 11,8 triệu", "11,8", 11.8e6, "money", "USD", change=chg("increase", 8, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu của công ty", period=Y23b, location=XT),
    fig("tăng khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="đơn hàng", period=H1Q, location=XT),
    fig("thêm 150 lao động", "150", 150, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", location=XT),
    fig("khoảng 25 tỷ", "25", 25e9, "money", "đồng", approx="about", status="forecast",
        subject="trị giá dây chuyền thêu vi tính", location=XT),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp may đồ trẻ em và đồ sơ sinh", location=ND),
    fig("ước đạt 64,5 triệu", "64,5", 64.5e6, "money", "USD", status="estimate",
        change=chg("increase", 11.3, "%", "cùng kỳ"),
        subject="xuất khẩu đồ trẻ em và đồ sơ sinh", period=H1Q, location=ND),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", status="estimate",
        subject="xuất khẩu đồ trẻ em và đồ sơ sinh trong các nhóm hàng dệt may xuất khẩu của tỉnh",
        period=H1Q, location=ND),
    fig("trên 135 triệu", "135", 135e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu đồ trẻ em", period=Y24, location=ND),
]

NOTES = [
    "Party newspaper (Báo Nam Định): headline, 'Thứ Hai, 15/07/2024 07:45', sapo, tag '(NĐO) -', quote, byline at the end.",
    "Distractors: 07:45, 'năm 2012' (founding year), 'đến tháng 10' (a date in a quote), the tag (NĐO).",
    "The company (xã Xuân Trung, huyện Xuân Trường) → location Xuân Trường for its figures; provincial figures → Nam Định.",
    "'20 công nhân thành lập năm 2012' → period 2012 (the workshop's size at founding). 'mỗi năm ... hơn 4 triệu sản phẩm' is a rate.",
    "'trong đó gần 90% là lao động nữ' is a percent figure of its own. 'tăng 500.000 đồng so với năm 2022' → change in đồng.",
    "'dưới 24 tháng tuổi' describes the products' users (a definitional bound): optional.",
    "'vượt 8% kế hoạch' → change (increase 8, baseline kế hoạch). 'Đơn hàng ... tăng khoảng 20%' is a growth rate as the claim.",
    "'dự kiến' governs both coordinated clauses (150 lao động, 25 tỷ) → forecast. 'đứng thứ hai' continues the 'ước đạt' clause → estimate.",
]

if __name__ == "__main__":
    write("p1474-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Nam Định")
