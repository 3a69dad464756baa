"""p1137-8: provincial newspaper online (Báo Bình Phước, (BPO) tag): quý III 2024 water-saving irrigation, durian."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bình Phước điện tử
Kinh tế > Nông nghiệp

65% diện tích sầu riêng được tưới tự động, tiết kiệm nước

Thứ Năm, 07/11/2024 | 16:40

(BPO) - Quý III vừa qua, nông dân trong tỉnh lắp đặt mới hệ thống tưới tiết kiệm cho 1.150 ha cây trồng, nâng tổng diện tích tưới tiết kiệm toàn tỉnh lên 21.300 ha. Trong đó, sầu riêng 8.970 ha, chiếm khoảng 65% diện tích sầu riêng của tỉnh.

Các huyện có diện tích tưới tiết kiệm lớn gồm Bù Đăng (4.820 ha), Phú Riềng (3.960 ha), Bù Gia Mập (3.410 ha) và Đồng Phú (2.750 ha). Theo ước tính của ngành nông nghiệp, 9 tháng năm 2024, các hệ thống tưới tiết kiệm đã giúp giảm khoảng 25 triệu m3 nước tưới so với tưới tràn.

Tại xã Đức Liễu, huyện Bù Đăng, ông Điểu Lâm lắp hệ thống tưới nhỏ giọt điều khiển qua điện thoại cho 3 ha sầu riêng với chi phí 150 triệu đồng, tương đương 50 triệu đồng/ha. Từ khi sử dụng, lượng nước tưới giảm từ 120 lít xuống còn 70 lít/cây/lần, vườn chỉ cần một lao động thay vì ba lao động như trước. Vụ vừa qua, vườn đạt 45 tấn quả, thu về hơn 2,7 tỷ đồng.

Tỉnh đang hỗ trợ 30% giá trị thiết bị tưới, tối đa 50 triệu đồng/hộ theo Nghị quyết số 05/2023/NQ-HĐND. Năm 2025, Bình Phước phấn đấu nâng diện tích tưới tiết kiệm lên 25.000 ha, trong đó ít nhất 10.000 ha sầu riêng.

Minh Hương

Đường dây nóng: 0271.3879.116
"""

Q3 = P("Quý III", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "diện tích tưới tiết kiệm"
BD = "Bù Đăng"
LAM = "vườn sầu riêng"

FIGS = [
    F("65% diện tích sầu riêng được", "65", 65, "percent", "%",
      subject="diện tích sầu riêng được tưới tự động, tiết kiệm nước"),
    F("cho 1.150 ha", "1.150", 1150, "measure", "ha",
      subject="diện tích cây trồng lắp đặt mới hệ thống tưới tiết kiệm", period=Q3),
    F("lên 21.300 ha", "21.300", 21300, "measure", "ha", subject="tổng diện tích tưới tiết kiệm toàn tỉnh",
      period=Q3),
    F("sầu riêng 8.970 ha", "8.970", 8970, "measure", "ha", total=21300, percent=65,
      subject="diện tích sầu riêng tưới tiết kiệm", period=I(Q3)),
    F("Bù Đăng (4.820 ha)", "4.820", 4820, "measure", "ha", subject=LIST, location="Bù Đăng"),
    F("Phú Riềng (3.960 ha)", "3.960", 3960, "measure", "ha", subject=LIST, location="Phú Riềng"),
    F("Bù Gia Mập (3.410 ha)", "3.410", 3410, "measure", "ha", subject=LIST, location="Bù Gia Mập"),
    F("Đồng Phú (2.750 ha)", "2.750", 2750, "measure", "ha", subject=LIST, location="Đồng Phú"),
    F("khoảng 25 triệu m3", "25", 25000000, "measure", "m3", approx="about", status="estimate",
      subject="nước tưới giảm nhờ các hệ thống tưới tiết kiệm so với tưới tràn", period=M9),
    F("cho 3 ha", "3", 3, "measure", "ha", location=BD,
      subject="diện tích sầu riêng tưới nhỏ giọt điều khiển qua điện thoại"),
    F("chi phí 150 triệu", "150", 150000000, "money", "đồng", location=BD,
      subject="chi phí lắp hệ thống tưới nhỏ giọt"),
    F("tương đương 50 triệu", "50", 50000000, "money", "đồng/ha", location=BD,
      subject="chi phí lắp hệ thống tưới nhỏ giọt mỗi ha"),
    F("từ 120 lít", "120", 120, "measure", "lít", location=BD, subject="lượng nước tưới trước đây"),
    F("còn 70 lít/cây/lần", "70", 70, "measure", "lít/cây/lần", location=BD, subject="lượng nước tưới"),
    F("cần một lao động", "một", 1, "count", "lao động", location=BD, subject=f"lao động {LAM} cần"),
    F("thay vì ba lao động", "ba", 3, "count", "lao động", location=BD,
      subject=f"lao động {LAM} cần như trước"),
    F("đạt 45 tấn", "45", 45, "measure", "tấn", location=BD, subject=f"sản lượng quả {LAM}"),
    F("hơn 2,7 tỷ", "2,7", 2700000000, "money", "đồng", approx="over", location=BD,
      subject=f"tiền {LAM} thu về"),
    F("hỗ trợ 30%", "30", 30, "percent", "%", subject="mức hỗ trợ giá trị thiết bị tưới"),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ giá trị thiết bị tưới"),
    F("lên 25.000 ha", "25.000", 25000, "measure", "ha", status="target",
      subject="diện tích tưới tiết kiệm", period=Y25),
    F("ít nhất 10.000 ha", "10.000", 10000, "measure", "ha", approx="at_least", total=25000, status="target",
      subject="diện tích sầu riêng tưới tiết kiệm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): 'Thứ Năm, 07/11/2024 | 16:40', tag '(BPO) -', byline at the end, hotline.",
    "Distractors: 16:40, 'Nghị quyết số 05/2023/NQ-HĐND', hotline 0271.3879.116, 'Vụ vừa qua' (no period).",
    "Year-less 'Quý III' takes 2024 from the dateline. 8.970 ha is part of 21.300 ha (Trong đó, next sentence) with share 'chiếm khoảng 65%'.",
    "District list after 'gồm' follows no figure (whole is not stated): no total, no period. 'Theo ước tính' → estimate.",
    "'150 triệu đồng, tương đương 50 triệu đồng/ha' → two money figures (the second is a rate, not a share). 'giảm từ 120 lít xuống còn 70 lít/cây/lần': two measures.",
    "'ít nhất 10.000 ha sầu riêng' after 'trong đó' is part of the 25.000 ha target (same thing, ha): total 25.000, target status.",
    "revised after the first run: the farmer's name dropped from 5 subjects; 'chăm sóc' and 'doanh thu' (not in the sentence) replaced by the sentence's words 'cần', 'thu về'.",
]

if __name__ == "__main__":
    write("p1137-8", TEXT, NOTES, FIGS, published="2024-11-07", location="Bình Phước")
