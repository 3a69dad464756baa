"""p1315-1: province portal (Đà Nẵng): IT and software revenue 9 months 2024, software park in Hải Châu."""
from lib import F, period, inherit, change, target, write

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức - Sự kiện > Kinh tế

Doanh thu phần mềm 9 tháng ước đạt gần 8.500 tỷ đồng

Cập nhật: 10/10/2024 15:05 | Lượt xem: 3.182

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, doanh thu công nghiệp công nghệ thông tin trên địa bàn thành phố ước đạt 21.640 tỷ đồng, tăng 11,3% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, doanh thu phần mềm ước đạt 8.470 tỷ đồng, phần cứng, điện tử 11.920 tỷ đồng, dịch vụ công nghệ thông tin 1.250 tỷ đồng.

Xuất khẩu phần mềm 9 tháng đạt khoảng 215 triệu USD, tăng 14% so với cùng kỳ; thị trường Nhật Bản chiếm 42%, Mỹ chiếm 23%. Đà Nẵng tiếp tục xếp thứ 3 cả nước về doanh thu phần mềm, sau Hà Nội và TP Hồ Chí Minh.

Toàn thành phố hiện có 1.215 doanh nghiệp công nghệ thông tin, trong đó 640 doanh nghiệp phần mềm; khoảng 62.000 kỹ sư, lao động làm việc trong lĩnh vực, thu nhập bình quân 18,5 triệu đồng/người/tháng. Từ đầu năm đến nay, thành phố cấp mới 94 doanh nghiệp công nghệ thông tin.

Công viên phần mềm Sông Hàn 2 tại quận Hải Châu đã thu hút 38 doanh nghiệp thuê văn phòng, lấp đầy 87% diện tích sàn. Hai trung tâm dữ liệu đặt tại đây có tổng công suất 2,5 MW với 420 tủ rack.

Quý IV, Sở phấn đấu đưa doanh thu phần mềm cả năm lên trên 11.500 tỷ đồng; dự kiến đến năm 2025 thành phố có 1.500 doanh nghiệp công nghệ thông tin.

Tin liên quan:
- Đà Nẵng: Hội thảo chuyển đổi số lần thứ 3 năm 2024
- Khai trương trung tâm dữ liệu đạt chuẩn Tier 3 tại Khu công nghệ cao
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")
HC = "Hải Châu"
T = 21640e9

FIGS = [
    F("ước đạt gần 8.500 tỷ", "8.500", 8500e9, "money", "đồng", "doanh thu phần mềm", NINE_S,
      approx="nearly", status="estimate"),
    F("ước đạt 21.640 tỷ", "21.640", T, "money", "đồng", "doanh thu công nghiệp công nghệ thông tin", NINE,
      percent=76.2, change=change("increase", 11.3, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 8.470 tỷ", "8.470", 8470e9, "money", "đồng", "doanh thu phần mềm", inherit(NINE),
      total=T, status="estimate"),
    F("điện tử 11.920 tỷ", "11.920", 11920e9, "money", "đồng", "doanh thu phần cứng, điện tử", inherit(NINE),
      total=T, status="estimate"),
    F("thông tin 1.250 tỷ", "1.250", 1250e9, "money", "đồng", "doanh thu dịch vụ công nghệ thông tin",
      inherit(NINE), total=T, status="estimate"),
    F("khoảng 215 triệu USD", "215", 215e6, "money", "USD", "xuất khẩu phần mềm", NINE_S,
      approx="about", change=change("increase", 14, "%", "cùng kỳ")),
    F("chiếm 42%", "42", 42, "percent", "%", "xuất khẩu phần mềm sang thị trường Nhật Bản", NINE_S),
    F("Mỹ chiếm 23%", "23", 23, "percent", "%", "xuất khẩu phần mềm sang thị trường Mỹ", NINE_S),
    F("xếp thứ 3 cả nước", "3", 3, "rank", "hạng", "doanh thu phần mềm"),
    F("có 1.215 doanh nghiệp", "1.215", 1215, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin"),
    F("trong đó 640 doanh nghiệp", "640", 640, "count", "doanh nghiệp", "doanh nghiệp phần mềm", total=1215),
    F("khoảng 62.000 kỹ sư", "62.000", 62000, "count", "kỹ sư, lao động",
      "kỹ sư, lao động làm việc trong lĩnh vực công nghệ thông tin", approx="about"),
    F("bình quân 18,5 triệu", "18,5", 18.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("cấp mới 94 doanh nghiệp", "94", 94, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin cấp mới", YTD),
    F("thu hút 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
      "doanh nghiệp thuê văn phòng tại Công viên phần mềm Sông Hàn 2", location=HC),
    F("lấp đầy 87%", "87", 87, "percent", "%", "diện tích sàn lấp đầy", location=HC),
    F("Hai trung tâm dữ liệu", "Hai", 2, "count", "trung tâm dữ liệu", "trung tâm dữ liệu đặt tại công viên phần mềm",
      location=HC),
    F("công suất 2,5 MW", "2,5", 2.5, "measure", "MW", "tổng công suất hai trung tâm dữ liệu", location=HC),
    F("với 420 tủ rack", "420", 420, "count", "tủ rack", "tủ rack của hai trung tâm dữ liệu", location=HC),
    F("lên trên 11.500 tỷ", "11.500", 11500e9, "money", "đồng", "doanh thu phần mềm cả năm", YEAR,
      approx="over", status="target"),
    F("có 1.500 doanh nghiệp", "1.500", 1500, "count", "doanh nghiệp", "doanh nghiệp công nghệ thông tin", BY25,
      status="forecast"),
]

NOTES = [
    "Province portal (Đà Nẵng): IT/software revenue 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:05 | Lượt xem: 3.182', related links.",
    "Distractors: 15:05, Lượt xem 3.182, 'Sông Hàn 2' (a name), 'lần thứ 3', 'năm 2024' and 'Tier 3' in link titles.",
    "Headline '9 tháng' has no year: the dateline stands after it, so the year is that of published (2024).",
    "'Trong đó' parts after a sentence break take total 21.640 tỷ and the estimate status of 'ước đạt'; period inherited.",
    "'thị trường Nhật Bản chiếm 42%, Mỹ chiếm 23%' are shares of parts: percent figures of their own; the partner stays in the subject.",
    "'hiện có' figures carry no period; the software park passage is located in quận Hải Châu.",
    "'phấn đấu' -> target (the 'Quý IV' sentence, figure is 'cả năm'); 'dự kiến đến năm 2025' -> forecast, start null.",
]

if __name__ == "__main__":
    write("p1315-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Đà Nẵng")
