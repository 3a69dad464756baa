"""p1306-8: radio/TV site (Đài PT-TH Thanh Hóa): a 115 station on the expressway at Nghi Sơn, provincial figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Xã hội | Kinh tế | Video | Podcast | Truyền hình trực tuyến

Đưa vào hoạt động trạm cấp cứu 115 trên tuyến cao tốc qua Thanh Hóa

Thứ Hai, 04/11/2024 - 19:20

(TTV) - Sáng 4/11, Sở Y tế Thanh Hóa đưa vào hoạt động Trạm cấp cứu 115 số 9 đặt tại nút giao Quốc lộ 47, thị xã Nghi Sơn, phục vụ cấp cứu tai nạn trên cao tốc Bắc - Nam.

Trạm được đầu tư 3 xe cứu thương, trong đó 1 xe chuyên dụng có máy thở, với tổng kinh phí gần 5,8 tỷ đồng; bố trí 12 cán bộ, nhân viên trực thường xuyên. Trạm phụ trách đoạn cao tốc dài khoảng 45 km, từ Km 340 đến Km 385.

Theo Ban An toàn giao thông tỉnh, 10 tháng năm 2024, trên các tuyến cao tốc qua địa bàn tỉnh xảy ra 58 vụ tai nạn giao thông, giảm 12,5% so với cùng kỳ, làm 21 người chết và 64 người bị thương, tăng 8 người. Trước đây, thời gian tiếp cận hiện trường trên cao tốc trung bình 35-45 phút do xe phải xuất phát từ bệnh viện; khi có trạm, dự kiến rút ngắn còn khoảng 15 phút.

Toàn tỉnh hiện có 1 trung tâm và 12 trạm cấp cứu vệ tinh, đứng thứ 3 cả nước về số trạm, sau Hà Nội và TP Hồ Chí Minh. 9 tháng năm 2024, hệ thống cấp cứu 115 của tỉnh thực hiện 6.742 ca, gấp 1,6 lần cùng kỳ năm 2022; doanh thu dịch vụ vận chuyển đạt 9,3 tỷ đồng.

Giai đoạn 2025-2027, tỉnh dự kiến xây dựng thêm 4 trạm tại các huyện miền núi Bá Thước, Quan Hóa, Lang Chánh, Như Xuân; phấn đấu đến năm 2027 thời gian tiếp cận hiện trường bình quân toàn tỉnh dưới 20 phút.

Video: Phóng sự "Cuộc đua với thời gian trên cao tốc" - Bản tin Thời sự 19h
Tags: cấp cứu 115, cao tốc Bắc - Nam, Nghi Sơn
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
G = per("Giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
T27 = per("đến năm 2027", None, "2027-12-31")
NS = "Nghi Sơn"

FIGS = [
    fig("đầu tư 3 xe", "3", 3, "count", "xe cứu thương", location=NS, subject="xe cứu thương của trạm"),
    fig("trong đó 1 xe", "1", 1, "count", "xe", total=3, location=NS, subject="xe chuyên dụng có máy thở"),
    fig("gần 5,8 tỷ", "5,8", 5.8e9, "money", "đồng", approx="nearly", location=NS,
        subject="tổng kinh phí đầu tư xe cứu thương cho trạm"),
    fig("bố trí 12 cán bộ", "12", 12, "count", "cán bộ, nhân viên", location=NS,
        subject="cán bộ, nhân viên của trạm"),
    fig("khoảng 45 km", "45", 45, "measure", "km", approx="about", location=NS,
        subject="đoạn cao tốc trạm phụ trách"),
    fig("ra 58 vụ", "58", 58, "count", "vụ", change=chg("decrease", 12.5, "%", "cùng kỳ"), period=M10,
        subject="vụ tai nạn giao thông trên các tuyến cao tốc qua địa bàn tỉnh"),
    fig("làm 21 người", "21", 21, "count", "người", period=M10, subject="người chết do tai nạn giao thông trên cao tốc"),
    fig("64 người", "64", 64, "count", "người", change=chg("increase", 8, "người"), period=M10,
        subject="người bị thương do tai nạn giao thông trên cao tốc"),
    fig("trung bình 35-45 phút", "35", 35, "measure", "phút", value_max=45,
        subject="thời gian tiếp cận hiện trường trên cao tốc trước đây"),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about", status="forecast",
        subject="thời gian tiếp cận hiện trường trên cao tốc khi có trạm"),
    fig("có 1 trung tâm", "1", 1, "count", "trung tâm", subject="trung tâm cấp cứu"),
    fig("và 12 trạm", "12", 12, "count", "trạm", subject="trạm cấp cứu vệ tinh"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số trạm cấp cứu vệ tinh"),
    fig("6.742 ca", "6.742", 6742, "count", "ca", change=chg("increase", 1.6, "lần", "cùng kỳ năm 2022"),
        period=M9, subject="ca hệ thống cấp cứu 115 của tỉnh thực hiện"),
    fig("đạt 9,3 tỷ", "9,3", 9.3e9, "money", "đồng", period=M9, subject="doanh thu dịch vụ vận chuyển"),
    fig("thêm 4 trạm", "4", 4, "count", "trạm", status="forecast", period=G,
        subject="trạm xây dựng thêm tại các huyện miền núi"),
    fig("dưới 20 phút", "20", 20, "measure", "phút", approx="under", status="target", period=T27,
        subject="thời gian tiếp cận hiện trường bình quân toàn tỉnh"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, 'Thứ Hai, 04/11/2024 - 19:20', tag '(TTV) -', video caption, tags.",
    "Distractors: 'Trạm cấp cứu 115 số 9' (a name), 'Quốc lộ 47', 'Km 340', 'Km 385' (road markers), 'Sáng 4/11', 'Bản tin Thời sự 19h', 'cao tốc Bắc - Nam'.",
    "Station passage (thị xã Nghi Sơn): location Nghi Sơn; '1 xe' after 'trong đó' → total 3. The 35-45 phút before the station is the expressway in the province: Thanh Hóa.",
    "'58 vụ ..., giảm 12,5% so với cùng kỳ' → change of 58; '64 người bị thương, tăng 8 người' → change +8 người (no baseline stated).",
    "'dự kiến rút ngắn còn khoảng 15 phút' → forecast + about; same sentence and indicator as the 35-45 phút, in the paragraph on the province's expressways: Thanh Hóa.",
    "revised after the first run: '5,8 tỷ' subject = the cost of the 3 ambulances ('đầu tư 3 xe ... với tổng kinh phí'), not of the station; '15 phút' location Nghi Sơn → Thanh Hóa (consistency with the 35-45 phút in the same sentence).",
    "'đứng thứ 3 cả nước về số trạm' → rank 3, location Thanh Hóa (the province is ranked; 'cả nước' is the field).",
    "'6.742 ca, gấp 1,6 lần cùng kỳ năm 2022' → change increase 1,6 lần. 'doanh thu ... đạt 9,3 tỷ' continues the 9-month sentence after ';'.",
    "'Giai đoạn 2025-2027, tỉnh dự kiến ... thêm 4 trạm' → forecast; 'phấn đấu đến năm 2027 ... dưới 20 phút' → target.",
]

if __name__ == "__main__":
    write("p1306-8", TEXT, NOTES, FIGS, published="2024-11-04", location="Thanh Hóa")
