"""p1082-5: Party/provincial newspaper (Báo Đồng Tháp), pangasius (cá tra) insurance; byline and bare date at the end."""
from lib import F, build, period, inherit, change, target

TEXT = """Kinh tế - Nông nghiệp
Bảo hiểm cá tra: Nông dân vẫn dè dặt

Sau hơn 1 năm triển khai chính sách hỗ trợ bảo hiểm nông nghiệp, tính đến cuối tháng 9/2023, toàn tỉnh Đồng Tháp mới có 37 hộ nuôi cá tra tham gia bảo hiểm, chỉ đạt 12,8% chỉ tiêu đề ra. Tổng diện tích được bảo hiểm là 64,2 ha, chủ yếu tại các huyện Tam Nông, Thanh Bình và TP Hồng Ngự.

Theo phương án bảo hiểm, số tiền bảo hiểm cá tra được xác định 1,45 tỷ đồng/ha, tỷ lệ phí 2,5%, tương đương khoảng 36 triệu đồng/ha. Với mức hỗ trợ 20% phí đối với hộ sản xuất khác, mỗi ha nuôi cá tra người dân vẫn phải tự đóng gần 29 triệu đồng.

Ông Nguyễn Văn Bảy, ngụ xã An Long, huyện Tam Nông, nuôi 3,5 ha cá tra, cho biết: “Giá cá tra nguyên liệu hiện chỉ 26.000-27.500 đồng/kg, lãi chừng 1.000-1.500 đồng/kg, trong khi phí bảo hiểm của gia đình tôi mỗi năm hơn 100 triệu đồng nên nhiều hộ chưa mặn mà”.

Năm 2023, dịch bệnh gan thận mủ, trắng mang làm khoảng 15% diện tích nuôi cá tra của tỉnh bị thiệt hại. Từ đầu năm đến nay, doanh nghiệp bảo hiểm đã bồi thường cho 5 hộ với tổng số tiền 1,12 tỷ đồng; riêng hộ ông Trần Văn Sáu (xã Tân Thạnh, huyện Thanh Bình) nhận 410 triệu đồng, giúp gia đình có vốn thả nuôi lại sau 2 tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 tỉnh phấn đấu có 120 hộ nuôi cá tra tham gia bảo hiểm với diện tích khoảng 300 ha. Hiện toàn tỉnh có hơn 2.300 ha nuôi cá tra thương phẩm, sản lượng năm 2022 đạt 537.000 tấn, tăng 6,4% so với năm 2021. Ngành nông nghiệp dự kiến phối hợp với các doanh nghiệp bảo hiểm tổ chức 12 lớp tập huấn cho người nuôi trong quý IV/2023.

HỮU NGHĨA
18/10/2023
"""

ASOF = period("tính đến cuối tháng 9/2023", None, "2023-09-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-10-18")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y22 = period("năm 2022", "2022-01-01", "2022-12-31")
Q4 = period("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("có 37 hộ", "37", 37, "count", "hộ", "hộ nuôi cá tra tham gia bảo hiểm", percent=12.8, period=ASOF),
    F("là 64,2 ha", "64,2", 64.2, "measure", "ha", "tổng diện tích cá tra được bảo hiểm", period=inherit(ASOF)),
    F("xác định 1,45 tỷ đồng/ha", "1,45", 1.45e9, "money", "đồng/ha", "số tiền bảo hiểm cá tra"),
    F("phí 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ phí bảo hiểm cá tra"),
    F("khoảng 36 triệu đồng/ha", "36", 36e6, "money", "đồng/ha", "phí bảo hiểm cá tra", approx="about"),
    F("hỗ trợ 20% phí", "20", 20, "percent", "%", "mức hỗ trợ phí bảo hiểm đối với hộ sản xuất khác"),
    F("gần 29 triệu đồng", "29", 29e6, "money", "đồng/ha", "phí bảo hiểm người dân tự đóng", approx="nearly"),
    F("nuôi 3,5 ha cá tra", "3,5", 3.5, "measure", "ha", "diện tích nuôi cá tra của hộ ông Nguyễn Văn Bảy",
      location="Tam Nông", optional=True),
    F("chỉ 26.000-27.500 đồng/kg", "26.000", 26000, "money", "đồng/kg", "giá cá tra nguyên liệu", value_max=27500),
    F("chừng 1.000-1.500 đồng/kg", "1.000", 1000, "money", "đồng/kg", "lãi nuôi cá tra", value_max=1500,
      approx="about"),
    F("hơn 100 triệu đồng", "100", 100e6, "money", "đồng/năm", "phí bảo hiểm của gia đình ông Bảy",
      approx="over", location="Tam Nông"),
    F("khoảng 15% diện tích", "15", 15, "percent", "%", "diện tích nuôi cá tra bị thiệt hại do dịch bệnh",
      approx="about", period=Y23),
    F("cho 5 hộ", "5", 5, "count", "hộ", "hộ được bồi thường", period=YTD),
    F("số tiền 1,12 tỷ đồng", "1,12", 1.12e9, "money", "đồng", "tổng số tiền bồi thường", period=YTD),
    F("nhận 410 triệu đồng", "410", 410e6, "money", "đồng", "số tiền bồi thường hộ ông Trần Văn Sáu nhận",
      location="Thanh Bình", period=YTD),
    F("có 120 hộ", "120", 120, "count", "hộ", "hộ nuôi cá tra tham gia bảo hiểm", status="target", period=Y24),
    F("khoảng 300 ha", "300", 300, "measure", "ha", "diện tích cá tra tham gia bảo hiểm", approx="about",
      status="target", period=Y24),
    F("hơn 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích nuôi cá tra thương phẩm", approx="over"),
    F("đạt 537.000 tấn", "537.000", 537000, "measure", "tấn", "sản lượng cá tra",
      change=change("increase", 6.4, "%", "năm 2021"), period=Y22),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn cho người nuôi", status="forecast", period=Q4),
]

build("p1082-5", TEXT, FIGS, published="2023-10-18", location="Đồng Tháp", comments=[
    "Provincial Party newspaper (Báo Đồng Tháp) style: byline HỮU NGHĨA and bare date 18/10/2023 at the end.",
    "'Sau hơn 1 năm triển khai' and 'sau 2 tháng' are durations that locate events in time: not figures.",
    "'chỉ đạt 12,8% chỉ tiêu đề ra' → percent of the 37 hộ (the figure before it). 'tính đến cuối tháng 9/2023' → as-of 2023-09-30.",
    "Per-ha amounts keep /ha; 'mỗi ha … gần 29 triệu đồng' → đồng/ha; 'mỗi năm hơn 100 triệu đồng' → đồng/năm.",
    "The farmer's farm size '3,5 ha' is the example's specification: optional. His own premium is located in his district Tam Nông;",
    "market price and margin (26.000-27.500, 1.000-1.500 đồng/kg) are the province's (Đồng Tháp). The 410 triệu (riêng hộ ông Sáu) is Thanh Bình, no total ('riêng' is no part-of cue in the spec).",
    "'Ngành nông nghiệp dự kiến … tổ chức 12 lớp … trong quý IV/2023' → forecast.",
    "Distractors: names Nguyễn Văn Bảy, Trần Văn Sáu; 'tháng 9/2023'; the bare date 18/10/2023.",
])
