"""p823-8: provincial newspaper online (Báo Hải Dương), headline figure, (BHD) tag: kite village in Tứ Kỳ."""
from lib import F, P, I, C, write

TEXT = """Báo Hải Dương điện tử
Kinh tế » Nông thôn mới

Tứ Kỳ: Hơn 3.000 chiếc diều sáo "cất cánh" dịp hè

09/08/2024 15:10

(BHD) - 7 tháng đầu năm, các hộ làm diều ở thôn Đông Hưng, xã Hưng Đạo (Tứ Kỳ) đã làm và bán ra hơn 3.000 chiếc diều sáo, tăng 22% so với cùng kỳ năm 2023; doanh thu ước đạt 1,8 tỷ đồng, bằng 56% kế hoạch năm.

Thôn hiện có 28 hộ làm diều, trong đó 11 hộ làm quanh năm, thu hút khoảng 90 lao động, phần lớn là người cao tuổi và phụ nữ. Vào mùa cao điểm từ tháng 5 đến tháng 8, mỗi hộ làm từ 15 đến 20 chiếc diều/tháng. Giá diều sáo dao động từ 150.000 đồng đến 2,5 triệu đồng/chiếc tùy kích thước và số ống sáo. Ngoài thị trường trong tỉnh, diều của thôn còn được khách ở Hà Nội, Bắc Ninh, Hưng Yên và Quảng Ninh đặt mua.

Ông Phạm Văn Sáu, Chủ tịch UBND xã Hưng Đạo, cho biết năm 2023 nghề làm diều mang lại tổng thu khoảng 2,7 tỷ đồng, chiếm 4,5% tổng giá trị sản xuất của xã. Năm 2024, xã phấn đấu doanh thu từ nghề diều đạt 3,2 tỷ đồng. Để quảng bá sản phẩm, Hội thi thả diều sáo xã Hưng Đạo lần thứ 7 dự kiến diễn ra ngày 25/8 tại bãi ven đường tỉnh 391, với khoảng 20 đội tham gia, tổng giải thưởng 25 triệu đồng.

Theo ông Sáu, khó khăn lớn nhất hiện nay là nguồn tre, nứa làm khung diều ngày càng khan hiếm, giá tăng khoảng 30% so với năm 2022.

Quang Minh
"""

M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
D25 = P("ngày 25/8", "2024-08-25", "2024-08-25")

FIGS = [
    F("Hơn 3.000 chiếc", "3.000", 3000, "count", "chiếc diều sáo", "diều sáo cất cánh dịp hè", I(M7), approx="over"),
    F("ra hơn 3.000 chiếc", "3.000", 3000, "count", "chiếc diều sáo", "diều sáo làm và bán ra", M7, approx="over",
      change=C("increase", 22, "%", "cùng kỳ năm 2023")),
    F("ước đạt 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", "doanh thu từ diều sáo", M7, status="estimate", percent=56),
    F("có 28 hộ", "28", 28, "count", "hộ", "hộ làm diều"),
    F("trong đó 11 hộ", "11", 11, "count", "hộ", "hộ làm diều quanh năm", total=28),
    F("khoảng 90 lao động", "90", 90, "count", "lao động", "lao động làm diều", approx="about"),
    F("từ 15 đến 20", "15", 15, "measure", "chiếc diều/tháng", "diều mỗi hộ làm vào mùa cao điểm", value_max=20),
    F("từ 150.000 đồng", "150.000", 150000, "money", "đồng/chiếc", "giá diều sáo", value_max=2.5e6),
    F("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", "tổng thu từ nghề làm diều", Y23, approx="about", percent=4.5),
    F("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "doanh thu từ nghề diều", Y24, status="target"),
    F("khoảng 20 đội", "20", 20, "count", "đội", "đội tham gia Hội thi thả diều sáo xã Hưng Đạo", D25,
      approx="about", status="forecast"),
    F("giải thưởng 25 triệu", "25", 25e6, "money", "đồng", "tổng giải thưởng Hội thi", D25, status="forecast"),
    F("khoảng 30%", "30", 30, "percent", "%", "giá tre, nứa làm khung diều tăng so với năm 2022", approx="about"),
]

NOTES = [
    "Báo Hải Dương online, headline figure, '09/08/2024 15:10', tag (BHD): diều sáo village in xã Hưng Đạo, huyện Tứ Kỳ.",
    "Location Tứ Kỳ throughout; the buyers' provinces do not localise. '7 tháng đầu năm' without a year takes 2024 (published).",
    "'bằng 56% kế hoạch năm' and 'chiếm 4,5% tổng giá trị sản xuất' are the percent of the amount before them.",
    "'dự kiến' governs the whole sentence (20 đội, 25 triệu: forecast); price rise 'khoảng 30%' has no base amount: a percent figure.",
    "Not figures: 15:10, thôn Đông Hưng, lần thứ 7, đường tỉnh 391, the name Phạm Văn Sáu, 'từ tháng 5 đến tháng 8' (season).",
]

if __name__ == "__main__":
    write("p823-8", TEXT, NOTES, FIGS, published="2024-08-09", location="Tứ Kỳ")
