"""p701-6: national press — online birth/death registration via the linked public services, 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Thời sự > Chính trị

Thứ năm, 9/1/2025, 06:45 (GMT+7)

Hơn 1,35 triệu hồ sơ khai sinh được tiếp nhận qua liên thông

Năm 2024, nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi tiếp nhận 1.352.780 hồ sơ, trong đó 1.208.415 hồ sơ đã giải quyết xong, đạt 89,3%.

Theo Bộ Công an, với nhóm thủ tục liên thông đăng ký khai tử - xóa đăng ký thường trú - hưởng chế độ tử tuất, mai táng phí, các địa phương tiếp nhận 402.160 hồ sơ, gấp 2,4 lần năm 2023.

Thanh Hóa, Nghệ An và Hà Nội lần lượt là 3 địa phương có số hồ sơ liên thông khai sinh lớn nhất, với 68.420, 59.730 và 55.118 hồ sơ. Tỷ lệ hồ sơ nộp qua ứng dụng VNeID chiếm khoảng 74%, phần còn lại nộp qua Cổng Dịch vụ công quốc gia.

Nhờ liên thông, thời gian giải quyết rút ngắn từ 16-20 ngày xuống còn 3-5 ngày, người dân chỉ phải đến cơ quan nhà nước một lần hoặc không phải đi lại. Bộ Công an ước tính mỗi năm xã hội tiết kiệm hơn 1.000 tỷ đồng chi phí đi lại, in ấn.

Trao đổi với phóng viên, đại diện Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) cho biết, trung bình mỗi ngày hệ thống tiếp nhận khoảng 4.000 hồ sơ. Dự kiến trong quý I/2025, dịch vụ sẽ được mở rộng tới 100% xã, phường, thị trấn; năm 2025 đặt mục tiêu ít nhất 80% hồ sơ được nộp trực tuyến toàn trình.

Người dân gặp vướng mắc có thể gọi tổng đài 1900.0368 hoặc truy cập dichvucong.gov.vn để được hướng dẫn.

Hoàng Phương
"""

Y = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 1,35 triệu hồ sơ", "1,35", 1350000, "count", "hồ sơ", approx="over",
        subject="hồ sơ khai sinh được tiếp nhận qua liên thông"),
    fig("tiếp nhận 1.352.780 hồ sơ", "1.352.780", 1352780, "count", "hồ sơ",
        subject="hồ sơ liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế tiếp nhận", period=Y),
    fig("trẻ dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    fig("trong đó 1.208.415 hồ sơ", "1.208.415", 1208415, "count", "hồ sơ", total=1352780, percent=89.3,
        subject="hồ sơ liên thông khai sinh đã giải quyết xong", period=Y),
    fig("tiếp nhận 402.160 hồ sơ", "402.160", 402160, "count", "hồ sơ",
        change=chg("increase", 2.4, unit="lần", baseline="năm 2023"),
        subject="hồ sơ liên thông đăng ký khai tử - xóa đăng ký thường trú - hưởng chế độ tử tuất, mai táng phí tiếp nhận",
        period=inh(Y)),
    fig("là 3 địa phương", "3", 3, "count", "địa phương",
        subject="địa phương có số hồ sơ liên thông khai sinh lớn nhất", period=inh(Y)),
    fig("với 68.420", "68.420", 68420, "count", "hồ sơ",
        subject="hồ sơ liên thông khai sinh", period=inh(Y), location="Thanh Hóa"),
    fig("68.420, 59.730", "59.730", 59730, "count", "hồ sơ",
        subject="hồ sơ liên thông khai sinh", period=inh(Y), location="Nghệ An"),
    fig("và 55.118 hồ sơ", "55.118", 55118, "count", "hồ sơ",
        subject="hồ sơ liên thông khai sinh", period=inh(Y), location="Hà Nội"),
    fig("nhà nước một lần", "một", 1, "count", "lần", subject="số lần người dân phải đến cơ quan nhà nước",
        optional=True),
    fig("khoảng 74%", "74", 74, "percent", "%", approx="about",
        subject="tỷ lệ hồ sơ nộp qua ứng dụng VNeID", period=inh(Y)),
    fig("từ 16-20 ngày", "16", 16, "measure", "ngày", value_max=20,
        subject="thời gian giải quyết trước khi liên thông"),
    fig("còn 3-5 ngày", "3", 3, "measure", "ngày", value_max=5,
        subject="thời gian giải quyết nhờ liên thông"),
    fig("hơn 1.000 tỷ đồng", "1.000", 1000000000000, "money", "đồng", approx="over", status="estimate",
        subject="chi phí đi lại, in ấn xã hội tiết kiệm mỗi năm"),
    fig("khoảng 4.000 hồ sơ", "4.000", 4000, "count", "hồ sơ/ngày", approx="about",
        subject="hồ sơ hệ thống tiếp nhận trung bình mỗi ngày"),
    fig("tới 100% xã", "100", 100, "percent", "%", status="forecast",
        subject="xã, phường, thị trấn được mở rộng dịch vụ",
        period=per("quý I/2025", "2025-01-01", "2025-03-31")),
    fig("ít nhất 80% hồ sơ", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="hồ sơ được nộp trực tuyến toàn trình",
        period=per("năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "National press, 'Thứ năm, 9/1/2025, 06:45 (GMT+7)', byline at the end: linked birth / death registration services in 2024.",
    "Location Việt Nam throughout, except the 'lần lượt' list (Thanh Hóa, Nghệ An, Hà Nội) whose items take their province.",
    "'gấp 2,4 lần năm 2023' after 402.160 hồ sơ is its change (lần), not a multiple figure of its own. '3 địa phương' is a count.",
    "'từ 16-20 ngày xuống còn 3-5 ngày': choice — both ranges are figures (before / after), value_max from the range, no change.",
    "'một lần' (one visit) is a count in words but reads as manner: optional. 'khoảng 4.000 hồ sơ' per day: unit 'hồ sơ/ngày'.",
    "'Dự kiến … 100%' → forecast; '… đặt mục tiêu ít nhất 80%' → target (its own cue). 'dưới 6 tuổi' is a threshold: optional.",
    "Distractors: (GMT+7), date, tổng đài 1900.0368, C06, dichvucong.gov.vn, 'mức' words; the headline has no period phrase.",
]

if __name__ == "__main__":
    emit("p701-6", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Việt Nam")
