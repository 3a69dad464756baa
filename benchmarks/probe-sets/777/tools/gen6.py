"""p777-6: national press (VnExpress style) — Sa Pa brocade revenue, exports, prices, tourists."""
from lib import emit, fig, per, inh, ch

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 9/9/2024, 07:00 (GMT+7)

Thổ cẩm Sa Pa thu về hơn 70 tỷ đồng mỗi năm

Khoảng 2.300 phụ nữ người Mông, Dao đỏ ở thị xã Sa Pa (Lào Cai) sống bằng nghề dệt, thêu thổ cẩm, mỗi năm làm ra hơn 180.000 sản phẩm.

Theo UBND thị xã Sa Pa, năm 2023 doanh thu từ thổ cẩm đạt 72,6 tỷ đồng, tăng 31% so với năm 2022, trong đó doanh thu xuất khẩu đạt 28,4 tỷ đồng, tương đương khoảng 1,2 triệu USD. Sản phẩm được bán sang Pháp, Nhật Bản, Australia.

Bà Lý Thị Mẩy, chủ cơ sở thổ cẩm ở xã Tả Van, cho biết một bộ váy áo thêu tay của người Mông mất từ 3 đến 4 tháng mới hoàn thành, giá bán 4-6 triệu đồng. Khăn, túi nhỏ có giá 50.000-300.000 đồng, hợp túi tiền du khách.

Hiện thị xã có 86 cơ sở có cửa hàng giới thiệu sản phẩm, tập trung trên phố Cầu Mây. Riêng Công ty TNHH Thổ cẩm Sa Pa 68 mỗi năm đặt hàng khoảng 15.000 m vải nhuộm chàm của các hộ với giá 180.000-220.000 đồng/m.

8 tháng đầu năm 2024, Sa Pa đón khoảng 1,5 triệu lượt khách, tăng 16,3% so với cùng kỳ. Khảo sát của Phòng Văn hóa - Thông tin thị xã cho thấy khoảng 60% du khách có mua sản phẩm thổ cẩm.

Trên cả nước, theo Hiệp hội Làng nghề Việt Nam, có khoảng 80 làng nghề dệt thổ cẩm được công nhận, thu hút gần 30.000 lao động.

Thị xã đặt mục tiêu đến năm 2025 doanh thu từ thổ cẩm đạt 100 tỷ đồng, số cơ sở có cửa hàng giới thiệu sản phẩm tăng lên 120.

Phạm Linh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 70 tỷ đồng", "70", 70e9, "money", "đồng", "doanh thu từ thổ cẩm Sa Pa mỗi năm", approx="over"),
    fig("Khoảng 2.300 phụ nữ", "2.300", 2300, "count", "phụ nữ", "phụ nữ người Mông, Dao đỏ sống bằng nghề dệt, thêu thổ cẩm",
        approx="about"),
    fig("hơn 180.000 sản phẩm", "180.000", 180000, "count", "sản phẩm", "sản phẩm thổ cẩm làm ra mỗi năm",
        approx="over"),
    fig("đạt 72,6 tỷ đồng", "72,6", 72.6e9, "money", "đồng", "doanh thu từ thổ cẩm", Y23,
        change=ch("increase", 31, baseline="năm 2022")),
    fig("đạt 28,4 tỷ đồng", "28,4", 28.4e9, "money", "đồng", "doanh thu xuất khẩu", Y23, total=72.6e9),
    fig("khoảng 1,2 triệu USD", "1,2", 1.2e6, "money", "USD", "doanh thu xuất khẩu", Y23, approx="about"),
    fig("từ 3 đến 4 tháng", "3", 3, "measure", "tháng", "thời gian hoàn thành một bộ váy áo thêu tay của người Mông",
        value_max=4),
    fig("bán 4-6 triệu đồng", "4", 4e6, "money", "đồng", "giá bán một bộ váy áo thêu tay", value_max=6e6),
    fig("50.000-300.000", "50.000", 50000, "money", "đồng", "giá khăn, túi nhỏ", value_max=300000),
    fig("có 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở có cửa hàng giới thiệu sản phẩm"),
    fig("khoảng 15.000 m", "15.000", 15000, "measure", "m", "vải nhuộm chàm Công ty TNHH Thổ cẩm Sa Pa 68 đặt hàng mỗi năm",
        approx="about"),
    fig("180.000-220.000", "180.000", 180000, "money", "đồng/m", "giá đặt hàng vải nhuộm chàm", value_max=220000),
    fig("khoảng 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", "lượt khách đến Sa Pa", M8,
        approx="about", change=ch("increase", 16.3, baseline="cùng kỳ")),
    fig("khoảng 60% du khách", "60", 60, "percent", "%", "du khách có mua sản phẩm thổ cẩm", approx="about"),
    fig("khoảng 80 làng nghề", "80", 80, "count", "làng nghề", "làng nghề dệt thổ cẩm được công nhận",
        approx="about", location="Việt Nam"),
    fig("gần 30.000 lao động", "30.000", 30000, "count", "lao động", "lao động làng nghề dệt thổ cẩm",
        approx="nearly", location="Việt Nam"),
    fig("đạt 100 tỷ đồng", "100", 100e9, "money", "đồng", "doanh thu từ thổ cẩm", T25, status="target"),
    fig("tăng lên 120", "120", 120, "count", "cơ sở", "cơ sở có cửa hàng giới thiệu sản phẩm", T25, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 9/9/2024, 07:00 (GMT+7)', byline at the end): Sa Pa brocade. Location: thị xã Sa Pa",
    "(district level); the national paragraph ('Trên cả nước') is Việt Nam. Export markets (Pháp, Nhật Bản, Australia) are not places.",
    "'trong đó doanh thu xuất khẩu đạt 28,4 tỷ' is a part of 72,6 tỷ (total). 'tương đương khoảng 1,2 triệu USD' is an equivalent",
    "amount, not a share: its own money figure (as h01's 'tương đương 1,488 triệu hồ sơ'). 'mất từ 3 đến 4 tháng' is the time a",
    "costume takes (a measure, like '35 phút'), not a period. '4-6 triệu đồng': the multiplier applies to both ends.",
    "'Công ty TNHH Thổ cẩm Sa Pa 68' is a name. The 86 shops 'hiện' and the 2025 target of 120 are separate figures (no change).",
    "'một bộ váy áo' is the unit priced, not a count (cf. '1 vạn dân'). Not figures: '(GMT+7)', the dateline, '07:00'.",
    "'mỗi năm' sentences and the headline get no period; the 60% survey share has no period phrase in its sentence.",
]

if __name__ == "__main__":
    emit("p777-6", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Sa Pa")
