"""p1127-1: Bình Thuận province portal, dried seafood output 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bình Thuận: Sản lượng hải sản khô 9 tháng ước đạt gần 4.300 tấn

Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417

(binhthuan.gov.vn) - 9 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn tỉnh Bình Thuận ước sản xuất 4.286 tấn hải sản khô các loại, đạt 76,5% kế hoạch năm, tăng 8,3% so với cùng kỳ năm 2023. Trong đó, mực khô 1.142 tấn, cá khô 2.305 tấn, tôm khô và các loại khác 839 tấn.

Toàn tỉnh hiện có 1.260 cơ sở, hộ gia đình chế biến hải sản khô, tập trung chủ yếu ở thị xã La Gi (312 cơ sở), huyện Tuy Phong (285 cơ sở) và TP Phan Thiết (241 cơ sở), thu hút khoảng 6.800 lao động, phần lớn là phụ nữ. Thu nhập của lao động phơi, sơ chế từ 5 đến 7 triệu đồng/người/tháng.

Giá mực khô tại các cơ sở ở Phan Thiết hiện dao động từ 650.000 đồng đến 1,2 triệu đồng/kg tùy kích cỡ, cao hơn khoảng 10% so với đầu năm; cá chỉ vàng khô khoảng 180.000 đồng/kg.

Đến nay, tỉnh có 14 sản phẩm hải sản khô được công nhận OCOP, trong đó 4 sản phẩm đạt 4 sao, 10 sản phẩm đạt 3 sao. Giá trị xuất khẩu hải sản khô 9 tháng ước đạt 21,4 triệu USD, chiếm 18,2% kim ngạch xuất khẩu thủy sản của tỉnh; thị trường chính là Hàn Quốc, Nhật Bản và Trung Quốc.

Năm 2024, tỉnh phấn đấu sản lượng hải sản khô đạt 5.600 tấn. Theo Quyết định số 1530/QĐ-UBND, cơ sở đầu tư lò sấy năng lượng mặt trời thay cho phơi trên vỉa hè, bãi cát được hỗ trợ 50% kinh phí, tối đa 200 triệu đồng/cơ sở.
"""

HEAD9 = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "cơ sở, hộ gia đình chế biến hải sản khô"

FIGS = [
    fig("ước đạt gần 4.300 tấn", "4.300", 4300, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng hải sản khô", period=HEAD9),
    fig("ước sản xuất 4.286 tấn", "4.286", 4286, "measure", "tấn", percent=76.5,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="hải sản khô các loại các cơ sở chế biến sản xuất", period=NINE),
    fig("mực khô 1.142 tấn", "1.142", 1142, "measure", "tấn", total=4286, status="estimate",
        subject="sản lượng mực khô", period=inh(NINE)),
    fig("cá khô 2.305 tấn", "2.305", 2305, "measure", "tấn", total=4286, status="estimate",
        subject="sản lượng cá khô", period=inh(NINE)),
    fig("khác 839 tấn", "839", 839, "measure", "tấn", total=4286, status="estimate",
        subject="sản lượng tôm khô và các loại khác", period=inh(NINE)),
    fig("hiện có 1.260 cơ sở", "1.260", 1260, "count", "cơ sở, hộ gia đình", subject=SUBJ_LIST),
    fig("La Gi (312 cơ sở)", "312", 312, "count", "cơ sở", subject=SUBJ_LIST, location="La Gi"),
    fig("Tuy Phong (285 cơ sở)", "285", 285, "count", "cơ sở", subject=SUBJ_LIST, location="Tuy Phong"),
    fig("Phan Thiết (241 cơ sở)", "241", 241, "count", "cơ sở", subject=SUBJ_LIST, location="Phan Thiết"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động chế biến hải sản khô"),
    fig("từ 5 đến 7 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=7000000,
        subject="thu nhập của lao động phơi, sơ chế"),
    fig("từ 650.000 đồng đến 1,2 triệu", "650.000", 650000, "money", "đồng/kg", value_max=1200000,
        change=chg("increase", 10, "%", "đầu năm", approx="about"),
        subject="giá mực khô", location="Phan Thiết"),
    fig("khoảng 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", approx="about",
        subject="giá cá chỉ vàng khô", location="Phan Thiết"),
    fig("có 14 sản phẩm", "14", 14, "count", "sản phẩm",
        subject="sản phẩm hải sản khô được công nhận OCOP"),
    fig("4 sản phẩm đạt 4 sao", "4", 4, "count", "sản phẩm", total=14,
        subject="sản phẩm hải sản khô OCOP đạt 4 sao"),
    fig("10 sản phẩm", "10", 10, "count", "sản phẩm", total=14,
        subject="sản phẩm hải sản khô OCOP đạt 3 sao"),
    fig("ước đạt 21,4 triệu USD", "21,4", 21400000, "money", "USD", percent=18.2, status="estimate",
        subject="giá trị xuất khẩu hải sản khô", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", status="target",
        subject="sản lượng hải sản khô", period=Y24),
    fig("hỗ trợ 50% kinh phí", "50", 50, "percent", "%",
        subject="kinh phí hỗ trợ đầu tư lò sấy năng lượng mặt trời"),
    fig("tối đa 200 triệu", "200", 200000000, "money", "đồng/cơ sở", approx="at_most",
        subject="mức hỗ trợ đầu tư lò sấy năng lượng mặt trời"),
]

NOTES = [
    "Province portal (Bình Thuận): dried seafood output 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:20, Quyết định số 1530/QĐ-UBND, OCOP star levels '4 sao', '3 sao' (labels, like 'mức độ 3').",
    "Headline '9 tháng' takes the year of published (2024). The 312/285/241 district list does not add up to 1.260: no total.",
    "'hiện', 'Đến nay' give no period. The 4.286 tấn lead is 'ước' (estimate); its 'Trong đó' parts continue it (estimate).",
    "The support rule (50%, tối đa 200 triệu đồng/cơ sở) is a standing rule in its own sentence: actual, no period.",
]

if __name__ == "__main__":
    write("p1127-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Thuận")
