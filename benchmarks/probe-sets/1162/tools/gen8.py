"""p1162-8: provincial newspaper online (Báo Bình Định, tag '(BĐ) -'), drug quality sampling and inspections, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Y tế

Lấy hơn 600 mẫu thuốc để kiểm tra chất lượng

Cập nhật: 09:12, 18/07/2024

(BĐ) - 6 tháng đầu năm, Trung tâm Kiểm nghiệm Thuốc - Mỹ phẩm - Thực phẩm Bình Định đã lấy 628 mẫu thuốc, mỹ phẩm, thực phẩm chức năng để kiểm tra chất lượng, đạt 52,3% kế hoạch năm; trong đó có 541 mẫu thuốc tân dược, 64 mẫu dược liệu, thuốc đông y và 23 mẫu mỹ phẩm. Kết quả có 7 mẫu không đạt tiêu chuẩn chất lượng, chiếm 1,1%, giảm 0,4 điểm phần trăm so với cùng kỳ.

Cũng trong 6 tháng, Thanh tra Sở Y tế phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra 315 cơ sở bán lẻ thuốc tại TP Quy Nhơn, thị xã An Nhơn và các huyện Tuy Phước, Phù Cát; xử phạt 29 cơ sở với số tiền 286 triệu đồng. Số cơ sở bị xử phạt tại Quy Nhơn, An Nhơn và Tuy Phước lần lượt là 14, 8 và 7 cơ sở.

Đáng chú ý, tại xã Cát Hanh (huyện Phù Cát), lực lượng chức năng phát hiện một cửa hàng tạp hóa cất giữ 1.850 viên thuốc tân dược không rõ nguồn gốc, trong đó khoảng 400 viên thuốc giảm đau, kháng viêm nghi là thuốc giả. Chủ cửa hàng bị phạt 20 triệu đồng, toàn bộ số thuốc bị tịch thu, tiêu hủy.

6 tháng cuối năm, Sở Y tế dự kiến lấy thêm khoảng 580 mẫu thuốc, phấn đấu cả năm kiểm tra trên 650 cơ sở bán lẻ thuốc. Người dân phát hiện thuốc giả, thuốc kém chất lượng có thể báo tin qua số điện thoại 0256.3822.157.

NGỌC NHUẬN
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
SAMPLES = "mẫu thuốc, mỹ phẩm, thực phẩm chức năng lấy để kiểm tra chất lượng"
FINED = "cơ sở bán lẻ thuốc bị xử phạt"
PC = "Phù Cát"

FIGS = [
    F("hơn 600 mẫu", "600", 600, "count", "mẫu thuốc", approx="over", subject="mẫu thuốc lấy để kiểm tra chất lượng"),
    F("lấy 628 mẫu", "628", 628, "count", "mẫu", percent=52.3, subject=SAMPLES, period=H1),
    F("có 541 mẫu", "541", 541, "count", "mẫu thuốc tân dược", total=628, subject="mẫu thuốc tân dược", period=H1),
    F("64 mẫu dược liệu", "64", 64, "count", "mẫu dược liệu, thuốc đông y", total=628,
      subject="mẫu dược liệu, thuốc đông y", period=H1),
    F("23 mẫu mỹ phẩm", "23", 23, "count", "mẫu mỹ phẩm", total=628, subject="mẫu mỹ phẩm", period=H1),
    F("có 7 mẫu", "7", 7, "count", "mẫu", percent=1.1,
      change=C("decrease", 0.4, "điểm phần trăm", "cùng kỳ"), subject="mẫu không đạt tiêu chuẩn chất lượng",
      period=I(H1)),
    F("kiểm tra 315 cơ sở", "315", 315, "count", "cơ sở bán lẻ thuốc",
      subject="cơ sở bán lẻ thuốc được kiểm tra", period=H1B),
    F("xử phạt 29 cơ sở", "29", 29, "count", "cơ sở", subject=FINED, period=H1B),
    F("286 triệu", "286", 286000000, "money", "đồng", subject="số tiền xử phạt", period=H1B),
    F("lần lượt là 14", "14", 14, "count", "cơ sở", subject=FINED, period=I(H1B), location="Quy Nhơn"),
    F("14, 8 và", "8", 8, "count", "cơ sở", subject=FINED, period=I(H1B), location="An Nhơn"),
    F("8 và 7 cơ sở", "7", 7, "count", "cơ sở", subject=FINED, period=I(H1B), location="Tuy Phước"),
    F("một cửa hàng", "một", 1, "count", "cửa hàng", subject="cửa hàng tạp hóa cất giữ thuốc", location=PC,
      optional=True),
    F("giữ 1.850 viên", "1.850", 1850, "count", "viên", location=PC,
      subject="thuốc tân dược không rõ nguồn gốc cửa hàng tạp hóa cất giữ"),
    F("khoảng 400 viên", "400", 400, "count", "viên", approx="about", total=1850, location=PC,
      subject="thuốc giảm đau, kháng viêm nghi là thuốc giả"),
    F("phạt 20 triệu", "20", 20000000, "money", "đồng", location=PC, subject="tiền phạt chủ cửa hàng tạp hóa"),
    F("khoảng 580 mẫu", "580", 580, "count", "mẫu thuốc", approx="about", status="forecast",
      subject="mẫu thuốc lấy thêm", period=H2),
    F("trên 650 cơ sở", "650", 650, "count", "cơ sở bán lẻ thuốc", approx="over", status="target",
      subject="cơ sở bán lẻ thuốc được kiểm tra", period=YEAR),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): 'Cập nhật: 09:12, 18/07/2024', tag '(BĐ) -', byline at the end.",
    "Distractors: time 09:12, phone 0256.3822.157, the centre's name 'Thuốc - Mỹ phẩm - Thực phẩm'; 'một cửa hàng' is an indefinite",
    "article more than a count (optional).",
    "541 + 64 + 23 = 628 after '; trong đó': totals. 7 samples: share 1,1% and change -0,4 điểm phần trăm; no part-of cue, no total.",
    "'Cũng trong 6 tháng' = first half of 2024. 14, 8, 7 ('lần lượt') add up to 29 but have no part-of cue: no total, each its place.",
    "The Cát Hanh passage (huyện Phù Cát) takes location Phù Cát; 400 after 'trong đó' is part of 1.850 viên.",
    "'6 tháng cuối năm ... dự kiến' = forecast (2024-07-01..2024-12-31); 'phấn đấu cả năm ... trên 650' = target for 2024.",
]

if __name__ == "__main__":
    write("p1162-8", TEXT, NOTES, FIGS, published="2024-07-18", location="Bình Định")
