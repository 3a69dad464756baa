"""p924-5: Party/provincial newspaper (Báo Hà Tĩnh style) - lắp chân tay giả miễn phí; byline + bare date at the end."""
from lib import F, period, carried, change, target, write_set

TEXT = """
Lắp chân tay giả miễn phí cho 46 người khuyết tật

Trong 3 ngày (từ 16 đến 18/5), Hội Chữ thập đỏ tỉnh Hà Tĩnh phối hợp với Trung tâm Chỉnh hình và Phục hồi chức năng Đà Nẵng tổ chức đo, lắp chân tay giả miễn phí cho 46 người khuyết tật tại huyện Hương Khê và thị xã Kỳ Anh.

Trong số 46 người được lắp, có 31 người lắp chân giả, 11 người lắp tay giả và 4 người lắp cả chân và tay giả. Mỗi chiếc chân giả dưới gối có giá từ 7 đến 9 triệu đồng, chân giả trên gối khoảng 18 triệu đồng; tổng giá trị chương trình gần 520 triệu đồng. Ngoài ra, mỗi người được hỗ trợ 300.000 đồng tiền đi lại.

Ông Nguyễn Văn Tám (62 tuổi, ở xã Phúc Đồng, huyện Hương Khê) bị cụt chân trái do bom mìn từ năm 1972, đã hơn 10 năm nay phải chống nạng. "Có chân mới, tôi tự đi lại được trong nhà, ra vườn", ông Tám xúc động nói.

Theo Sở Y tế, Hà Tĩnh hiện có hơn 37.000 người khuyết tật, trong đó khoảng 3.200 người bị cụt chi do tai nạn, bom mìn và bệnh tật. Từ năm 2020 đến nay, đã có 1.135 người được lắp chân tay giả, bình quân hơn 200 người/năm. Dự kiến trong năm 2025, tỉnh tiếp tục vận động lắp cho khoảng 250 người, tập trung tại các huyện Hương Sơn, Vũ Quang, Hương Khê.

Bà Trần Thị Hoa, Chủ tịch Hội Chữ thập đỏ tỉnh cho biết, chương trình lần thứ 3 được tổ chức tại Hà Tĩnh; người dân có nhu cầu liên hệ số điện thoại 0239.3855.627 để được hướng dẫn.

THU HÀ
20/05/2025
"""

EVENT = period("từ 16 đến 18/5", "2025-05-16", "2025-05-18")
SINCE = period("Từ năm 2020 đến nay", "2020-01-01", "2025-05-20")

FIGS = [
    F("Lắp chân tay giả miễn phí cho 46", "46", 46, "count", "người", "người khuyết tật được lắp chân tay giả miễn phí"),
    F("cho 46 người khuyết tật tại", "46", 46, "count", "người", "người khuyết tật được đo, lắp chân tay giả miễn phí",
      EVENT),
    F("Trong số 46 người", "46", 46, "count", "người", "người được lắp", optional=True),
    F("có 31 người", "31", 31, "count", "người", "người lắp chân giả", carried(EVENT), total=46),
    F("11 người", "11", 11, "count", "người", "người lắp tay giả", carried(EVENT), total=46),
    F("và 4 người", "4", 4, "count", "người", "người lắp cả chân và tay giả", carried(EVENT), total=46),
    F("từ 7 đến 9 triệu đồng", "7", 7e6, "money", "đồng", "giá mỗi chiếc chân giả dưới gối", value_max=9e6),
    F("khoảng 18 triệu đồng", "18", 18e6, "money", "đồng", "giá chân giả trên gối", approx="about"),
    F("gần 520 triệu đồng", "520", 520e6, "money", "đồng", "tổng giá trị chương trình", approx="nearly"),
    F("hỗ trợ 300.000 đồng", "300.000", 300000, "money", "đồng", "tiền đi lại hỗ trợ mỗi người"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi của ông Nguyễn Văn Tám", optional=True),
    F("hơn 10 năm", "10", 10, "measure", "năm", "thời gian phải chống nạng", approx="over", optional=True),
    F("hơn 37.000 người", "37.000", 37000, "count", "người", "người khuyết tật", approx="over"),
    F("khoảng 3.200 người", "3.200", 3200, "count", "người", "người bị cụt chi do tai nạn, bom mìn và bệnh tật",
      approx="about", total=37000),
    F("có 1.135 người", "1.135", 1135, "count", "người", "người được lắp chân tay giả", SINCE),
    F("hơn 200 người/năm", "200", 200, "measure", "người/năm", "bình quân người được lắp chân tay giả mỗi năm", SINCE,
      approx="over"),
    F("khoảng 250 người", "250", 250, "count", "người", "người được vận động lắp chân tay giả",
      period("trong năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Hà Tĩnh style (Party/provincial newspaper), byline THU HÀ and bare date 20/05/2025 at the end: lắp chân tay giả miễn phí.",
    "Not figures: 'Trong 3 ngày' (duration locating the event), 'năm 1972', the name 'Tám', 'lần thứ 3' (ordinal), phone 0239.3855.627.",
    "'từ 16 đến 18/5' is the event period (year from published 2025), not a range figure. 'Trong số 46 người' restates the 46 (optional);",
    "its parts 31/11/4 take total 46. The example person's age '62 tuổi' and 'hơn 10 năm nay' are optional. Sở Y tế holds social protection in 2025.",
    "'bình quân hơn 200 người/năm' is a rate: measure, unit người/năm.",
]

write_set("p924-5", TEXT, FIGS, NOTES, published="2025-05-20", location="Hà Tĩnh")
