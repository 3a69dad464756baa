"""p1329-2: district portal (huyện Tháp Mười, Đồng Tháp): traders buy Hè Thu paddy at the field."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁP MƯỜI - TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Thương lái vào tận ruộng thu mua lúa Hè Thu

22/07/2024 - 10:15

Những ngày này, nông dân các xã Mỹ Hòa, Trường Xuân, Thạnh Lợi đang tập trung thu hoạch lúa Hè Thu. Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, vụ Hè Thu 2024 toàn huyện gieo sạ 41.280 ha; tính đến ngày 20/7, đã thu hoạch 12.350 ha. Năng suất bình quân khoảng 6,3 tấn/ha.

Ông Lê Văn Tâm (ấp 3, xã Mỹ Hòa) cho biết, gia đình ông sạ 5 ha lúa OM 18, thương lái đặt cọc trước 2 triệu đồng/ha và thu mua lúa tươi tại ruộng giá 7.400 đồng/kg, cao hơn vụ Hè Thu năm trước khoảng 600 đồng/kg. Năng suất đạt 850 kg/công, trừ chi phí ông lãi gần 30 triệu đồng/ha.

Trên địa bàn huyện hiện có khoảng 150 thương lái và 23 doanh nghiệp, cơ sở xay xát tham gia thu mua lúa. Năm nay, 17/21 hợp tác xã của huyện liên kết tiêu thụ với doanh nghiệp trên diện tích 9.640 ha, tăng 1.150 ha so với năm 2023.

Phòng Nông nghiệp và PTNT huyện khuyến cáo nông dân không bán lúa non, chỉ thu hoạch khi lúa chín 85-90%. Dự kiến sản lượng lúa Hè Thu toàn huyện đạt khoảng 260.000 tấn; đến cuối tháng 8 sẽ thu hoạch dứt điểm.

Nguồn: Phòng Văn hóa và Thông tin huyện Tháp Mười

Tin khác:
- Tháp Mười tổ chức Hội thi Nhà nông đua tài lần thứ 3
- Lịch tiếp công dân tháng 8/2024

Địa chỉ: Số 68, đường 30/4, khóm 3, thị trấn Mỹ An, huyện Tháp Mười. Điện thoại: 0277.3821.246
"""

ASOF = per("tính đến ngày 20/7", None, "2024-07-20")
YEAR = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gieo sạ 41.280 ha", "41.280", 41280, "measure", "ha",
        subject="diện tích lúa vụ Hè Thu 2024 gieo sạ"),
    fig("thu hoạch 12.350 ha", "12.350", 12350, "measure", "ha",
        subject="diện tích lúa Hè Thu đã thu hoạch", period=ASOF),
    fig("khoảng 6,3 tấn/ha", "6,3", 6.3, "measure", "tấn/ha", approx="about",
        subject="năng suất bình quân"),
    fig("sạ 5 ha", "5", 5, "measure", "ha",
        subject="diện tích lúa OM 18 gia đình ông Lê Văn Tâm sạ"),
    fig("trước 2 triệu", "2", 2e6, "money", "đồng/ha",
        subject="tiền thương lái đặt cọc trước"),
    fig("giá 7.400 đồng/kg", "7.400", 7400, "money", "đồng/kg",
        change=chg("increase", 600, "đồng/kg", "vụ Hè Thu năm trước", approx="about"),
        subject="giá lúa tươi tại ruộng thương lái thu mua"),
    fig("đạt 850 kg/công", "850", 850, "measure", "kg/công", subject="năng suất"),
    fig("gần 30 triệu", "30", 30e6, "money", "đồng/ha", approx="nearly",
        subject="lãi sau khi trừ chi phí"),
    fig("khoảng 150 thương lái", "150", 150, "count", "thương lái", approx="about",
        subject="thương lái tham gia thu mua lúa"),
    fig("và 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp, cơ sở xay xát",
        subject="doanh nghiệp, cơ sở xay xát tham gia thu mua lúa"),
    fig("17/21 hợp tác xã", "17", 17, "count", "hợp tác xã", total=21,
        subject="hợp tác xã liên kết tiêu thụ với doanh nghiệp", period=YEAR),
    fig("diện tích 9.640 ha", "9.640", 9640, "measure", "ha",
        change=chg("increase", 1150, "ha", "năm 2023"),
        subject="diện tích hợp tác xã liên kết tiêu thụ với doanh nghiệp", period=YEAR),
    fig("chín 85-90%", "85", 85, "percent", "%", value_max=90,
        subject="độ chín của lúa khi thu hoạch", optional=True),
    fig("khoảng 260.000 tấn", "260.000", 260000, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng lúa Hè Thu toàn huyện"),
]

NOTES = [
    "District portal (huyện Tháp Mười, Đồng Tháp): banner naming the district, menu, dateline '22/07/2024 - 10:15', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:15, 'ấp 3', OM 18, 'vụ Hè Thu 2024', 'lần thứ 3', 'tháng 8/2024' in a link, 'Số 68, đường 30/4, khóm 3', phone 0277.3821.246.",
    "'tính đến ngày 20/7' is an as-of date in its own clause: only 12.350 ha takes it (year from the dateline and 'vụ Hè Thu 2024').",
    "The season goes into the subject, no period. 'Năm nay' (published 2024) is the period of '17/21 hợp tác xã' and '9.640 ha'.",
    "'17/21 hợp tác xã' → total 21. 'lúa chín 85-90%' is optional: a recommended ripeness threshold, not a measured fact.",
    "'công' (1.000 m2) is a local area unit: 'kg/công'. 'lãi gần 30 triệu đồng/ha' is money per ha.",
    "'Dự kiến' → forecast for 260.000 tấn; 'đến cuối tháng 8' stands in the next clause and is not a period of the figure.",
]

if __name__ == "__main__":
    write("p1329-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Tháp Mười")
