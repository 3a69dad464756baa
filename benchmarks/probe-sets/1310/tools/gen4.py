"""p1310-4: ministry site (Bộ TN&MT): national urban noise, monitoring network, cities' traffic noise, enforcement, 2030 target."""
from lib import fig, per, inh, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Ô nhiễm tiếng ồn đô thị: thách thức với chất lượng sống

12/03/2024 | 09:30 | Cục Kiểm soát ô nhiễm môi trường

Theo Báo cáo hiện trạng môi trường quốc gia giai đoạn 2019-2023, mạng lưới quan trắc quốc gia và địa phương hiện có hơn 1.500 điểm quan trắc tiếng ồn, trong đó 86 điểm quan trắc tự động, liên tục.

Năm 2023, mức ồn trung bình ban ngày trên các tuyến giao thông chính tại 5 thành phố trực thuộc Trung ương dao động 70-78 dBA; khoảng 65% số điểm quan trắc ven đường vượt QCVN 26:2010/BTNMT. Hà Nội và TP Hồ Chí Minh là hai địa phương có mức ồn giao thông cao nhất, lần lượt là 76,4 dBA và 75,9 dBA; tiếp đến là Hải Phòng (72,8 dBA), Đà Nẵng (71,5 dBA) và Cần Thơ (70,2 dBA).

Ở khu vực công nghiệp, tỷ lệ điểm quan trắc vượt quy chuẩn giảm từ 24% năm 2019 xuống còn 15,5% năm 2023. Cũng trong năm 2023, lực lượng Cảnh sát phòng chống tội phạm về môi trường trên cả nước phát hiện, xử lý 1.126 vụ vi phạm về tiếng ồn, độ rung, phạt tiền hơn 14,3 tỷ đồng; các đường dây nóng về môi trường tiếp nhận gần 2,4 nghìn phản ánh về tiếng ồn.

Theo Tổ chức Y tế Thế giới (WHO), tiếp xúc thường xuyên với tiếng ồn trên 85 dBA trong 8 giờ mỗi ngày có thể gây suy giảm thính lực vĩnh viễn.

Kế hoạch hành động quốc gia về kiểm soát ô nhiễm môi trường đặt mục tiêu đến năm 2030, 100% đô thị loại đặc biệt và loại I có hệ thống quan trắc tiếng ồn tự động, công bố thông tin trực tuyến.

Bài liên quan:
- Hướng dẫn kỹ thuật quan trắc tiếng ồn, độ rung
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Điện thoại: 024.3795.6868
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NOISE = "mức ồn giao thông"

FIGS = [
    fig("hơn 1.500 điểm", "1.500", 1500, "count", "điểm", approx="over",
        subject="điểm quan trắc tiếng ồn"),
    fig("86 điểm", "86", 86, "count", "điểm", total=1500,
        subject="điểm quan trắc tự động, liên tục"),
    fig("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố trực thuộc Trung ương",
        period=Y23),
    fig("dao động 70-78 dBA", "70", 70, "measure", "dBA", value_max=78,
        subject="mức ồn trung bình ban ngày trên các tuyến giao thông chính", period=Y23),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="số điểm quan trắc ven đường vượt QCVN 26:2010/BTNMT", period=Y23),
    fig("là hai địa phương", "hai", 2, "count", "địa phương",
        subject="địa phương có mức ồn giao thông cao nhất", period=inh(Y23), optional=True),
    fig("là 76,4 dBA", "76,4", 76.4, "measure", "dBA", subject=NOISE, period=inh(Y23), location="Hà Nội"),
    fig("và 75,9 dBA", "75,9", 75.9, "measure", "dBA", subject=NOISE, period=inh(Y23),
        location="TP Hồ Chí Minh"),
    fig("(72,8 dBA)", "72,8", 72.8, "measure", "dBA", subject=NOISE, period=inh(Y23), location="Hải Phòng"),
    fig("(71,5 dBA)", "71,5", 71.5, "measure", "dBA", subject=NOISE, period=inh(Y23), location="Đà Nẵng"),
    fig("(70,2 dBA)", "70,2", 70.2, "measure", "dBA", subject=NOISE, period=inh(Y23), location="Cần Thơ"),
    fig("từ 24%", "24", 24, "percent", "%",
        subject="tỷ lệ điểm quan trắc vượt quy chuẩn ở khu vực công nghiệp", period=Y19),
    fig("còn 15,5%", "15,5", 15.5, "percent", "%",
        subject="tỷ lệ điểm quan trắc vượt quy chuẩn ở khu vực công nghiệp", period=Y23b),
    fig("xử lý 1.126 vụ", "1.126", 1126, "count", "vụ",
        subject="vụ vi phạm về tiếng ồn, độ rung", period=Y23b),
    fig("hơn 14,3 tỷ", "14,3", 14.3e9, "money", "đồng", approx="over",
        subject="phạt tiền vi phạm về tiếng ồn, độ rung", period=Y23b),
    fig("gần 2,4 nghìn", "2,4", 2400, "count", "phản ánh", approx="nearly",
        subject="phản ánh về tiếng ồn các đường dây nóng về môi trường tiếp nhận", period=Y23b),
    fig("trên 85 dBA", "85", 85, "measure", "dBA", approx="over",
        subject="tiếng ồn gây suy giảm thính lực", optional=True),
    fig("trong 8 giờ", "8", 8, "measure", "giờ", subject="thời gian tiếp xúc mỗi ngày", optional=True),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="đô thị loại đặc biệt và loại I có hệ thống quan trắc tiếng ồn tự động", period=T30),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, '12/03/2024 | 09:30 | Cục Kiểm soát ô nhiễm môi trường', related link, address footer.",
    "All figures are national (location Việt Nam) except the city list, whose items are places → location, subject = the list's indicator.",
    "'hai địa phương' only names the pair whose values follow (optional). WHO's '85 dBA' threshold and '8 giờ mỗi ngày' exposure",
    "are a general health rule, not statistics of the article (optional).",
    "'giảm từ 24% năm 2019 xuống còn 15,5% năm 2023': two percent figures, each with its own year.",
    "'hơn 1.500 điểm ..., trong đó 86 điểm' → total 1500. '2,4 nghìn' = 2400. 'mục tiêu đến năm 2030' → target, start null.",
    "Distractors: 09:30, 'giai đoạn 2019-2023', QCVN 26:2010/BTNMT, 'loại I', 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
]

if __name__ == "__main__":
    write("p1310-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
