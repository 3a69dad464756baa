"""p1165-6: national newspaper, queues for authentication in TP Hồ Chí Minh, city notarial figures 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh
Thứ Năm, 13/3/2025, 06:00 (GMT+7)

Người dân TP HCM xếp hàng chứng thực giấy tờ sau Tết

Từ 6h30, hàng chục người đã chờ trước trụ sở UBND phường Bến Nghé, quận 1, để chứng thực bản sao hồ sơ xin việc, hồ sơ du học.

Chị Ngọc Anh mang theo 12 loại giấy tờ cần chứng thực, mỗi loại hai bản. "Tôi chờ gần hai tiếng mới tới lượt", chị nói. Theo cán bộ tư pháp phường, những tuần sau Tết, mỗi ngày bộ phận một cửa tiếp nhận khoảng 300 yêu cầu, gấp đôi ngày thường.

Theo Sở Tư pháp TP HCM, năm 2024, UBND các phường, xã, thị trấn và phòng tư pháp 21 quận, huyện, TP Thủ Đức đã chứng thực hơn 9,6 triệu bản sao, thu lệ phí khoảng 21 tỷ đồng. Trong đó, bản sao điện tử mới đạt 412.000 bản, chiếm 4,3%, do nhiều cơ quan vẫn yêu cầu nộp bản giấy.

Ở lĩnh vực công chứng, thành phố hiện có 133 văn phòng công chứng và 6 phòng công chứng. Trong năm 2024, các tổ chức này công chứng hơn 1,45 triệu việc, tăng khoảng 9% so với năm trước. Phí công chứng một hợp đồng mua bán nhà đất phổ biến từ 300.000 đến 1,5 triệu đồng, tùy giá trị tài sản.

Sở Tư pháp dự kiến trong quý II/2025 mở rộng chứng thực điện tử ra toàn bộ 273 phường, xã, thị trấn; phấn đấu đến cuối năm 2025 tỷ lệ bản sao điện tử đạt ít nhất 15%.

Ông Trần Minh Tâm, Phó Giám đốc Sở Tư pháp, khuyến nghị người dân chỉ chứng thực khi cơ quan tiếp nhận yêu cầu, tránh chứng thực thừa.

Hà An
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24B = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II/2025", "2025-04-01", "2025-06-30")
TO25 = per("đến cuối năm 2025", None, "2025-12-31")
Q1 = "Quận 1"

FIGS = [
    fig("hàng chục người", "chục", 10, "count", "người", approx="about", optional=True,
        subject="người chờ chứng thực", location=Q1),
    fig("theo 12 loại", "12", 12, "count", "loại giấy tờ", subject="loại giấy tờ cần chứng thực", location=Q1),
    fig("mỗi loại hai bản", "hai", 2, "measure", "bản/loại", optional=True,
        subject="bản mỗi loại giấy tờ", location=Q1),
    fig("gần hai tiếng", "hai", 2, "measure", "tiếng", approx="nearly",
        subject="thời gian chờ chứng thực", location=Q1),
    fig("khoảng 300 yêu cầu", "300", 300, "measure", "yêu cầu/ngày", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="yêu cầu bộ phận một cửa tiếp nhận mỗi ngày", location=Q1),
    fig("tư pháp 21 quận", "21", 21, "count", "quận, huyện", subject="quận, huyện có phòng tư pháp chứng thực"),
    fig("hơn 9,6 triệu bản sao", "9,6", 9.6e6, "count", "bản sao", approx="over",
        subject="bản sao được chứng thực", period=Y24),
    fig("khoảng 21 tỷ", "21", 21e9, "money", "đồng", approx="about", subject="lệ phí chứng thực", period=Y24),
    fig("đạt 412.000 bản", "412.000", 412000, "count", "bản", total=9.6e6, percent=4.3,
        subject="bản sao điện tử", period=inh(Y24)),
    fig("có 133 văn phòng", "133", 133, "count", "văn phòng công chứng", subject="văn phòng công chứng"),
    fig("và 6 phòng công chứng", "6", 6, "count", "phòng công chứng", subject="phòng công chứng"),
    fig("hơn 1,45 triệu việc", "1,45", 1.45e6, "count", "việc", approx="over",
        change=chg("increase", 9, "%", "năm trước", "about"), subject="việc công chứng", period=Y24B),
    fig("từ 300.000 đến 1,5 triệu", "300.000", 300000, "money", "đồng", value_max=1.5e6,
        subject="phí công chứng một hợp đồng mua bán nhà đất"),
    fig("toàn bộ 273 phường", "273", 273, "count", "phường, xã, thị trấn", status="forecast", optional=True,
        subject="phường, xã, thị trấn mở rộng chứng thực điện tử", period=Q2),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ bản sao điện tử", period=TO25),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 13/3/2025, 06:00 (GMT+7)', byline at the end. Default location TP Hồ Chí Minh.",
    "Scene at UBND phường Bến Nghé, quận 1: its figures take 'Quận 1'. Distractors: '6h30', 'quận 1' (name), '(GMT+7)', 'TP Thủ Đức'.",
    "'hàng chục người' (approx crowd), 'mỗi loại hai bản' (copies per document) and the scope '273 phường, xã, thị trấn' under 'dự kiến': optional.",
    "'gấp đôi ngày thường' is the change of the 300 per day (increase 2 lần). 'Trong đó ... 412.000 bản' takes the 9,6 triệu as total.",
    "'một hợp đồng' (per one contract) is not a figure. 'năm trước' baseline = 2023.",
]

if __name__ == "__main__":
    write("p1165-6", TEXT, NOTES, FIGS, published="2025-03-13", location="TP Hồ Chí Minh")
