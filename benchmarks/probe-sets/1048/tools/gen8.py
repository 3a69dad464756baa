"""p1048-8: Báo Hòa Bình online, '(HBĐT) -' tag, headline figure; velvet in Lạc Thủy district, first half of 2025."""
from lib import F, write, period, inherit, change

TEXT = """Báo Hòa Bình điện tử
Kinh tế > Nông nghiệp
Lạc Thủy thu gần 9 tỷ đồng từ nhung hươu
Thứ Tư, 25/06/2025 | 10:15

(HBĐT) - Từ đầu năm đến nay, các hộ nuôi hươu trên địa bàn huyện Lạc Thủy đã thu hoạch khoảng 480 kg nhung, tăng 9% so với cùng kỳ năm 2024, giá trị gần 9 tỷ đồng. Cả năm 2024, toàn huyện thu 820 kg nhung, doanh thu hơn 15 tỷ đồng.

Toàn huyện hiện có 1.160 con hươu sao của 310 hộ nuôi, trong đó xã Đồng Tâm 420 con, xã Lạc Long 285 con, thị trấn Chi Nê 190 con. Riêng quý II/2025, huyện có thêm 18 hộ mới tham gia nuôi hươu.

Hiện giá nhung hươu tươi ở mức 1,8-2 triệu đồng/lạng, nhung khô từ 4,5 đến 5 triệu đồng/lạng. Theo tính toán của Phòng Nông nghiệp và Môi trường huyện, thu nhập từ nuôi hươu cao gấp 3 lần so với trồng keo trên cùng diện tích. Ông Quách Văn Bảy, Phó Chủ tịch UBND huyện, cho biết nhiều hộ đã liên kết với Công ty CP Dược liệu Tây Bắc 79 để bao tiêu sản phẩm, giúp người nuôi yên tâm mở rộng đàn.

Gia đình bà Bùi Thị Hai ở xóm Đồng Bớp, xã Đồng Tâm, cạnh Quốc lộ 21A, nuôi 35 con hươu. Mỗi năm gia đình thu khoảng 14 kg nhung, lãi trên 180 triệu đồng.

Huyện đặt mục tiêu đến năm 2027 nâng tổng đàn lên 1.500 con, gấp gần 1,3 lần hiện nay; đồng thời xây dựng 2 sản phẩm OCOP từ nhung hươu đạt 3 sao trở lên.

Hoàng Lan
"""

YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-06-25")
Y24 = period("Cả năm 2024", "2024-01-01", "2024-12-31")
T27 = period("đến năm 2027", end="2027-12-31")

FIGS = [
    F("Thủy thu gần 9 tỷ", "9", 9e9, "money", "đồng", "giá trị nhung hươu thu hoạch", approx="nearly",
      period=inherit(YTD)),
    F("khoảng 480 kg", "480", 480, "measure", "kg", "nhung hươu thu hoạch", approx="about",
      change=change("increase", 9, "%", "cùng kỳ năm 2024"), period=YTD),
    F("giá trị gần 9 tỷ", "9", 9e9, "money", "đồng", "giá trị nhung hươu thu hoạch", approx="nearly", period=YTD),
    F("thu 820 kg", "820", 820, "measure", "kg", "nhung hươu thu hoạch", period=Y24),
    F("hơn 15 tỷ", "15", 15e9, "money", "đồng", "doanh thu từ nhung hươu", approx="over", period=Y24),
    F("có 1.160 con", "1.160", 1160, "count", "con", "hươu sao"),
    F("của 310 hộ", "310", 310, "count", "hộ", "hộ nuôi hươu"),
    F("Đồng Tâm 420 con", "420", 420, "count", "con", "hươu sao xã Đồng Tâm", total=1160),
    F("Lạc Long 285 con", "285", 285, "count", "con", "hươu sao xã Lạc Long", total=1160),
    F("Chi Nê 190 con", "190", 190, "count", "con", "hươu sao thị trấn Chi Nê", total=1160),
    F("thêm 18 hộ", "18", 18, "count", "hộ", "hộ mới tham gia nuôi hươu",
      period=period("quý II/2025", "2025-04-01", "2025-06-30")),
    F("mức 1,8-2 triệu", "1,8", 1800000, "money", "đồng/lạng", "giá nhung hươu tươi", value_max=2000000),
    F("từ 4,5 đến 5 triệu", "4,5", 4500000, "money", "đồng/lạng", "giá nhung hươu khô", value_max=5000000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ nuôi hươu so với trồng keo"),
    F("nuôi 35 con", "35", 35, "count", "con", "hươu của gia đình bà Bùi Thị Hai"),
    F("khoảng 14 kg", "14", 14, "measure", "kg", "nhung gia đình thu mỗi năm", approx="about"),
    F("trên 180 triệu", "180", 180e6, "money", "đồng", "lãi của gia đình", approx="over"),
    F("lên 1.500 con", "1.500", 1500, "count", "con", "tổng đàn hươu", status="target",
      change=change("increase", 1.3, "lần", "hiện nay", "nearly"), period=T27),
    F("xây dựng 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP từ nhung hươu", status="target", period=T27),
    F("đạt 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP tối thiểu", approx="at_least", optional=True),
]

NOTES = [
    "Probe 1048-8: Báo Hòa Bình online, headline figure, 'Thứ Tư, 25/06/2025 | 10:15', '(HBĐT) -' tag, byline at the end.",
    "Location Lạc Thủy (district) throughout; communes/thị trấn of the 'trong đó' list stay in the subject (not a district).",
    "The 'trong đó' parts count con like 1.160 (not the 310 hộ just before the cue) -> total 1160.",
    "'gấp 3 lần' stands alone as the claim -> multiple; 'gấp gần 1,3 lần hiện nay' is the change of the 1.500 target.",
    "Headline '9 tỷ' has no period phrase of its own (inherited from 'Từ đầu năm đến nay'). '3 sao trở lên' optional (class).",
    "Not figures: HBĐT, 10:15, Thứ Tư, Quốc lộ 21A, xóm Đồng Bớp, Bùi Thị Hai, Quách Văn Bảy, Công ty CP Dược liệu Tây Bắc 79, quý II/2025 itself.",
]

write(8, TEXT, FIGS, NOTES, published="2025-06-25", location="Lạc Thủy")
