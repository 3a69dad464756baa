"""p1255-8: radio/TV site (Đài PT-TH Thanh Hóa, tag (TTV)): a bottled-water company in Quảng Xương, province checks."""
from lib import fig, per, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp nước uống đóng chai chạy hết công suất mùa nắng nóng

Thứ Ba, 03/09/2024 - 14:05

(TTV) - Những tháng cao điểm mùa hè năm nay, Công ty TNHH Nước uống Sao Mai tại xã Quảng Tân, huyện Quảng Xương luôn chạy hết công suất với 2.500 bình 20 lít và khoảng 18.000 chai các loại mỗi ngày.

8 tháng đầu năm 2024, công ty sản xuất 5,4 triệu lít nước, doanh thu đạt 21,6 tỷ đồng, tăng 18% so với cùng kỳ, bằng 72% kế hoạch năm. Cả năm 2024, doanh thu của công ty ước đạt khoảng 30 tỷ đồng. Công ty hiện có 46 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Để bảo đảm chất lượng, định kỳ 6 tháng/lần, công ty gửi mẫu đến Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm đủ 20 chỉ tiêu theo quy chuẩn.

Theo Sở Y tế, toàn tỉnh hiện có 312 cơ sở sản xuất nước uống đóng chai, trong đó huyện Quảng Xương có 27 cơ sở. Từ đầu năm đến nay, ngành y tế đã kiểm tra 205 cơ sở, phát hiện và xử lý 29 cơ sở vi phạm, phạt tiền 287 triệu đồng. Mục tiêu đến năm 2025, ít nhất 30% cơ sở sản xuất nước uống đóng chai trên địa bàn tỉnh áp dụng hệ thống quản lý chất lượng HACCP.

Phóng viên: Lê Hà - Minh Tuấn
Xem thêm: Chương trình Thời sự 19h45 ngày 03/09/2024
"""

P8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-03")
TO25 = per("đến năm 2025", None, "2025-12-31")
QX = "Quảng Xương"

FIGS = [
    fig("với 2.500 bình", "2.500", 2500, "measure", "bình/ngày",
        subject="bình nước Công ty TNHH Nước uống Sao Mai sản xuất mỗi ngày", location=QX),
    fig("bình 20 lít", "20", 20, "measure", "lít", optional=True, location=QX),
    fig("khoảng 18.000 chai", "18.000", 18000, "measure", "chai/ngày", approx="about",
        subject="chai các loại Công ty TNHH Nước uống Sao Mai sản xuất mỗi ngày", location=QX),
    fig("sản xuất 5,4 triệu", "5,4", 5.4e6, "measure", "lít", subject="nước công ty sản xuất",
        period=P8, location=QX),
    fig("đạt 21,6 tỷ", "21,6", 21.6e9, "money", "đồng", percent=72,
        change=chg("increase", 18, "%", "cùng kỳ"), subject="doanh thu công ty", period=P8, location=QX),
    fig("khoảng 30 tỷ", "30", 30e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu của công ty", period=Y24, location=QX),
    fig("có 46 lao động", "46", 46, "count", "lao động", subject="lao động của công ty", location=QX),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động công ty", location=QX),
    fig("định kỳ 6 tháng/lần", "6", 6, "measure", "tháng/lần", optional=True, location=QX),
    fig("đủ 20 chỉ tiêu", "20", 20, "count", "chỉ tiêu", subject="chỉ tiêu xét nghiệm mẫu", location=QX),
    fig("có 312 cơ sở", "312", 312, "count", "cơ sở", subject="cơ sở sản xuất nước uống đóng chai"),
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", total=312, subject="cơ sở sản xuất nước uống đóng chai",
        location=QX),
    fig("kiểm tra 205 cơ sở", "205", 205, "count", "cơ sở", subject="cơ sở được kiểm tra", period=YTD),
    fig("xử lý 29 cơ sở", "29", 29, "count", "cơ sở", subject="cơ sở vi phạm bị xử lý", period=YTD),
    fig("tiền 287 triệu", "287", 287e6, "money", "đồng", subject="tiền phạt", period=YTD),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="cơ sở sản xuất nước uống đóng chai áp dụng hệ thống quản lý chất lượng HACCP", period=TO25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, 'Thứ Ba, 03/09/2024 - 14:05', tag '(TTV) -', reporters, 'Xem thêm' programme link.",
    "Company passage placed in huyện Quảng Xương: location Quảng Xương; province figures (Sở Y tế, 'toàn tỉnh') Thanh Hóa;",
    "'trong đó huyện Quảng Xương có 27 cơ sở' -> total 312, location Quảng Xương.",
    "Output per day ('mỗi ngày'): measure with unit bình/ngày, chai/ngày. 'mùa hè năm nay' has no dates: no period.",
    "'doanh thu đạt 21,6 tỷ đồng, tăng 18% so với cùng kỳ, bằng 72% kế hoạch năm' -> change +18 %, percent 72.",
    "'Cả năm 2024 ... ước đạt khoảng 30 tỷ' -> estimate and about. 'đủ 20 chỉ tiêu' counts test indicators ('chỉ tiêu' is no target here).",
    "'bình 20 lít' (product size) and 'định kỳ 6 tháng/lần' (a testing rule) are optional. 'Từ đầu năm đến nay' ends at the dateline.",
    "Distractors: '19h45', dates and times, '(TTV)'.",
]

if __name__ == "__main__":
    write("p1255-8", TEXT, NOTES, FIGS, published="2024-09-03", location="Thanh Hóa")
