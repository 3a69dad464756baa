from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC THỌ
Tin tức > Xây dựng nông thôn mới

Xã Tùng Ảnh đạt 19/19 tiêu chí nông thôn mới nâng cao

Thứ Năm, 22/08/2024 - 15:20

Ngày 20/8, Đoàn thẩm định của huyện đã kiểm tra kết quả xây dựng xã NTM nâng cao tại xã Tùng Ảnh. Theo báo cáo, xã đã đạt 19/19 tiêu chí theo Bộ tiêu chí giai đoạn 2021-2025, trong đó tiêu chí số 5 về trường học và tiêu chí số 17 về môi trường được đánh giá cao.

Năm 2023, thu nhập bình quân đầu người của xã đạt 68,5 triệu đồng, tăng 7,2% so với năm 2022; tỷ lệ hộ nghèo giảm còn 0,92%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,3%. Giai đoạn 2021-2024, xã đã huy động 42,7 tỷ đồng, trong đó nhân dân đóng góp gần 9,8 tỷ đồng và hiến hơn 6.500 m² đất; đã cứng hóa 12,5 km đường liên thôn, ngõ xóm, lắp đặt 320 cột đèn chiếu sáng dọc Quốc lộ 8A và Đường tỉnh 550.

Toàn huyện Đức Thọ hiện có 15/15 xã đạt chuẩn NTM, 9 xã đạt chuẩn NTM nâng cao và 4 xã đạt chuẩn NTM kiểu mẫu (Trường Sơn, Đức Lạng, Tân Dân, Yên Hồ). Bình quân mỗi xã đạt 17,8 tiêu chí NTM nâng cao.

Năm 2024, huyện phấn đấu có thêm 2 xã đạt chuẩn NTM nâng cao, 1 xã đạt chuẩn NTM kiểu mẫu; tỷ lệ hộ nghèo đa chiều toàn huyện giảm từ 0,5 đến 0,7 điểm phần trăm.

Nguyễn Hoa (Văn phòng NTM huyện)

Địa chỉ: Khối 7, thị trấn Đức Thọ. Điện thoại: 0239.3831.245
"""

Y23 = Y("Năm 2023", 2023)
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = Y("Năm 2024", 2024)
VON = 42.7e9

FIGS = [
    F("Tùng Ảnh đạt 19/19", "19", 19, "count", "tiêu chí", "tiêu chí nông thôn mới nâng cao", total=19),
    F("xã đã đạt 19/19", "19", 19, "count", "tiêu chí", "tiêu chí xã NTM nâng cao", total=19),
    F("đạt 68,5 triệu", "68,5", 68.5e6, "money", "đồng", "thu nhập bình quân đầu người của xã", Y23,
      change=CH("increase", 7.2, "%", "năm 2022")),
    F("còn 0,92%", "0,92", 0.92, "percent", "%", "tỷ lệ hộ nghèo", Y23),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ người dân tham gia bảo hiểm y tế", Y23),
    F("huy động 42,7 tỷ", "42,7", VON, "money", "đồng", "vốn xã huy động", GD),
    F("gần 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", "nhân dân đóng góp", GD, approx="nearly", total=VON),
    F("hơn 6.500 m²", "6.500", 6500, "measure", "m²", "đất nhân dân hiến", GD, approx="over"),
    F("cứng hóa 12,5 km", "12,5", 12.5, "measure", "km", "đường liên thôn, ngõ xóm được cứng hóa", GD),
    F("lắp đặt 320 cột", "320", 320, "count", "cột đèn chiếu sáng", "cột đèn chiếu sáng lắp đặt", GD),
    F("có 15/15 xã", "15", 15, "count", "xã", "xã đạt chuẩn NTM", total=15),
    F(", 9 xã", "9", 9, "count", "xã", "xã đạt chuẩn NTM nâng cao"),
    F("và 4 xã", "4", 4, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu"),
    F("đạt 17,8 tiêu chí", "17,8", 17.8, "measure", "tiêu chí", "tiêu chí NTM nâng cao bình quân mỗi xã đạt"),
    F("thêm 2 xã", "2", 2, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y24, status="target"),
    F(", 1 xã", "1", 1, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", Y24, status="target"),
    F("từ 0,5 đến 0,7 điểm", "0,5", 0.5, "measure", "điểm phần trăm", "mức giảm tỷ lệ hộ nghèo đa chiều toàn huyện", Y24,
      value_max=0.7, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Thọ (district portal): xã Tùng Ảnh thẩm định NTM nâng cao; kết quả toàn huyện; mục tiêu 2024.",
    "Dateline 'Thứ Năm, 22/08/2024 - 15:20', byline at the end. Distractors: 'Ngày 20/8', 'tiêu chí số 5', 'tiêu chí số 17',",
    "'Quốc lộ 8A', 'Đường tỉnh 550', 'Khối 7', phone. The commune's figures take the district (a commune is below the location level).",
    "'Bộ tiêu chí giai đoạn 2021-2025' names the criteria set; it is not the period of 19/19 (left without period).",
    "'giảm còn 0,92%' is a level, not a change. 'hiến hơn 6.500 m² đất' is inside the trong-đó clause but counts land, not money: no total.",
    "'giảm từ 0,5 đến 0,7 điểm phần trăm' is a target decrease stated as the claim: measure range, no change object.",
]

if __name__ == "__main__":
    emit("p490-2", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đức Thọ")
