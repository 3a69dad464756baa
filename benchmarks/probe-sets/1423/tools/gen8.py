"""p1423-8: radio/TV site (Đài PT-TH TP Cần Thơ): street lottery sellers cheated with fake winning tickets."""
from lib import F, per, inh, chg, tgt, write

TEXT = """THTPCT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Podcast

Người bán vé số dạo bị lừa đổi vé trúng thưởng giả

07/06/2024 19:45 | Xã hội | Nghe bài viết

(THTPCT) - Từ đầu năm đến nay, Công an các quận, huyện của TP Cần Thơ đã tiếp nhận 27 tin báo về việc người bán vé số dạo bị lừa đổi vé số trúng thưởng giả, tăng 9 tin báo so với cùng kỳ năm 2023. Tổng thiệt hại ước khoảng 96 triệu đồng.

Thủ đoạn phổ biến là đối tượng dùng vé đã sửa số, giả vé trúng giải tư (trị giá 3 triệu đồng) hoặc giải năm (1 triệu đồng), đổi lấy 20-30 tờ vé số và tiền mặt. Chị Nguyễn Thị Bé Bảy, bán vé số ở quận Ninh Kiều, kể: "Hôm đó tôi đổi cho họ 25 tờ, thối lại 750.000 đồng, mất trắng gần 1 triệu đồng, bằng tiền bán vé cả tuần".

Theo Công ty TNHH MTV Xổ số kiến thiết Cần Thơ, toàn thành phố có 28 đại lý cấp 1 với khoảng 4.500 người bán dạo. Mỗi tờ vé bán ra, đại lý cấp 1 được hưởng 10% hoa hồng, người bán dạo nhận từ 1.000 đến 1.200 đồng. Bình quân mỗi người bán 140 tờ/ngày, thu nhập khoảng 140.000-170.000 đồng/ngày.

Công an thành phố khuyến cáo người bán vé số kiểm tra kỹ vé trúng thưởng, không đổi vé cho người lạ; khi có nghi vấn, báo ngay qua số điện thoại 0292.3820.113. Trong tháng 6, công an dự kiến phối hợp với các đại lý tổ chức 12 buổi tuyên truyền cho người bán vé số.

Xem thêm:
- Phát hiện cơ sở in vé số giả ở quận Cái Răng
- Bản tin thời sự 19 giờ ngày 06/06/2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-07")
JUN = per("Trong tháng 6", "2024-06-01", "2024-06-30")
NK = "Ninh Kiều"

FIGS = [
    F("tiếp nhận 27 tin báo", "27", 27, "count", "tin báo", change=chg("increase", 9, "tin báo", "cùng kỳ năm 2023"),
      subject="tin báo về việc người bán vé số dạo bị lừa đổi vé số trúng thưởng giả", period=YTD),
    F("ước khoảng 96 triệu", "96", 96e6, "money", "đồng", approx="about", status="estimate",
      subject="tổng thiệt hại", period=inh(YTD)),
    F("trị giá 3 triệu", "3", 3e6, "money", "đồng", subject="trị giá giải tư"),
    F("(1 triệu đồng)", "1", 1e6, "money", "đồng", subject="trị giá giải năm"),
    F("lấy 20-30 tờ", "20", 20, "count", "tờ", value_max=30, subject="vé số đối tượng đổi lấy"),
    F("cho họ 25 tờ", "25", 25, "count", "tờ", subject="vé số chị Bảy đổi cho đối tượng", location=NK),
    F("thối lại 750.000", "750.000", 750000, "money", "đồng", subject="tiền chị Bảy thối lại", location=NK),
    F("gần 1 triệu", "1", 1e6, "money", "đồng", approx="nearly", subject="tiền chị Bảy mất trắng", location=NK),
    F("có 28 đại lý", "28", 28, "count", "đại lý", subject="đại lý cấp 1"),
    F("khoảng 4.500 người", "4.500", 4500, "count", "người", approx="about", subject="người bán dạo"),
    F("hưởng 10% hoa hồng", "10", 10, "percent", "%", subject="hoa hồng đại lý cấp 1 được hưởng"),
    F("từ 1.000 đến 1.200", "1.000", 1000, "money", "đồng/tờ", value_max=1200,
      subject="tiền người bán dạo nhận mỗi tờ vé bán ra"),
    F("bán 140 tờ/ngày", "140", 140, "measure", "tờ/ngày", subject="vé bình quân mỗi người bán"),
    F("khoảng 140.000-170.000", "140.000", 140000, "money", "đồng/ngày", value_max=170000, approx="about",
      subject="thu nhập của người bán dạo"),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", status="forecast",
      subject="buổi tuyên truyền cho người bán vé số", period=JUN),
]

NOTES = [
    "Radio/TV site (THTPCT, Đài PT-TH TP Cần Thơ): masthead, menu, '07/06/2024 19:45 | Xã hội | Nghe bài viết', tag '(THTPCT) -',",
    "'Xem thêm' links.",
    "Distractors: 19:45, 'giải tư' and 'giải năm' (prize names with number words), 'Bé Bảy' (name, bảy = seven), 'đại lý cấp 1',",
    "phone 0292.3820.113, '19 giờ ngày 06/06/2024' in a link, 'quận Cái Răng'.",
    "'tăng 9 tin báo so với cùng kỳ năm 2023' → change in tin báo. 'Từ đầu năm đến nay' ends at the dateline 2024-06-07.",
    "'Tổng thiệt hại ước khoảng 96 triệu đồng' → estimate + about; the period stands in the sentence before: inherited.",
    "'(trị giá 3 triệu đồng)', '(1 triệu đồng)' are the prize values: money figures. 'đổi lấy 20-30 tờ' → range.",
    "Chị Bảy's figures are placed in Ninh Kiều. 'Mỗi tờ vé bán ra, ... người bán dạo nhận từ 1.000 đến 1.200 đồng' → đồng/tờ.",
    "'Trong tháng 6' takes the dateline year (2024); 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1423-8", TEXT, NOTES, FIGS, published="2024-06-07", location="Cần Thơ")
