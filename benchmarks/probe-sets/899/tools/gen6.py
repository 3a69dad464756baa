"""p899-6: national newspaper, TP HCM proposes compulsory microchipping of pet dogs (March 2024)."""
from lib import build, fig, period, change

TEXT = """Thời sự › Dân sinh
Thứ năm, 14/3/2024, 06:30 (GMT+7)

TP HCM đề xuất bắt buộc gắn chip cho chó nuôi

Sau nhiều vụ chó tấn công người, Sở Nông nghiệp và Phát triển nông thôn TP HCM đề xuất bắt buộc đăng ký, gắn chip điện tử cho chó nuôi trong nội thành.

Theo Chi cục Chăn nuôi và Thú y thành phố, TP HCM có hơn 168.000 con chó, trong đó hơn 112.000 con nuôi ở các quận nội thành. Năm 2023, thành phố ghi nhận 32.450 trường hợp bị chó, mèo cắn, cào phải tiêm vaccine, tăng 18% so với năm 2022; 3 người tử vong vì bệnh dại. Hai tháng đầu năm nay, số ca phơi nhiễm đã lên tới 6.120, bình quân hơn 100 ca mỗi ngày. Riêng tại Quận 7 và Quận 12, từ đầu năm đã xảy ra 4 vụ chó dữ tấn công trẻ em.

Giá mỗi mũi vaccine dại dịch vụ hiện từ 280.000 đến 350.000 đồng; một liệu trình 5 mũi tốn khoảng 1,5 triệu đồng, nhiều gia đình không đủ khả năng chi trả.

Theo dự thảo, chủ nuôi phải gắn chip cho chó trong vòng 30 ngày kể từ khi chó đủ 3 tháng tuổi; chi phí gắn chip khoảng 150.000 đồng/con. Sở dự kiến giai đoạn 2024-2025 gắn chip cho khoảng 60.000 con chó tại 16 quận, tổng kinh phí hỗ trợ 4,2 tỷ đồng. Người vi phạm có thể bị phạt tối đa 3 triệu đồng.

Ông Nguyễn Văn Phước, Phó chi cục trưởng, cho biết đây là lần thứ 3 thành phố đề xuất chính sách này; các lần trước đều chưa được thông qua do lo ngại chi phí cho người nuôi.

Lê Tuyết
"""

P23 = period("Năm 2023", "2023-01-01", "2023-12-31")
P2M = period("Hai tháng đầu năm nay", "2024-01-01", "2024-02-29")
PPLAN = period("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("hơn 168.000 con chó", "168.000", 168000, "count", "con", "chó nuôi", approx="over"),
    fig("hơn 112.000 con", "112.000", 112000, "count", "con", "chó nuôi ở các quận nội thành", approx="over",
        total=168000),
    fig("nhận 32.450 trường hợp", "32.450", 32450, "count", "trường hợp",
        "trường hợp bị chó, mèo cắn, cào phải tiêm vaccine", change=change("increase", 18, baseline="năm 2022"),
        period=P23),
    fig("3 người tử vong", "3", 3, "count", "người", "người tử vong vì bệnh dại", period=P23),
    fig("lên tới 6.120", "6.120", 6120, "count", "ca", "ca phơi nhiễm", period=P2M),
    fig("hơn 100 ca mỗi ngày", "100", 100, "measure", "ca/ngày", "ca phơi nhiễm bình quân mỗi ngày", approx="over",
        period=P2M),
    fig("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ chó dữ tấn công trẻ em",
        period=period("từ đầu năm", "2024-01-01", "2024-03-14")),
    fig("từ 280.000 đến 350.000 đồng", "280.000", 280000, "money", "đồng/mũi", "giá mũi vaccine dại dịch vụ",
        value_max=350000),
    fig("liệu trình 5 mũi", "5", 5, "count", "mũi", "mũi tiêm một liệu trình vaccine dại", optional=True),
    fig("khoảng 1,5 triệu đồng", "1,5", 1500000, "money", "đồng", "chi phí một liệu trình vaccine dại",
        approx="about"),
    fig("trong vòng 30 ngày", "30", 30, "measure", "ngày", "thời hạn gắn chip cho chó", optional=True),
    fig("đủ 3 tháng tuổi", "3", 3, "measure", "tháng tuổi", "tuổi chó phải gắn chip", optional=True),
    fig("khoảng 150.000 đồng/con", "150.000", 150000, "money", "đồng/con", "chi phí gắn chip", approx="about"),
    fig("khoảng 60.000 con chó", "60.000", 60000, "count", "con", "chó được gắn chip", approx="about",
        status="forecast", period=PPLAN),
    fig("tại 16 quận", "16", 16, "count", "quận", "quận gắn chip cho chó", status="forecast", period=PPLAN),
    fig("hỗ trợ 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "tổng kinh phí hỗ trợ gắn chip",
        status="forecast", period=PPLAN),
    fig("tối đa 3 triệu đồng", "3", 3000000, "money", "đồng", "mức phạt người vi phạm", approx="at_most"),
]

NOTES = [
    "National newspaper (Thứ năm, 14/3/2024, 06:30 (GMT+7)): TP HCM dog numbers, bites and rabies deaths, vaccine prices, microchip plan.",
    "'Hai tháng đầu năm nay' = Jan-Feb 2024 (year from the dateline; 2024 is a leap year). 'hơn 100 ca mỗi ngày' is a rate: measure, ca/ngày.",
    "Rules of the draft ('trong vòng 30 ngày', 'đủ 3 tháng tuổi') and the course size '5 mũi' are optional. 'Quận 7', 'Quận 12', 'lần thứ 3',",
    "'06:30 (GMT+7)' are not figures. 'Sở dự kiến giai đoạn 2024-2025 ...' makes 60.000 con, 16 quận and 4,2 tỷ forecasts.",
]

build("p899-6", TEXT, FIGS, published="2024-03-14", location="Hồ Chí Minh", notes=NOTES)
