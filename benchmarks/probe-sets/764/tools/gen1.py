"""p764-1: Tiền Giang province portal — quail flock H1/2024, districts, eggs, prices, VietGAHP, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Tiền Giang: Đàn chim cút đạt hơn 5,2 triệu con

Cập nhật: 18/07/2024 10:25 | Lượt xem: 1.482

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng đàn chim cút trên địa bàn tỉnh ước đạt hơn 5,2 triệu con, tăng 8,4% so với cùng kỳ năm 2023. Đàn cút tập trung chủ yếu ở các huyện Châu Thành (1,85 triệu con), Cai Lậy (1,1 triệu con), Chợ Gạo (760.000 con) và Tân Phước (540.000 con).

Sản lượng trứng cút 6 tháng ước đạt 412 triệu quả, tăng 6,1% so với cùng kỳ; trong đó, trứng tiêu thụ ngoài tỉnh chiếm khoảng 65%. Giá trứng cút bán tại trại dao động từ 280 đến 320 đồng/quả, giá cút thịt khoảng 18.000 đồng/con.

Ông Nguyễn Văn Tám, ngụ ấp 4, xã Long Định, huyện Châu Thành, cho biết gia đình nuôi 25.000 con cút đẻ, mỗi ngày thu khoảng 21.000 quả trứng.

Toàn tỉnh hiện có 1.236 hộ nuôi chim cút, trong đó 87 hộ nuôi quy mô từ 20.000 con trở lên. Đến nay, 14 cơ sở chăn nuôi cút đã được cấp giấy chứng nhận VietGAHP, đạt 70% kế hoạch năm 2024.

Theo Kế hoạch số 135/KH-UBND ngày 15/5/2023 của UBND tỉnh, phấn đấu đến năm 2025 tổng đàn chim cút của tỉnh đạt 6 triệu con, tỷ lệ đàn nuôi theo hướng an toàn sinh học đạt từ 40 đến 50%.

Cổng thông tin điện tử tỉnh Tiền Giang
Địa chỉ: số 23 đường 30/4, Phường 1, TP Mỹ Tho. Điện thoại: 0273.3873.521
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Đàn chim cút đạt hơn 5,2", "5,2", 5200000, "count", "con", "đàn chim cút", I(H1), approx="over"),
    F("ước đạt hơn 5,2 triệu con", "5,2", 5200000, "count", "con", "tổng đàn chim cút trên địa bàn tỉnh", H1,
      approx="over", change=CH("increase", 8.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("Châu Thành (1,85 triệu con)", "1,85", 1850000, "count", "con", "đàn cút", I(H1), location="Châu Thành"),
    F("Cai Lậy (1,1 triệu con)", "1,1", 1100000, "count", "con", "đàn cút", I(H1), location="Cai Lậy"),
    F("Chợ Gạo (760.000 con)", "760.000", 760000, "count", "con", "đàn cút", I(H1), location="Chợ Gạo"),
    F("Tân Phước (540.000 con)", "540.000", 540000, "count", "con", "đàn cút", I(H1), location="Tân Phước"),
    F("ước đạt 412 triệu quả", "412", 412000000, "count", "quả", "sản lượng trứng cút", H1b,
      change=CH("increase", 6.1, baseline="cùng kỳ"), status="estimate"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "trứng tiêu thụ ngoài tỉnh trong sản lượng trứng cút", H1b,
      approx="about", status="estimate"),
    F("từ 280 đến 320 đồng/quả", "280", 280, "money", "đồng/quả", "giá trứng cút bán tại trại", value_max=320),
    F("khoảng 18.000 đồng/con", "18.000", 18000, "money", "đồng/con", "giá cút thịt", approx="about"),
    F("nuôi 25.000 con cút đẻ", "25.000", 25000, "count", "con", "cút đẻ gia đình ông Nguyễn Văn Tám nuôi",
      location="Châu Thành"),
    F("khoảng 21.000 quả trứng", "21.000", 21000, "count", "quả", "trứng thu mỗi ngày", approx="about",
      location="Châu Thành"),
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ nuôi chim cút"),
    F("trong đó 87 hộ", "87", 87, "count", "hộ", "hộ nuôi quy mô từ 20.000 con trở lên", total=1236),
    F("từ 20.000 con trở lên", "20.000", 20000, "count", "con", "quy mô nuôi", approx="at_least", optional=True),
    F("Đến nay, 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở chăn nuôi cút được cấp giấy chứng nhận VietGAHP", NOW,
      percent=70),
    F("đạt 6 triệu con", "6", 6000000, "count", "con", "tổng đàn chim cút của tỉnh", T25, status="target"),
    F("từ 40 đến 50%", "40", 40, "percent", "%", "tỷ lệ đàn nuôi theo hướng an toàn sinh học", T25, value_max=50,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Tiền Giang: đàn chim cút 6 tháng đầu năm 2024, phân bố theo huyện, trứng, giá, VietGAHP, mục tiêu 2025.",
    "Dateline 'Cập nhật: 18/07/2024 10:25'; 'Lượt xem: 1.482', 'ấp 4', 'Kế hoạch số 135/KH-UBND ngày 15/5/2023', 'đường 30/4',",
    "'Phường 1' and the phone number are distractors. Headline figure: no cue of its own, so status actual; period inherited.",
    "District list after the estimate is a new sentence without cue: actual, inherited period, no total (no cue, does not add up).",
    "'chiếm khoảng 65%' has no base amount of its own (the part has no number): its own percent figure, continuing the 'ước' clause.",
    "Household figures in huyện Châu Thành take that district as location. 'Đến nay' is as-of the dateline.",
    "'từ 20.000 con trở lên' is a size threshold: optional.",
]

if __name__ == "__main__":
    emit("p764-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Tiền Giang")
