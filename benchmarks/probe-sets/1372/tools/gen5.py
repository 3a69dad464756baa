"""p1372-5: national newspaper: accidents involving students nationwide, 8 months 2024; e-motorbike market, fires, new law."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông

Thứ năm, 26/9/2024, 07:30 (GMT+7)

Hơn 1.000 vụ tai nạn liên quan đến học sinh trong 8 tháng

Học sinh đi xe máy điện, xe đạp điện ngày càng nhiều, trong khi kỹ năng lái xe và ý thức chấp hành luật của các em còn hạn chế.

Theo Cục Cảnh sát giao thông (Bộ Công an), 8 tháng đầu năm 2024, cả nước xảy ra 1.057 vụ tai nạn giao thông liên quan đến học sinh, làm chết 412 em, bị thương 987 em; khoảng 40% số vụ có phương tiện là xe máy điện, xe đạp điện. So với năm 2019, số học sinh sử dụng xe điện đến trường đã tăng gấp đôi.

Năm 2023, thị trường tiêu thụ khoảng 220.000 xe máy điện, chiếm gần 8% tổng lượng xe hai bánh bán ra. Giá một bộ pin thay thế từ 3 đến 5 triệu đồng khiến nhiều gia đình chọn pin trôi nổi, không rõ nguồn gốc. Từ năm 2020 đến nay, cả nước xảy ra hơn 60 vụ cháy liên quan đến xe điện, làm chết 11 người.

Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15, có hiệu lực từ ngày 1/1/2025, quy định người từ đủ 16 tuổi trở lên mới được điều khiển xe máy điện. “Nhiều em học lớp 8, lớp 9 vẫn được bố mẹ mua xe máy điện”, PGS.TS Lê Minh Quang, Trường Đại học Giao thông vận tải, nói.

Bộ GD&ĐT yêu cầu đến năm 2025, 100% cơ sở giáo dục phổ thông tổ chức hoạt động trải nghiệm về an toàn khi sử dụng xe điện. Dự kiến trong năm 2025, Bộ phối hợp với Bộ Công an và các nhà tài trợ trao tặng 1 triệu mũ bảo hiểm cho học sinh lớp 1 và lớp 10.

Minh Anh
"""

HL = per("trong 8 tháng", "2024-01-01", "2024-08-31")
E8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
S20 = per("Từ năm 2020 đến nay", "2020-01-01", "2024-09-26")
T25 = per("đến năm 2025", None, "2025-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1.000 vụ", "1.000", 1000, "count", "vụ", approx="over",
        subject="vụ tai nạn liên quan đến học sinh", period=HL),
    fig("ra 1.057 vụ", "1.057", 1057, "count", "vụ", subject="vụ tai nạn giao thông liên quan đến học sinh",
        period=E8),
    fig("chết 412 em", "412", 412, "count", "em", subject="học sinh chết", period=E8),
    fig("thương 987 em", "987", 987, "count", "em", subject="học sinh bị thương", period=E8),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ số vụ có phương tiện là xe máy điện, xe đạp điện", period=E8),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần",
        subject="số học sinh sử dụng xe điện đến trường so với năm 2019"),
    fig("khoảng 220.000 xe", "220.000", 220000, "count", "xe máy điện", approx="about", percent=8,
        subject="xe máy điện thị trường tiêu thụ", period=Y23),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/bộ", value_max=5e6,
        subject="giá một bộ pin thay thế"),
    fig("hơn 60 vụ", "60", 60, "count", "vụ", approx="over", subject="vụ cháy liên quan đến xe điện", period=S20),
    fig("chết 11 người", "11", 11, "count", "người", subject="người chết do cháy liên quan đến xe điện",
        period=S20),
    fig("đủ 16 tuổi", "16", 16, "measure", "tuổi", optional=True),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở giáo dục phổ thông tổ chức hoạt động trải nghiệm về an toàn khi sử dụng xe điện", period=T25),
    fig("tặng 1 triệu", "1", 1e6, "count", "mũ bảo hiểm", status="forecast",
        subject="mũ bảo hiểm trao tặng cho học sinh lớp 1 và lớp 10", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 26/9/2024, 07:30 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: (GMT+7), 07:30, 'năm 2019' (baseline), 'Luật ... số 36/2024/QH15', '1/1/2025', 'lớp 8, lớp 9', 'lớp 1 và lớp 10', 'xe hai bánh'.",
    "National figures (Cục CSGT, 'cả nước', the market): location Việt Nam for all.",
    "Headline 'trong 8 tháng' takes 2024 from the dateline. '; khoảng 40% số vụ ...' stays in the 8-month sentence (period scored).",
    "'So với năm 2019, ... tăng gấp đôi' with no amount: the multiple is the claim (kind multiple, 2 lần); no period ('năm 2019' is a baseline).",
    "'chiếm gần 8%' is the percent of 220.000 xe máy điện. 'Giá một bộ pin ... từ 3 đến 5 triệu đồng' → unit đồng/bộ ('một bộ' is the denominator).",
    "'từ đủ 16 tuổi trở lên' is a legal age threshold: optional. 'Từ năm 2020 đến nay' ends at the dateline.",
    "'yêu cầu đến năm 2025, 100%' → target (start null); 'Dự kiến trong năm 2025 ... 1 triệu mũ' → forecast, year 2025.",
]

if __name__ == "__main__":
    write("p1372-5", TEXT, NOTES, FIGS, published="2024-09-26", location="Việt Nam")
