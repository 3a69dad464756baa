"""p1355-2: district portal (huyện Bắc Trà My, Quảng Nam): 14 automatic rain gauges for landslide warning."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC TRÀ MY - TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức | Phòng chống thiên tai | Văn bản

Lắp đặt 14 trạm đo mưa tự động phục vụ cảnh báo sạt lở đất

14/08/2024 - 10:20

Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện vừa phối hợp với Đài Khí tượng Thủy văn tỉnh hoàn thành lắp đặt 14 trạm đo mưa tự động tại 9 xã có nguy cơ cao xảy ra sạt lở đất, lũ quét. Tổng kinh phí thực hiện hơn 1,9 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ đồng, còn lại từ nguồn dự phòng ngân sách huyện.

Mỗi trạm có giá khoảng 135 triệu đồng, sử dụng pin năng lượng mặt trời, đo lượng mưa với độ phân giải 0,2 mm và truyền số liệu qua mạng 4G về máy chủ của tỉnh.

Theo thống kê, 9 xã này có 1.318 hộ với 5.240 nhân khẩu đang sinh sống trong vùng có nguy cơ sạt lở, trong đó xã Trà Bui có 286 hộ. Khi lượng mưa tích lũy đạt ngưỡng 100 mm/24 giờ, hệ thống sẽ tự động nhắn tin cảnh báo đến điện thoại của cán bộ xã, thôn.

Dịp này, huyện tổ chức tập huấn cho ba chục cán bộ xã, thôn về cách đọc số liệu và phát tin cảnh báo. Năm 2023, trên địa bàn huyện xảy ra 47 điểm sạt lở, gây thiệt hại khoảng 23 tỷ đồng.

Từ đầu năm đến nay, tổng lượng mưa tại trạm Trà Đốc đạt 2.950 mm, cao hơn 12% so với cùng kỳ năm 2023. Huyện phấn đấu đến năm 2025 có 100% xã được lắp trạm đo mưa tự động; dự kiến năm 2025 lắp thêm 6 trạm với kinh phí khoảng 800 triệu đồng.

Nguồn: Văn phòng HĐND và UBND huyện

Bản quyền thuộc UBND huyện Bắc Trà My
Địa chỉ: Tổ dân phố Đồng Trường 1, thị trấn Trà My | Điện thoại: 0235.3882.123
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Lắp đặt 14 trạm", "14", 14, "count", "trạm", subject="trạm đo mưa tự động lắp đặt"),
    fig("lắp đặt 14 trạm", "14", 14, "count", "trạm", subject="trạm đo mưa tự động lắp đặt"),
    fig("tại 9 xã có", "9", 9, "count", "xã", subject="xã có nguy cơ cao xảy ra sạt lở đất, lũ quét được lắp trạm"),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over", subject="tổng kinh phí thực hiện"),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", total=1.9e9, subject="ngân sách tỉnh hỗ trợ"),
    fig("khoảng 135 triệu", "135", 135e6, "money", "đồng/trạm", approx="about", subject="giá mỗi trạm"),
    fig("phân giải 0,2 mm", "0,2", 0.2, "measure", "mm", subject="độ phân giải đo lượng mưa"),
    fig("thống kê, 9 xã", "9", 9, "count", "xã", subject="xã có nguy cơ sạt lở", optional=True),
    fig("có 1.318 hộ", "1.318", 1318, "count", "hộ",
        subject="hộ đang sinh sống trong vùng có nguy cơ sạt lở"),
    fig("với 5.240 nhân khẩu", "5.240", 5240, "count", "nhân khẩu",
        subject="nhân khẩu đang sinh sống trong vùng có nguy cơ sạt lở"),
    fig("có 286 hộ", "286", 286, "count", "hộ", total=1318,
        subject="hộ xã Trà Bui sinh sống trong vùng có nguy cơ sạt lở"),
    fig("ngưỡng 100 mm/24 giờ", "100", 100, "measure", "mm/24 giờ",
        subject="ngưỡng lượng mưa tích lũy để hệ thống nhắn tin cảnh báo"),
    fig("ba chục cán bộ", "ba chục", 30, "count", "cán bộ", subject="cán bộ xã, thôn được tập huấn"),
    fig("ra 47 điểm", "47", 47, "count", "điểm sạt lở", subject="điểm sạt lở", period=Y23),
    fig("khoảng 23 tỷ", "23", 23e9, "money", "đồng", approx="about", subject="thiệt hại do sạt lở", period=Y23),
    fig("đạt 2.950 mm", "2.950", 2950, "measure", "mm", change=chg("increase", 12, "%", "cùng kỳ năm 2023"),
        subject="tổng lượng mưa tại trạm Trà Đốc", period=YTD),
    fig("có 100% xã", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ xã được lắp trạm đo mưa tự động", period=T25),
    fig("thêm 6 trạm", "6", 6, "count", "trạm", status="forecast", subject="trạm đo mưa lắp thêm", period=Y25),
    fig("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí lắp thêm trạm", period=Y25),
]

NOTES = [
    "District portal (huyện Bắc Trà My, Quảng Nam): banner, menu, '14/08/2024 - 10:20' under the headline, 'Nguồn:', address footer.",
    "Distractors: Kế hoạch số 86/KH-UBND, 10:20, '4G', '24 giờ' inside the rate unit, 'Tổ dân phố Đồng Trường 1', phone 0235.3882.123.",
    "Location Bắc Trà My (district) for all figures; communes (xã Trà Bui, trạm Trà Đốc) are below district level.",
    "The headline '14 trạm' repeats the body figure: both annotated (as the shared gold does for headline figures).",
    "'trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ' → total 1,9 tỷ; 'trong đó xã Trà Bui có 286 hộ' → total 1.318.",
    "'9 xã này' refers back to the 9 communes already counted: optional (a reference, not a new fact).",
    "'Mỗi trạm có giá khoảng 135 triệu đồng' → unit đồng/trạm (rate). 'ngưỡng 100 mm/24 giờ' → measure, unit mm/24 giờ.",
    "'ba chục' = 30 (number words). 'Từ đầu năm đến nay' ends at the dateline 2024-08-14.",
    "'phấn đấu đến năm 2025 … 100%' target; '; dự kiến năm 2025 … 6 trạm … khoảng 800 triệu' forecast (own cue after ';').",
]

if __name__ == "__main__":
    write("p1355-2", TEXT, NOTES, FIGS, published="2024-08-14", location="Bắc Trà My")
