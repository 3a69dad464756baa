"""p873-2: huyện Thường Tín (Hà Nội) district portal, Phúc Am votive-paper village before Rằm tháng Bảy 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN
Trang chủ / Tin tức / Kinh tế

Làng nghề Phúc Am nhộn nhịp mùa Vu Lan
Thứ Hai, 12/08/2024 - 10:20

Còn gần một tuần nữa mới đến Rằm tháng Bảy, nhưng các xưởng hàng mã ở thôn Phúc Am, xã Duyên Thái đã chạy hết công suất từ cuối tháng 6. Thôn hiện có khoảng 200 hộ làm hàng mã, chiếm gần 60% số hộ trong thôn; mỗi ngày các xưởng xuất đi từ 15 đến 20 tấn hàng.

Theo UBND xã Duyên Thái, 7 tháng đầu năm 2024, doanh thu từ nghề hàng mã của thôn ước đạt 96 tỷ đồng, đạt 60% kế hoạch năm, tăng 8,5% so với cùng kỳ năm 2023. Riêng quý II/2024, doanh thu đạt 31 tỷ đồng. Trong tháng 7, riêng các đơn hàng phục vụ Rằm tháng Bảy đã chiếm khoảng 35% sản lượng.

Bà Đỗ Thị Hai, chủ cơ sở Hai Hòa (số 25 đường Phúc Am), cho biết năm nay cơ sở nhận đặt 1.800 bộ nhà lầu, xe hơi giấy, giảm 10% so với năm ngoái do người dân chuyển sang mua đồ nhỏ gọn. Giá một bộ nhà lầu cỡ lớn khoảng 1,5 triệu đồng, loại nhỏ 250.000-400.000 đồng. Cơ sở thuê 12 lao động thời vụ với tiền công 250.000 đồng/người/ngày.

Để bảo đảm an toàn trong mùa cao điểm, UBND huyện đã chỉ đạo xã kiểm tra phòng cháy, chữa cháy tại 45 cơ sở, phát hiện và nhắc nhở 9 cơ sở chưa trang bị bình chữa cháy. Theo kế hoạch, năm 2024 xã phấn đấu đưa doanh thu làng nghề đạt 160 tỷ đồng, đồng thời vận động ít nhất 70% hộ sản xuất giảm dùng nhựa, giấy tráng kim loại trong sản phẩm.

Minh Thu (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
"""

Y7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
M7 = P("Trong tháng 7", "2024-07-01", "2024-07-31")
NAMNAY = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 200 hộ", "200", 200, "count", "hộ", "hộ làm hàng mã", approx="about", percent=60),
    F("từ 15 đến 20 tấn", "15", 15, "measure", "tấn", "hàng mã các xưởng xuất đi mỗi ngày", value_max=20),
    F("ước đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu từ nghề hàng mã của thôn",
      status="estimate", percent=60, change=C("increase", 8.5, "%", "cùng kỳ năm 2023"), period=Y7),
    F("đạt 31 tỷ đồng", "31", 31e9, "money", "đồng", "doanh thu từ nghề hàng mã của thôn", period=Q2),
    F("khoảng 35% sản lượng", "35", 35, "percent", "%", "tỷ trọng đơn hàng phục vụ Rằm tháng Bảy trong sản lượng",
      approx="about", period=M7),
    F("đặt 1.800 bộ", "1.800", 1800, "count", "bộ", "bộ nhà lầu, xe hơi giấy cơ sở nhận đặt",
      change=C("decrease", 10, "%", "năm ngoái"), period=NAMNAY),
    F("khoảng 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "giá một bộ nhà lầu cỡ lớn", approx="about"),
    F("nhỏ 250.000-400.000 đồng", "250.000", 250000, "money", "đồng", "giá bộ nhà lầu loại nhỏ", value_max=400000),
    F("thuê 12 lao động", "12", 12, "count", "lao động", "lao động thời vụ cơ sở thuê"),
    F("tiền công 250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động thời vụ"),
    F("tại 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở được kiểm tra phòng cháy, chữa cháy"),
    F("nhắc nhở 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở chưa trang bị bình chữa cháy"),
    F("đạt 160 tỷ đồng", "160", 160e9, "money", "đồng", "doanh thu làng nghề", status="target", period=Y24),
    F("ít nhất 70% hộ", "70", 70, "percent", "%", "hộ sản xuất giảm dùng nhựa, giấy tráng kim loại",
      approx="at_least", status="target", period=Y24),
]

NOTES = [
    "Cổng TTĐT huyện Thường Tín (Hà Nội): thôn Phúc Am, xã Duyên Thái before Rằm tháng Bảy; dateline 'Thứ Hai, 12/08/2024 - 10:20'.",
    "District portal: every figure is located in the district (Thường Tín); the village and commune lie in it.",
    "'chiếm gần 60% số hộ trong thôn' is the share of the 200 households (percent attribute). 'mỗi ngày' stands before the verb: unit tấn, per-day in the subject.",
    "96 tỷ: 'đạt 60% kế hoạch năm' is its percent (the plan, 160 tỷ, is named only later). 9 cơ sở follows 45 cơ sở with no part-of cue (no trong đó / trong số / '/'), so no total. 'năm nay' = 2024 (dateline).",
    "Not figures: 'gần một tuần' (time until the feast), 'Rằm tháng Bảy', 'cuối tháng 6', 'số 25 đường Phúc Am', names 'Đỗ Thị Hai', 'Hai Hòa', 10:20.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2024-08-12", location="Thường Tín")
