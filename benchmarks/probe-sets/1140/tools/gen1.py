"""p1140-1: province portal (Nghệ An), community mental health programme as of 30/9/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Nghệ An: Hơn 7.200 người bệnh tâm thần được quản lý tại cộng đồng

Cập nhật: 24/10/2024 08:30 | Lượt xem: 2.417

(nghean.gov.vn) - Tính đến ngày 30/9/2024, Chương trình bảo vệ sức khỏe tâm thần cộng đồng đã triển khai tại 412/460 xã, phường, thị trấn của tỉnh Nghệ An, đang quản lý 7.236 người bệnh, tăng 318 người so với cùng kỳ năm 2023. Trong đó, tâm thần phân liệt 4.105 người, động kinh 2.684 người, trầm cảm 447 người.

Trong 9 tháng, tỷ lệ người bệnh tâm thần phân liệt được điều trị duy trì đạt 86,4%; tỷ lệ người bệnh ổn định, tái hòa nhập cộng đồng ước đạt 72,5%, cao hơn 3,1 điểm phần trăm so với năm 2023.

Tại xã Diễn Kỷ (huyện Diễn Châu), trạm y tế đang quản lý 46 người bệnh tâm thần, trong đó 29 người mắc tâm thần phân liệt. Hằng tháng, cán bộ chuyên trách đến từng nhà cấp thuốc và hướng dẫn gia đình theo dõi người bệnh. Nhờ vậy, hai người bệnh từng nhiều lần lên cơn kích động nay đã đi làm thuê trở lại, thu nhập khoảng 5 triệu đồng/người/tháng.

Bệnh viện Tâm thần Nghệ An hiện có 250 giường bệnh kế hoạch nhưng thường xuyên điều trị nội trú từ 280 đến 300 người bệnh, công suất sử dụng giường bệnh đạt 116%. Người dân cần tư vấn có thể gọi đường dây nóng của bệnh viện: 0238.3851.076.

Thực hiện Quyết định số 1929/QĐ-TTg của Thủ tướng Chính phủ, năm 2025 tỉnh phấn đấu quản lý, điều trị ít nhất 95% người bệnh tâm thần phân liệt và động kinh được phát hiện; kinh phí dành cho chương trình dự kiến khoảng 3,2 tỷ đồng.
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DC = "Diễn Châu"

FIGS = [
    fig("Hơn 7.200 người", "7.200", 7200, "count", "người bệnh", approx="over",
        subject="người bệnh tâm thần được quản lý tại cộng đồng"),
    fig("tại 412/460 xã", "412", 412, "count", "xã, phường, thị trấn", total=460,
        subject="xã, phường, thị trấn triển khai Chương trình bảo vệ sức khỏe tâm thần cộng đồng", period=ASOF),
    fig("quản lý 7.236 người bệnh", "7.236", 7236, "count", "người bệnh",
        change=chg("increase", 318, "người", "cùng kỳ năm 2023"),
        subject="người bệnh tâm thần được quản lý", period=ASOF),
    fig("phân liệt 4.105 người", "4.105", 4105, "count", "người", total=7236,
        subject="người bệnh tâm thần phân liệt được quản lý", period=inh(ASOF)),
    fig("động kinh 2.684 người", "2.684", 2684, "count", "người", total=7236,
        subject="người bệnh động kinh được quản lý", period=inh(ASOF)),
    fig("trầm cảm 447 người", "447", 447, "count", "người", total=7236,
        subject="người bệnh trầm cảm được quản lý", period=inh(ASOF)),
    fig("duy trì đạt 86,4%", "86,4", 86.4, "percent", "%",
        subject="tỷ lệ người bệnh tâm thần phân liệt được điều trị duy trì", period=M9),
    fig("ước đạt 72,5%", "72,5", 72.5, "percent", "%", status="estimate",
        change=chg("increase", 3.1, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ người bệnh ổn định, tái hòa nhập cộng đồng", period=M9),
    fig("quản lý 46 người bệnh", "46", 46, "count", "người bệnh", location=DC,
        subject="người bệnh tâm thần trạm y tế xã Diễn Kỷ quản lý"),
    fig("trong đó 29 người", "29", 29, "count", "người", total=46, location=DC,
        subject="người mắc tâm thần phân liệt"),
    fig("hai người bệnh", "hai", 2, "count", "người bệnh", location=DC,
        subject="người bệnh từng lên cơn kích động nay đi làm thuê trở lại"),
    fig("khoảng 5 triệu", "5", 5000000, "money", "đồng/người/tháng", approx="about", location=DC,
        subject="thu nhập của người bệnh đi làm thuê"),
    fig("có 250 giường", "250", 250, "count", "giường bệnh",
        subject="giường bệnh kế hoạch của Bệnh viện Tâm thần Nghệ An"),
    fig("từ 280 đến 300", "280", 280, "count", "người bệnh", value_max=300,
        subject="người bệnh điều trị nội trú"),
    fig("đạt 116%", "116", 116, "percent", "%", subject="công suất sử dụng giường bệnh"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ người bệnh tâm thần phân liệt và động kinh được phát hiện được quản lý, điều trị",
        period=Y25),
    fig("khoảng 3,2 tỷ", "3,2", 3200000000, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí dành cho chương trình", period=Y25),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 24/10/2024 08:30 | Lượt xem: 2.417' (published; view counter is furniture).",
    "Distractors: Lượt xem 2.417, 08:30, phone 0238.3851.076, 'Quyết định số 1929/QĐ-TTg', dates 30/9/2024.",
    "Parts after 'Trong đó,' across a sentence break take the whole 7.236 (they add up). 412/460 gives total 460.",
    "'Trong 9 tháng' is year-less: 2024 from the as-of date before it. 'cao hơn 3,1 điểm phần trăm' is the change of 72,5%.",
    "Commune passage (xã Diễn Kỷ, huyện Diễn Châu): its figures are located in Diễn Châu, also in the following sentences.",
    "'phấn đấu' governs the target 95%; the clause after ';' has its own cue 'dự kiến' (forecast). Headline figure has no period.",
]

if __name__ == "__main__":
    write("p1140-1", TEXT, NOTES, FIGS, published="2024-10-24", location="Nghệ An")
