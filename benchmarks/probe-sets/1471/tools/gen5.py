"""p1471-5: provincial Party newspaper (Báo Bắc Giang, '(BGĐT) -'): a water-heater exporter in thị xã Việt Yên, H1 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế | Công nghiệp

Đơn hàng bình nóng lạnh xuất khẩu tăng mạnh

Thứ Hai, 08/07/2024 | 10:15

(BGĐT) - 6 tháng đầu năm, Công ty TNHH Nhiệt Việt Phát tại Khu công nghiệp Quang Châu (thị xã Việt Yên) xuất khẩu hơn 185.000 bình nóng lạnh, gấp 1,6 lần cùng kỳ; đơn hàng đã kín đến hết quý III.

Công ty có 2 nhà xưởng trên diện tích 3,2 ha, hiện sử dụng 620 lao động, trong đó lao động nữ chiếm 58%. Nhờ đơn hàng ổn định, thu nhập bình quân của người lao động đạt 8,6 triệu đồng/tháng, cao hơn 700.000 đồng so với năm 2023.

Ông Nguyễn Hữu Thành, Giám đốc công ty cho biết, mỗi ngày nhà máy xuất xưởng khoảng 1.500 sản phẩm, gồm các loại bình từ 15 đến 30 lít mang thương hiệu VPT-Home, trong đó dòng VPT-S20 bán chạy nhất. Thị trường chính là Hàn Quốc, Úc và các nước Trung Đông; riêng Hàn Quốc chiếm 46% sản lượng xuất khẩu.

Doanh thu 6 tháng đạt 236 tỷ đồng, bằng 54% kế hoạch năm. Năm nay, công ty phấn đấu doanh thu 440 tỷ đồng, nộp ngân sách trên 12 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 6 doanh nghiệp sản xuất thiết bị đun nước nóng, gồm 4 doanh nghiệp FDI và 2 doanh nghiệp trong nước. 6 tháng đầu năm, giá trị xuất khẩu nhóm hàng này ước đạt 31 triệu USD, tăng 27% so với cùng kỳ năm 2023.

HOÀNG ANH

Tin cùng chuyên mục
- Việt Yên: Thu hút thêm 3 dự án FDI vào khu công nghiệp
- Lục Nam phát triển sản phẩm OCOP 4 sao
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
VY = "Việt Yên"

FIGS = [
    fig("hơn 185.000 bình", "185.000", 185000, "count", "bình", approx="over",
        change=chg("increase", 1.6, "lần", "cùng kỳ"),
        subject="bình nóng lạnh Công ty TNHH Nhiệt Việt Phát xuất khẩu", period=H1, location=VY),
    fig("có 2 nhà xưởng", "2", 2, "count", "nhà xưởng", subject="nhà xưởng của công ty", location=VY),
    fig("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà xưởng", location=VY),
    fig("sử dụng 620 lao động", "620", 620, "count", "lao động", subject="lao động công ty sử dụng",
        location=VY),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="lao động nữ", location=VY),
    fig("đạt 8,6 triệu", "8,6", 8.6e6, "money", "đồng/tháng",
        change=chg("increase", 700000, "đồng", "năm 2023"),
        subject="thu nhập bình quân của người lao động", location=VY),
    fig("khoảng 1.500 sản phẩm", "1.500", 1500, "measure", "sản phẩm/ngày", approx="about",
        subject="sản phẩm nhà máy xuất xưởng mỗi ngày", location=VY),
    fig("từ 15 đến 30 lít", "15", 15, "measure", "lít", value_max=30,
        subject="dung tích các loại bình", location=VY, optional=True),
    fig("chiếm 46%", "46", 46, "percent", "%", subject="Hàn Quốc trong sản lượng xuất khẩu", location=VY),
    fig("đạt 236 tỷ", "236", 236e9, "money", "đồng", percent=54, subject="doanh thu", period=H1s,
        location=VY),
    fig("doanh thu 440 tỷ", "440", 440e9, "money", "đồng", status="target", subject="doanh thu",
        period=Y24, location=VY),
    fig("trên 12 tỷ", "12", 12e9, "money", "đồng", approx="over", status="target",
        subject="nộp ngân sách", period=Y24, location=VY),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị đun nước nóng"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6, subject="doanh nghiệp FDI"),
    fig("và 2 doanh nghiệp trong", "2", 2, "count", "doanh nghiệp", total=6,
        subject="doanh nghiệp trong nước"),
    fig("ước đạt 31 triệu", "31", 31e6, "money", "USD", status="estimate",
        change=chg("increase", 27, "%", "cùng kỳ năm 2023"),
        subject="giá trị xuất khẩu nhóm hàng thiết bị đun nước nóng", period=H1),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section line, 'Thứ Hai, 08/07/2024 | 10:15', tag '(BGĐT) -', byline HOÀNG ANH, related links.",
    "Distractors: 10:15, 'hết quý III' (a period only), brand 'VPT-Home' and model 'VPT-S20', 'OCOP 4 sao', '3 dự án FDI' in a link title",
    "(page furniture, not the article's claim).",
    "The company passage (KCN Quang Châu, thị xã Việt Yên) → location Việt Yên; the province's figures in the last paragraph → Bắc Giang.",
    "'gấp 1,6 lần cùng kỳ' after 185.000 bình is its change (increase, 1,6 lần).",
    "'trong đó lao động nữ chiếm 58%' is a percent figure of its own; 'cao hơn 700.000 đồng so với năm 2023' is a change in đồng.",
    "'mỗi ngày ... khoảng 1.500 sản phẩm' is a daily rate (measure, sản phẩm/ngày). 'các loại bình từ 15 đến 30 lít' is a product",
    "size range: optional. 'riêng Hàn Quốc chiếm 46%' is a share of a trade partner: percent figure, location stays Việt Yên.",
    "'bằng 54% kế hoạch năm' → percent 54 of the 236 tỷ. 'Năm nay ... phấn đấu' governs both continuing clauses (target), 2024.",
    "'gồm 4 ... và 2 ...' → total 6. Year-less '6 tháng đầu năm' takes 2024 from the dateline.",
]

if __name__ == "__main__":
    write("p1471-5", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Giang")
