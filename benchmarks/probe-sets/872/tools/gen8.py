"""p872-8: provincial newspaper online (Báo Tây Ninh), headline figure, (BTN) tag: wheelchairs and prostheses, 2025."""
from lib import F, P, I, C, build

TEXT = """Báo Tây Ninh Online
Xã hội
Trao 320 xe lăn, xe lắc cho người khuyết tật
Thứ Tư, 26/03/2025 | 16:40

(BTN) - Sáng 25/3, tại Nhà văn hóa Thanh niên (đường 30/4, phường 3, thành phố Tây Ninh), Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh phối hợp với một tổ chức từ thiện trao 320 xe lăn, xe lắc cho người khuyết tật ở 9 huyện, thị xã, thành phố. Trong số này có 205 xe lăn và 115 xe lắc tay, tổng trị giá gần 1,3 tỷ đồng.

Theo Hội, năm 2024 toàn tỉnh có 14.636 người khuyết tật, trong đó 9.470 người đang hưởng trợ cấp xã hội hằng tháng, chiếm 64,7%. Khoảng 40% người khuyết tật có khó khăn về vận động, cần xe lăn, nạng hoặc chân tay giả.

Từ năm 2020 đến nay, Hội đã vận động trao tặng 2.450 xe lăn, xe lắc, lắp 186 chân giả và hỗ trợ phẫu thuật chỉnh hình cho 93 trẻ em, tổng kinh phí trên 11 tỷ đồng. So với giai đoạn 2015-2019, số xe lăn, xe lắc trao tặng tăng gấp 1,8 lần.

Ông Nguyễn Văn Tư (ấp 3, xã Suối Đá, huyện Dương Minh Châu) bị liệt hai chân sau tai nạn trên Quốc lộ 22B. "Có chiếc xe lắc, tôi tự chạy ra chợ bán vé số, mỗi ngày kiếm thêm 100.000-150.000 đồng", ông Tư chia sẻ.

Năm 2025, Hội phấn đấu vận động trao tặng ít nhất 500 xe lăn, xe lắc và 40 chân giả. Hội dự kiến tổ chức 2 đợt khám sàng lọc miễn phí tại huyện Tân Châu và Châu Thành, mỗi đợt khám cho khoảng 300 người.

Thanh Tâm
"""

SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2025-03-26")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Trao 320 xe lăn", "320", 320, "count", "xe lăn, xe lắc", "xe lăn, xe lắc trao cho người khuyết tật"),
    F("trao 320 xe lăn", "320", 320, "count", "xe lăn, xe lắc", "xe lăn, xe lắc trao cho người khuyết tật"),
    F("ở 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có người khuyết tật nhận xe"),
    F("có 205 xe lăn", "205", 205, "count", "xe lăn", "xe lăn", total=320),
    F("115 xe lắc", "115", 115, "count", "xe lắc tay", "xe lắc tay", total=320),
    F("gần 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "tổng trị giá xe lăn, xe lắc", approx="nearly"),
    F("có 14.636 người", "14.636", 14636, "count", "người khuyết tật", "người khuyết tật", period=Y24),
    F("9.470 người", "9.470", 9470, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      total=14636, percent=64.7, period=Y24),
    F("Khoảng 40%", "40", 40, "percent", "%", "người khuyết tật có khó khăn về vận động", approx="about",
      period=I(Y24)),
    F("trao tặng 2.450 xe lăn", "2.450", 2450, "count", "xe lăn, xe lắc", "xe lăn, xe lắc vận động trao tặng",
      period=SINCE),
    F("lắp 186 chân giả", "186", 186, "count", "chân giả", "chân giả lắp cho người khuyết tật", period=SINCE),
    F("cho 93 trẻ em", "93", 93, "count", "trẻ em", "trẻ em được hỗ trợ phẫu thuật chỉnh hình", period=SINCE),
    F("trên 11 tỷ đồng", "11", 11000000000, "money", "đồng", "tổng kinh phí", approx="over", period=SINCE),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "số xe lăn, xe lắc trao tặng so với giai đoạn 2015-2019"),
    F("100.000-150.000 đồng", "100.000", 100000, "money", "đồng/ngày", "thu nhập thêm mỗi ngày của ông Tư",
      value_max=150000, location="Dương Minh Châu"),
    F("ít nhất 500 xe lăn", "500", 500, "count", "xe lăn, xe lắc", "xe lăn, xe lắc vận động trao tặng",
      approx="at_least", status="target", period=Y25),
    F("40 chân giả", "40", 40, "count", "chân giả", "chân giả vận động trao tặng", status="target", period=Y25),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt khám sàng lọc miễn phí", status="forecast", period=I(Y25)),
    F("khoảng 300 người", "300", 300, "count", "người", "người được khám mỗi đợt", approx="about",
      status="forecast", period=I(Y25)),
]

COMMENTS = [
    "Báo Tây Ninh Online: trao 320 xe lăn, xe lắc; người khuyết tật năm 2024; kết quả từ 2020; kế hoạch 2025 (invented, probe set 872).",
    "Dateline 'Thứ Tư, 26/03/2025 | 16:40'; tag (BTN). Location Tây Ninh throughout (districts Dương Minh Châu, Tân Châu, Châu Thành lie in it).",
    "The headline 320 and the lead 320 are each a figure. 'Trong số này có 205 xe lăn và 115 xe lắc tay' after a sentence break: parts of 320.",
    "'tổng trị giá gần 1,3 tỷ đồng' is the value of the 320 chairs, not a part of them: no total. 'Sáng 25/3' is the event date: no period.",
    "'Từ năm 2020 đến nay' ends at the dateline. 'tăng gấp 1,8 lần' stands alone in its sentence (baseline giai đoạn 2015-2019): multiple.",
    "'mỗi ngày kiếm thêm 100.000-150.000 đồng' is a daily amount: unit đồng/ngày, range. 'Hội dự kiến' gives forecast; 'phấn đấu' target.",
    "revised after the first score: ông Tư's daily income describes a resident of huyện Dương Minh Châu (named with his address): location Dương Minh Châu, not Tây Ninh.",
    "Distractors: 16:40, đường 30/4, phường 3, ấp 3, Quốc lộ 22B, Ông Nguyễn Văn Tư, giai đoạn 2015-2019, byline Thanh Tâm.",
]

if __name__ == "__main__":
    build("p872-8", TEXT, FIGS, COMMENTS, published="2025-03-26", location="Tây Ninh")
