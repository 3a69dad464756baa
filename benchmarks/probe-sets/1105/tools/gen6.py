"""p1105-6: national newspaper (VnExpress style): volunteer group cleaning Đà Nẵng beaches, 2025."""
from lib import fig, period, inherit, change, write

TEXT = """Thời sự › Môi trường
Thứ hai, 17/3/2025, 06:30 (GMT+7)

Nhóm bạn trẻ nhặt hơn 40 tấn rác trên bãi biển Đà Nẵng

Sau gần 5 năm hoạt động, nhóm tình nguyện "Biển xanh" của anh Lê Minh Tuấn, 29 tuổi, đã thu gom hơn 40 tấn rác trên các bãi biển Đà Nẵng.

Sáng chủ nhật, khoảng 150 thành viên của nhóm có mặt tại bãi biển Mỹ Khê, đoạn gần đường Võ Nguyên Giáp, để nhặt rác. Sau 2 giờ, họ thu được 37 bao rác, chủ yếu là chai nhựa, ống hút, hộp xốp và lưới đánh cá cũ, tổng khối lượng khoảng 650 kg.

Thành lập năm 2020 với 12 thành viên, đến nay nhóm có hơn 1.800 thành viên, trong đó khoảng 70% là sinh viên. Nhóm nhặt rác đều đặn mỗi sáng chủ nhật; riêng năm 2024 tổ chức 52 buổi, thu gom 11,6 tấn rác, gấp 1,5 lần năm 2023.

Rác nhựa sau khi phân loại được bán cho cơ sở tái chế với giá 3.000-5.000 đồng/kg; số tiền thu được, khoảng 25 triệu đồng mỗi năm, dùng để mua găng tay, kẹp gắp rác.

Theo Sở Tài nguyên và Môi trường Đà Nẵng, thành phố có khoảng 60 km bờ biển, mỗi ngày lực lượng vệ sinh môi trường thu gom trung bình 18-20 tấn rác trên các bãi tắm. Năm 2024, thành phố đón hơn 10,9 triệu lượt khách, tăng 22% so với năm trước, khiến áp lực rác thải ven biển ngày càng lớn.

Anh Tuấn cho biết năm nay nhóm dự kiến mở rộng hoạt động ra 3 bãi biển ở quận Ngũ Hành Sơn và thu hút thêm khoảng 500 thành viên.

Ngọc Trường
"""

Y20 = period("năm 2020", "2020-01-01", "2020-12-31")
NOW = period("đến nay", None, "2025-03-17")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm nay", "2025-01-01", "2025-12-31")

F = [
    fig("nhặt hơn 40 tấn rác", "40", 40, "measure", "tấn",
        "rác nhóm bạn trẻ nhặt trên bãi biển", approx="over"),
    fig("thu gom hơn 40 tấn rác", "40", 40, "measure", "tấn",
        "rác nhóm tình nguyện Biển xanh thu gom trên các bãi biển", approx="over"),
    fig("29 tuổi", "29", 29, "measure", "tuổi",
        "tuổi của anh Lê Minh Tuấn", optional=True),
    fig("khoảng 150 thành viên", "150", 150, "count", "thành viên",
        "thành viên của nhóm có mặt nhặt rác tại bãi biển Mỹ Khê", approx="about"),
    fig("Sau 2 giờ", "2", 2, "measure", "giờ",
        "thời gian nhặt rác", optional=True),
    fig("được 37 bao rác", "37", 37, "count", "bao rác",
        "bao rác thu được"),
    fig("khoảng 650 kg", "650", 650, "measure", "kg",
        "tổng khối lượng rác thu được", approx="about"),
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        "thành viên của nhóm khi thành lập", Y20),
    fig("hơn 1.800 thành viên", "1.800", 1800, "count", "thành viên",
        "thành viên của nhóm", NOW, approx="over"),
    fig("khoảng 70% là sinh viên", "70", 70, "percent", "%",
        "tỷ lệ sinh viên trong số thành viên", NOW, approx="about"),
    fig("tổ chức 52 buổi", "52", 52, "count", "buổi",
        "buổi nhặt rác", Y24),
    fig("thu gom 11,6 tấn rác", "11,6", 11.6, "measure", "tấn",
        "rác thu gom", Y24, change=change("increase", 1.5, "lần", "năm 2023")),
    fig("giá 3.000-5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg",
        "giá bán rác nhựa cho cơ sở tái chế", value_max=5000),
    fig("khoảng 25 triệu đồng", "25", 25000000, "money", "đồng/năm",
        "số tiền thu được từ bán rác nhựa mỗi năm", approx="about"),
    fig("khoảng 60 km bờ biển", "60", 60, "measure", "km",
        "chiều dài bờ biển", approx="about"),
    fig("trung bình 18-20 tấn rác", "18", 18, "measure", "tấn/ngày",
        "rác thu gom trên các bãi tắm mỗi ngày", value_max=20),
    fig("hơn 10,9 triệu lượt khách", "10,9", 10900000, "count", "lượt khách",
        "lượt khách đón", Y24b, approx="over", change=change("increase", 22, "%", "năm trước")),
    fig("ra 3 bãi biển", "3", 3, "count", "bãi biển",
        "bãi biển mở rộng hoạt động", Y25, status="forecast", location="Ngũ Hành Sơn"),
    fig("khoảng 500 thành viên", "500", 500, "count", "thành viên",
        "thành viên thu hút thêm", Y25, approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ hai, 17/3/2025, 06:30 (GMT+7)', byline at the end): a volunteer group cleaning Đà Nẵng beaches.",
    "Not figures: the dateline, 'Sau gần 5 năm hoạt động' (duration that locates), 'Sáng chủ nhật', 'đường Võ Nguyên Giáp'.",
    "Optional: the founder's age '29 tuổi' and 'Sau 2 giờ' (duration of the morning's work, may be read as a measure or as time).",
    "'gấp 1,5 lần năm 2023' after 11,6 tấn is its change (1.5 lần), not a multiple figure. 'mỗi năm'/'mỗi ngày' rates keep the unit đồng/năm, tấn/ngày.",
    "'đến nay' -> as-of the dateline 2025-03-17; 'năm nay' -> 2025. The 3 beaches are in quận Ngũ Hành Sơn; the 500 new members stay Đà Nẵng.",
]

write(6, TEXT, F, NOTES, published="2025-03-17", location="Đà Nẵng")
