"""p1401-1: province portal (Nghệ An): students going abroad in 9 months of 2024, costs, loans, consulting firms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Nghệ An: 9 tháng có gần 3.900 người đi du học

Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.286

Theo Sở Giáo dục và Đào tạo, 9 tháng đầu năm 2024, toàn tỉnh có 3.874 học sinh, sinh viên xuất cảnh đi du học, tăng 11,6% so với cùng kỳ năm 2023, đứng thứ 2 cả nước sau Hà Nội. Trong đó, du học Nhật Bản 1.652 người, Hàn Quốc 1.208 người, Đài Loan (Trung Quốc) 514 người, các nước còn lại 500 người. Riêng quý III có 1.460 người xuất cảnh.

Số người đi du học theo diện vừa học vừa làm chiếm khoảng 62%, chủ yếu ở độ tuổi từ 18 đến 24. Các huyện có đông người đi du học là Yên Thành (512 người), Diễn Châu (468 người), Quỳnh Lưu (395 người) và thị xã Hoàng Mai (207 người).

Chi phí cho một người đi du học Nhật Bản hiện từ 150 đến 200 triệu đồng, du học Hàn Quốc khoảng 180-250 triệu đồng. Để hỗ trợ người học, Ngân hàng Chính sách xã hội tỉnh đã cho 326 hộ vay vốn với tổng dư nợ 28,4 tỷ đồng; mức cho vay tối đa 100 triệu đồng/người.

Năm học 2024-2025, tỉnh có 27 học sinh, sinh viên nhận học bổng toàn phần của chính phủ và các trường đại học nước ngoài, gấp 1,5 lần năm học trước.

Hiện Nghệ An có 41 tổ chức kinh doanh dịch vụ tư vấn du học được cấp phép, trong đó 29 tổ chức đặt trụ sở tại TP Vinh. Tỉnh phấn đấu đến năm 2025 có ít nhất 90% tổ chức tư vấn du học được kiểm tra định kỳ. Mọi phản ánh về hoạt động tư vấn du học xin gửi về đường dây nóng 0238.3844.615.

Tin liên quan:
- Nghệ An tổ chức Ngày hội tư vấn tuyển sinh năm 2024
- Giao lưu văn hóa Việt - Nhật lần thứ 5 tại TP Vinh
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có gần 3.900 người", "3.900", 3900, "count", "người", approx="nearly",
        subject="người đi du học", period=NINE_H),
    fig("có 3.874 học sinh", "3.874", 3874, "count", "học sinh, sinh viên",
        change=chg("increase", 11.6, "%", "cùng kỳ năm 2023"),
        subject="học sinh, sinh viên xuất cảnh đi du học", period=NINE),
    fig("đứng thứ 2 cả nước", "2", 2, "rank", "hạng",
        subject="học sinh, sinh viên xuất cảnh đi du học", period=NINE),
    fig("Nhật Bản 1.652 người", "1.652", 1652, "count", "người", total=3874,
        subject="du học Nhật Bản", period=inh(NINE)),
    fig("Hàn Quốc 1.208 người", "1.208", 1208, "count", "người", total=3874,
        subject="du học Hàn Quốc", period=inh(NINE)),
    fig("(Trung Quốc) 514 người", "514", 514, "count", "người", total=3874,
        subject="du học Đài Loan (Trung Quốc)", period=inh(NINE)),
    fig("còn lại 500 người", "500", 500, "count", "người", total=3874,
        subject="du học các nước còn lại", period=inh(NINE)),
    fig("có 1.460 người", "1.460", 1460, "count", "người",
        subject="người xuất cảnh", period=Q3),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="số người đi du học theo diện vừa học vừa làm", period=inh(NINE)),
    fig("từ 18 đến 24", "18", 18, "measure", "tuổi", value_max=24,
        subject="độ tuổi người đi du học", optional=True),
    fig("Yên Thành (512 người)", "512", 512, "count", "người",
        subject="người đi du học", period=inh(NINE), location="Yên Thành"),
    fig("Diễn Châu (468 người)", "468", 468, "count", "người",
        subject="người đi du học", period=inh(NINE), location="Diễn Châu"),
    fig("Quỳnh Lưu (395 người)", "395", 395, "count", "người",
        subject="người đi du học", period=inh(NINE), location="Quỳnh Lưu"),
    fig("Hoàng Mai (207 người)", "207", 207, "count", "người",
        subject="người đi du học", period=inh(NINE), location="Hoàng Mai"),
    fig("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng", value_max=200e6,
        subject="chi phí cho một người đi du học Nhật Bản"),
    fig("khoảng 180-250 triệu", "180", 180e6, "money", "đồng", value_max=250e6, approx="about",
        subject="chi phí du học Hàn Quốc"),
    fig("cho 326 hộ", "326", 326, "count", "hộ",
        subject="hộ vay vốn Ngân hàng Chính sách xã hội tỉnh"),
    fig("dư nợ 28,4 tỷ", "28,4", 28.4e9, "money", "đồng",
        subject="tổng dư nợ cho vay"),
    fig("tối đa 100 triệu", "100", 100e6, "money", "đồng/người", approx="at_most",
        subject="mức cho vay"),
    fig("có 27 học sinh", "27", 27, "count", "học sinh, sinh viên",
        change=chg("increase", 1.5, "lần", "năm học trước"),
        subject="học sinh, sinh viên nhận học bổng toàn phần của chính phủ và các trường đại học nước ngoài"),
    fig("có 41 tổ chức", "41", 41, "count", "tổ chức",
        subject="tổ chức kinh doanh dịch vụ tư vấn du học được cấp phép"),
    fig("29 tổ chức", "29", 29, "count", "tổ chức", total=41,
        subject="tổ chức kinh doanh dịch vụ tư vấn du học đặt trụ sở", location="Vinh"),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tổ chức tư vấn du học được kiểm tra định kỳ", period=T25),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.286', related links.",
    "Distractors: 09:40, Lượt xem 1.286, phone 0238.3844.615, 'năm 2024' and 'lần thứ 5' in related links, 'Năm học 2024-2025'.",
    "Headline '9 tháng' takes 2024 (no earlier date; published). 'quý III' (no year) takes 2024 from '9 tháng đầu năm 2024'.",
    "'Trong đó' parts after a sentence break: total 3.874, period inherited. Destinations are subject, not location.",
    "'đứng thứ 2 cả nước' ranks the province: location Nghệ An (as in the shared gold's ranks).",
    "District list (Yên Thành … Hoàng Mai): location each district, subject the list's indicator, period inherited.",
    "'Năm học 2024-2025': the spec has no rule for a school year, so the 27 scholarship holders carry no gold period (unscored).",
    "'gấp 1,5 lần năm học trước' after a count: change (increase 1.5 lần). Age range 'từ 18 đến 24' optional (describes the group).",
]

if __name__ == "__main__":
    write("p1401-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
