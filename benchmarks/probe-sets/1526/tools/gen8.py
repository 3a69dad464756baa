"""p1526-8: radio/TV site (Truyền hình Nghệ An, NTV): seizure of hand-wash in huyện Nghi Lộc; market inspection; local makers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUYỀN HÌNH NGHỆ AN - NTV
Trang chủ | Thời sự | Kinh tế | Xã hội | Video

Nghi Lộc: Thu giữ hơn 8.000 sản phẩm nước rửa tay, xà phòng nước không rõ nguồn gốc

Thứ Năm, 21/11/2024 - 16:45 | Lượt xem: 526

(NTV) - Ngày 20/11, Đội Quản lý thị trường số 3 phối hợp với Công an huyện Nghi Lộc kiểm tra một kho hàng tại xã Nghi Xá, phát hiện 6.240 chai nước rửa tay khô và 1.850 can xà phòng nước loại 5 lít không có hóa đơn, chứng từ. Tổng trị giá hàng vi phạm ước tính khoảng 410 triệu đồng.

Kết quả kiểm nghiệm 5 mẫu cho thấy hàm lượng cồn trong nước rửa tay khô chỉ đạt từ 32% đến 45%, thấp hơn nhiều so với mức công bố trên nhãn.

Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh Nghệ An đã kiểm tra 57 vụ việc liên quan đến hóa mỹ phẩm, xử lý 49 vụ vi phạm, phạt tiền gần 620 triệu đồng, tăng 15,2% so với cùng kỳ năm 2023; tịch thu, tiêu hủy hàng hóa trị giá hơn 1,1 tỷ đồng.

Hiện trên địa bàn tỉnh có 5 cơ sở được cấp phép sản xuất nước rửa tay, xà phòng nước, tổng sản lượng năm 2023 khoảng 2,7 triệu lít, bằng khoảng 40% nhu cầu tiêu dùng trong tỉnh.

Ông Nguyễn Đình Hùng, Phó Cục trưởng Cục Quản lý thị trường tỉnh cho biết, trong tháng 12/2024, đơn vị dự kiến thành lập 3 tổ công tác kiểm tra lưu động, tập trung vào các chợ đầu mối và cửa hàng tạp hóa dịp cuối năm. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0238.3569.115.

Thành Chung - NTV
Chia sẻ | In bài
"""

DAY = per("Ngày 20/11", "2024-11-20", "2024-11-20")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
DEC = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")
NL = "Nghi Lộc"

FIGS = [
    fig("hơn 8.000 sản phẩm", "8.000", 8000, "count", "sản phẩm", approx="over",
        subject="sản phẩm nước rửa tay, xà phòng nước không rõ nguồn gốc thu giữ", location=NL),
    fig("phát hiện 6.240 chai", "6.240", 6240, "count", "chai",
        subject="chai nước rửa tay khô không có hóa đơn, chứng từ", period=DAY, location=NL),
    fig("và 1.850 can", "1.850", 1850, "count", "can",
        subject="can xà phòng nước không có hóa đơn, chứng từ", period=DAY, location=NL),
    fig("loại 5 lít", "5", 5, "measure", "lít", subject="dung tích can", period=DAY, location=NL,
        optional=True),
    fig("khoảng 410 triệu", "410", 410e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá hàng vi phạm", period=inh(DAY), location=NL),
    fig("nghiệm 5 mẫu", "5", 5, "count", "mẫu", subject="mẫu kiểm nghiệm", location=NL),
    fig("từ 32% đến 45%", "32", 32, "percent", "%", value_max=45,
        subject="hàm lượng cồn trong nước rửa tay khô", location=NL),
    fig("kiểm tra 57 vụ", "57", 57, "count", "vụ việc",
        subject="vụ việc liên quan đến hóa mỹ phẩm đã kiểm tra", period=YTD),
    fig("xử lý 49 vụ", "49", 49, "count", "vụ", subject="vụ vi phạm xử lý", period=YTD),
    fig("gần 620 triệu", "620", 620e6, "money", "đồng", approx="nearly",
        change=chg("increase", 15.2, "%", "cùng kỳ năm 2023"), subject="phạt tiền", period=YTD),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
        subject="trị giá hàng hóa tịch thu, tiêu hủy", period=YTD),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở được cấp phép sản xuất nước rửa tay, xà phòng nước"),
    fig("khoảng 2,7 triệu", "2,7", 2.7e6, "measure", "lít", approx="about", percent=40,
        subject="tổng sản lượng của các cơ sở", period=Y23),
    fig("thành lập 3 tổ", "3", 3, "count", "tổ công tác", status="forecast",
        subject="tổ công tác kiểm tra lưu động", period=DEC),
]

NOTES = [
    "Radio/TV site (Truyền hình Nghệ An, NTV): menu, headline naming the district, 'Thứ Năm, 21/11/2024 - 16:45 | Lượt xem: 526', tag '(NTV) -', byline.",
    "Distractors: 'Đội Quản lý thị trường số 3', 'Ngày 20/11', 16:45, 'Lượt xem: 526', hotline 0238.3569.115.",
    "The seizure in huyện Nghi Lộc (headline names it) → location Nghi Lộc for the headline total and the seizure figures; the rest Nghệ An.",
    "'Ngày 20/11' → single-day period 2024-11-20 (year of the dateline), as 'Ngày 10/10/2022' in the shared gold; inherited by the next sentence's value.",
    "'ước tính khoảng 410 triệu' → estimate + about. Optional: the can size 'loại 5 lít' (a product spec).",
    "'phát hiện' / 'xử lý 49 vụ' after 'kiểm tra 57 vụ việc' has no part-of cue: no total. 'Từ đầu năm đến nay' ends at the dateline.",
    "'bằng khoảng 40% nhu cầu' → percent attribute 40 of the 2,7 triệu lít. 'trong tháng 12/2024 ... dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1526-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Nghệ An")
