"""p678-4: Bộ Xây dựng (ministry site) - national urban public lighting, LED share, smart control, targets."""
from lib import *

TEXT = """BỘ XÂY DỰNG
Trang chủ » Tin tức » Hạ tầng kỹ thuật

Đèn LED chiếm khoảng 58% hệ thống chiếu sáng công cộng đô thị

05/12/2023 10:32

(BXD) - Ngày 4/12, tại Hà Nội, Cục Hạ tầng kỹ thuật (Bộ Xây dựng) tổ chức Hội thảo "Chiếu sáng đô thị tiết kiệm năng lượng" lần thứ 5.

Theo báo cáo của Cục, tính đến hết tháng 10/2023, cả nước có khoảng 2,1 triệu bộ đèn chiếu sáng công cộng đô thị, trong đó đèn LED chiếm khoảng 58%, tăng 9 điểm phần trăm so với năm 2021. Tỷ lệ chiều dài đường phố chính được chiếu sáng đạt 99%, đường khu nhà ở, ngõ xóm đạt khoảng 86%.

Dẫn đầu về tỷ lệ đèn LED là Đà Nẵng (95,2%), Hà Nội (82,7%), TP. Hồ Chí Minh (78,4%); nhiều tỉnh miền núi tỷ lệ này còn dưới 30%. Hiện có 27/63 tỉnh, thành phố triển khai hệ thống điều khiển chiếu sáng thông minh với hơn 9.500 tủ điều khiển kết nối trung tâm.

Theo tính toán, đèn LED giúp tiết kiệm từ 40 đến 60% điện năng so với đèn sodium cùng độ rọi. Mỗi năm, cả nước ước tiết kiệm hơn 410 triệu kWh, tương đương khoảng 800 tỷ đồng. Suất đầu tư thay thế một bộ đèn LED từ 3,5 đến 5 triệu đồng.

Theo định hướng tại Quyết định số 1874/QĐ-TTg và QCVN 07-7:2016/BXD, phấn đấu đến năm 2025 tỷ lệ đèn LED trong chiếu sáng công cộng đạt 70%, đến năm 2030 đạt 100% tại các đô thị từ loại I trở lên.

Thông tin liên hệ: Cục Hạ tầng kỹ thuật, 37 Lê Đại Hành, Hà Nội.
"""

ASOF = per("tính đến hết tháng 10/2023", end="2023-10-31")
LED = "tỷ lệ đèn LED"

FIGS = [
    fig("khoảng 58% hệ thống", "58", 58, "percent", "%", "đèn LED trong hệ thống chiếu sáng công cộng đô thị", inh(ASOF),
        approx="about"),
    fig("khoảng 2,1 triệu bộ", "2,1", 2100000, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng đô thị", ASOF, approx="about"),
    fig("chiếm khoảng 58%, tăng", "58", 58, "percent", "%", "đèn LED trong bộ đèn chiếu sáng công cộng đô thị", ASOF,
        approx="about", change=chg("increase", 9, "điểm phần trăm", "năm 2021")),
    fig("đạt 99%", "99", 99, "percent", "%", "Tỷ lệ chiều dài đường phố chính được chiếu sáng", inh(ASOF)),
    fig("khoảng 86%", "86", 86, "percent", "%", "tỷ lệ chiều dài đường khu nhà ở, ngõ xóm được chiếu sáng", inh(ASOF),
        approx="about"),
    fig("(95,2%)", "95,2", 95.2, "percent", "%", LED, location="Đà Nẵng"),
    fig("(82,7%)", "82,7", 82.7, "percent", "%", LED, location="Hà Nội"),
    fig("(78,4%)", "78,4", 78.4, "percent", "%", LED, location="Hồ Chí Minh"),
    fig("dưới 30%", "30", 30, "percent", "%", "tỷ lệ đèn LED tại nhiều tỉnh miền núi", approx="under"),
    fig("27/63 tỉnh", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai hệ thống điều khiển chiếu sáng thông minh",
        total=63),
    fig("hơn 9.500 tủ", "9.500", 9500, "count", "tủ điều khiển", "tủ điều khiển kết nối trung tâm", approx="over"),
    fig("từ 40 đến 60%", "40", 40, "percent", "%", "điện năng tiết kiệm khi dùng đèn LED so với đèn sodium", value_max=60),
    fig("hơn 410 triệu kWh", "410", 410000000, "measure", "kWh", "điện năng cả nước tiết kiệm mỗi năm", approx="over",
        status="estimate"),
    fig("khoảng 800 tỷ", "800", 800000000000, "money", "đồng", "giá trị điện năng tiết kiệm mỗi năm", approx="about",
        status="estimate"),
    fig("từ 3,5 đến 5 triệu", "3,5", 3500000, "money", "đồng", "Suất đầu tư thay thế một bộ đèn LED", value_max=5000000),
    fig("đạt 70%", "70", 70, "percent", "%", "tỷ lệ đèn LED trong chiếu sáng công cộng", per("đến năm 2025", end="2025-12-31"),
        status="target"),
    fig("2030 đạt 100%", "100", 100, "percent", "%", "tỷ lệ đèn LED trong chiếu sáng công cộng tại các đô thị từ loại I trở lên",
        per("đến năm 2030", end="2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ Xây dựng site: national urban public lighting (Cục Hạ tầng kỹ thuật seminar); dateline '05/12/2023 10:32'. National figures -> Việt Nam.",
    "'tăng 9 điểm phần trăm so với năm 2021' is the change of the 58% share (unit 'điểm phần trăm'). Headline 58% is a figure of its own.",
    "City list items (Đà Nẵng, Hà Nội, TP. Hồ Chí Minh) go to location; 'nhiều tỉnh miền núi' names no place, stays national.",
    "Distractors: 'Ngày 4/12', 'lần thứ 5', 'Quyết định số 1874/QĐ-TTg', 'QCVN 07-7:2016/BXD', 'loại I', '37 Lê Đại Hành'.",
    "'Mỗi năm' is not a dated period, so the yearly saving has none; 'đến năm 2025/2030' targets end that year.",
]

if __name__ == "__main__":
    emit("p678-4", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Việt Nam")
