"""p1463-8: radio/TV site (QRT Quảng Nam): wooden wall clocks of a cooperative in Hội An, OCOP 4 sao."""
from lib import F, period, inherit, change, target, write

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Văn hóa | Thể thao | Video | Phát thanh

Đồng hồ gỗ mỹ nghệ Kim Bồng đạt chuẩn OCOP 4 sao

Thứ Năm, 16/05/2024 - 16:05

(QRT) - Sản phẩm đồng hồ treo tường bằng gỗ của Hợp tác xã Mộc mỹ nghệ Bảo Ngọc ở làng mộc Kim Bồng, xã Cẩm Kim, thành phố Hội An vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao theo Quyết định số 1268/QĐ-UBND.

Hợp tác xã hiện có 18 thành viên và khoảng 35 lao động thường xuyên, trong đó 12 lao động là thợ chạm khắc lành nghề. Mỗi năm, hợp tác xã sản xuất khoảng 3.600 chiếc đồng hồ gỗ với 24 mẫu mã, làm từ gỗ hương, gỗ gụ và gỗ mít; giá bán từ 450.000 đồng đến 2,8 triệu đồng/chiếc.

Năm 2023, doanh thu từ đồng hồ gỗ đạt 2,6 tỷ đồng, tăng 30% so với năm 2022; khoảng 60% sản phẩm được bán cho du khách tại Hội An, số còn lại xuất sang Nhật Bản, Hàn Quốc theo đơn đặt hàng. 4 tháng đầu năm 2024, hợp tác xã tiêu thụ hơn 1.300 chiếc, bằng 36% kế hoạch năm.

Ông Võ Văn Tuấn, Giám đốc hợp tác xã cho biết, năm nay hợp tác xã phấn đấu doanh thu đạt 3,2 tỷ đồng. Đơn vị dự kiến đầu tư thêm một máy khắc laser CNC trị giá khoảng 350 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 50%.

Toàn tỉnh Quảng Nam hiện có 286 sản phẩm OCOP, trong đó 31 sản phẩm đạt 4 sao; thành phố Hội An có 42 sản phẩm, đứng thứ ba toàn tỉnh.

Phóng viên: Hoài Thương
Bình luận (0) | Chia sẻ
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = period("năm nay", "2024-01-01", "2024-12-31")
QN = "Quảng Nam"

FIGS = [
    F("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("khoảng 35 lao động", "35", 35, "count", "lao động", approx="about",
      subject="lao động thường xuyên của hợp tác xã"),
    F("trong đó 12 lao động", "12", 12, "count", "lao động", total=35,
      subject="lao động là thợ chạm khắc lành nghề"),
    F("khoảng 3.600 chiếc", "3.600", 3600, "measure", "chiếc/năm", approx="about",
      subject="đồng hồ gỗ hợp tác xã sản xuất mỗi năm"),
    F("với 24 mẫu", "24", 24, "count", "mẫu mã", subject="mẫu mã đồng hồ gỗ"),
    F("từ 450.000 đồng", "450.000", 450000, "money", "đồng/chiếc", value_max=2.8e6,
      subject="giá bán đồng hồ gỗ"),
    F("đạt 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", change=change("increase", 30, "%", "năm 2022"),
      subject="doanh thu từ đồng hồ gỗ", period=Y23),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ lệ sản phẩm bán cho du khách tại Hội An", period=Y23),
    F("hơn 1.300 chiếc", "1.300", 1300, "count", "chiếc", approx="over", percent=36,
      subject="đồng hồ gỗ hợp tác xã tiêu thụ", period=M4),
    F("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", status="target", subject="doanh thu hợp tác xã", period=NOW),
    F("thêm một máy", "một", 1, "count", "máy", status="forecast",
      subject="máy khắc laser CNC đầu tư thêm"),
    F("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", status="forecast",
      subject="trị giá máy khắc laser CNC"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast", subject="tỷ lệ ngân sách tỉnh hỗ trợ"),
    F("có 286 sản phẩm", "286", 286, "count", "sản phẩm OCOP", subject="sản phẩm OCOP", location=QN),
    F("trong đó 31 sản phẩm", "31", 31, "count", "sản phẩm", total=286,
      subject="sản phẩm OCOP đạt 4 sao", location=QN),
    F("có 42 sản phẩm", "42", 42, "count", "sản phẩm", subject="sản phẩm OCOP của thành phố Hội An"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", subject="số sản phẩm OCOP so với toàn tỉnh"),
]

NOTES = [
    "Radio/TV site (QRT Quảng Nam): menu, headline, 'Thứ Năm, 16/05/2024 - 16:05', tag '(QRT) -', reporter, 'Bình luận (0)'.",
    "Distractors: 'OCOP 4 sao' (headline, lead, '31 sản phẩm đạt 4 sao'), 'Quyết định số 1268/QĐ-UBND', 16:05, 'Bình luận (0)',",
    "baseline 'năm 2022'.",
    "The cooperative is in thành phố Hội An (commune Cẩm Kim): location Hội An; the province's OCOP count: Quảng Nam.",
    "'trong đó 12 lao động' → total 35 (the whole is approximate); 'trong đó 31 sản phẩm' → total 286.",
    "'Mỗi năm ... khoảng 3.600 chiếc' is a rate (chiếc/năm); standing values carry no period.",
    "'bằng 36% kế hoạch năm' → percent attribute of 1.300. 'năm nay ... phấn đấu' → target 2024.",
    "'dự kiến đầu tư thêm một máy ... khoảng 350 triệu, trong đó ... hỗ trợ 50%' → forecast for all three (one clause chain).",
    "'đứng thứ ba toàn tỉnh' → rank 3 of Hội An (number word).",
]

if __name__ == "__main__":
    write("p1463-8", TEXT, NOTES, FIGS, published="2024-05-16", location="Hội An")
