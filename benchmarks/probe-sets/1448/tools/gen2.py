"""p1448-2: district portal (huyện Hoằng Hóa, Thanh Hóa): eyelash piecework for rural women; a workshop in xã Hoằng Đạt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Nghề mi giả giúp phụ nữ nông thôn có thu nhập ổn định
21/05/2024 - 10:12

Những năm gần đây, nghề làm mi giả đã lan rộng ra 27/37 xã, thị trấn trên địa bàn huyện Hoằng Hóa. Theo Phòng Kinh tế và Hạ tầng, hiện toàn huyện có 64 cơ sở nhận gia công mi giả cho các doanh nghiệp trong và ngoài tỉnh, sử dụng khoảng 3.500 lao động thường xuyên và hàng nghìn lao động thời vụ.

Bà Lê Thị Nga, chủ cơ sở mi giả ở xã Hoằng Đạt, cho biết: "Xưởng của tôi có 85 chị em, mỗi người làm được từ 30 đến 40 cặp mi mỗi ngày. Tiền công tính theo sản phẩm, từ 1.500 đến 3.000 đồng/cặp tùy loại, nên thu nhập trung bình khoảng 5,5 triệu đồng/tháng". Năm 2023, cơ sở của bà có doanh thu hơn 4,2 tỷ đồng, tăng 20% so với năm 2022.

Công việc không đòi hỏi nhiều vốn, chị em có thể nhận hàng về làm tại nhà sau giờ đồng áng. Người cao tuổi, người khuyết tật cũng có thể tham gia; riêng xã Hoằng Đạt có 42 người khuyết tật đang làm mi giả.

Năm 2024, huyện đặt mục tiêu mở thêm 10 lớp đào tạo nghề mi giả cho khoảng 350 lao động nông thôn. 4 tháng đầu năm, huyện đã tổ chức được ba lớp với 105 học viên, đạt 30% kế hoạch.

Nguồn: Đài Truyền thanh huyện Hoằng Hóa

Tin khác:
- Hoằng Hóa tổ chức Ngày hội Văn hóa các làng nghề năm 2024
- Thông báo lịch tiếp công dân tháng 6/2024

Địa chỉ: Số 2 đường Trần Phú, thị trấn Bút Sơn, huyện Hoằng Hóa, tỉnh Thanh Hóa. ĐT: 0237.3865.172
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")

FIGS = [
    fig("27/37 xã", "27", 27, "count", "xã, thị trấn", total=37,
        subject="xã, thị trấn có nghề làm mi giả"),
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở nhận gia công mi giả"),
    fig("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about",
        subject="lao động thường xuyên"),
    fig("và hàng nghìn lao động", "hàng nghìn", 1000, "count", "lao động", approx="about",
        subject="lao động thời vụ", optional=True),
    fig("có 85 chị em", "85", 85, "count", "chị em", subject="chị em làm ở xưởng của bà Lê Thị Nga"),
    fig("từ 30 đến 40 cặp", "30", 30, "measure", "cặp mi/người/ngày", value_max=40,
        subject="cặp mi mỗi người làm được mỗi ngày"),
    fig("từ 1.500 đến 3.000", "1.500", 1500, "money", "đồng/cặp", value_max=3000,
        subject="tiền công tính theo sản phẩm"),
    fig("khoảng 5,5 triệu", "5,5", 5.5e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập trung bình"),
    fig("hơn 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="over",
        change=chg("increase", 20, "%", "năm 2022"),
        subject="doanh thu cơ sở của bà Lê Thị Nga", period=Y23),
    fig("có 42 người", "42", 42, "count", "người khuyết tật",
        subject="người khuyết tật đang làm mi giả ở xã Hoằng Đạt"),
    fig("thêm 10 lớp", "10", 10, "count", "lớp", status="target",
        subject="lớp đào tạo nghề mi giả mở thêm", period=Y24),
    fig("khoảng 350 lao động", "350", 350, "count", "lao động", approx="about", status="target",
        subject="lao động nông thôn được đào tạo nghề mi giả", period=Y24),
    fig("được ba lớp", "ba", 3, "count", "lớp", subject="lớp đào tạo nghề mi giả đã tổ chức", period=M4),
    fig("với 105 học viên", "105", 105, "count", "học viên", percent=30,
        subject="học viên các lớp đào tạo nghề mi giả", period=M4),
]

NOTES = [
    "District portal (Hoằng Hóa, Thanh Hóa): banner naming the district, menu, date line '21/05/2024 - 10:12', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:12, 'Số 2 đường Trần Phú', phone 0237.3865.172, 'tháng 6/2024' and 'năm 2024' in links.",
    "Location: the district throughout; xã Hoằng Đạt is a commune (not a province, city or district), so its figures keep Hoằng Hóa.",
    "'hàng nghìn lao động thời vụ' is optional: an indefinite quantity word (FIGURES.md names 'hàng chục nghìn' as a number, approx); value 1000, about.",
    "The quote: piece rate 'từ 30 đến 40 cặp mi mỗi ngày' per worker is a rate (measure, cặp mi/người/ngày); range price đồng/cặp; monthly income đồng/tháng. No period (present habit).",
    "'4 tháng đầu năm' takes 2024 from 'Năm 2024' of the previous sentence. 'đạt 30% kế hoạch' follows '105 học viên' (105/350 = 30%): percent attribute of 105, not of 'ba lớp'.",
    "'đặt mục tiêu' -> target for 10 lớp and 350 lao động.",
]

if __name__ == "__main__":
    write("p1448-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Hoằng Hóa")
