"""p782-5: Party newspaper (Báo Cần Thơ), ghe thương hồ households at Cái Răng."""
from lib import F, P, I, CH, emit

TEXT = """Báo Cần Thơ › Kinh tế › Nông nghiệp - Nông thôn

Giữ nghề thương hồ trên chợ nổi Cái Răng

Theo khảo sát của Hội Nông dân quận Cái Răng, tính đến tháng 5/2024, trên địa bàn quận có 247 hộ thương hồ với 1.036 nhân khẩu sống trên ghe, giảm 58 hộ so với năm 2020. Trong số 247 hộ, có 61 hộ thuộc diện nghèo và cận nghèo, chiếm 24,7%.

Ông Trần Văn Út, 62 tuổi, ngụ khu vực Yên Thượng, phường Lê Bình, có hơn 30 năm bám chợ nổi bán khóm. Mỗi chuyến đi lấy hàng, ghe ông chở từ 8 đến 10 tấn khóm, bán hết mất 4-5 ngày. "Trừ chi phí, mỗi tháng còn khoảng 6 triệu đồng, ít hơn hồi trước nhiều", ông Út nói.

Theo Hội Nông dân quận, thu nhập bình quân của một hộ thương hồ hiện từ 5 đến 7 triệu đồng/tháng, giảm khoảng 30% so với trước dịch Covid-19. Khoảng 40% trẻ em trong độ tuổi đi học của các hộ phải theo ghe, học không liên tục.

Năm 2023, quận đã hỗ trợ 35 hộ chuyển đổi sang làm dịch vụ du lịch với tổng kinh phí 1,4 tỷ đồng, bình quân 40 triệu đồng/hộ; phấn đấu đến năm 2025 có thêm 50 hộ tham gia. Quận cũng phối hợp Ngân hàng Chính sách xã hội cho 27 hộ vay vốn ưu đãi, mức vay tối đa 100 triệu đồng/hộ.

Theo ông Nguyễn Văn Bảy, Chủ tịch Hội Nông dân quận, nghề thương hồ là một phần của "Nghề và tri thức dân gian" được công nhận di sản văn hóa phi vật thể quốc gia; nếu không có chính sách riêng, chỉ 5-10 năm nữa chợ nổi sẽ chỉ còn là điểm tham quan.

HUỲNH LONG - MỸ THANH
15/06/2024
"""

ASOF = P("tính đến tháng 5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 247 hộ", "247", 247, "count", "hộ", change=CH("decrease", 58, unit="hộ", baseline="năm 2020"),
      subject="hộ thương hồ trên địa bàn quận", period=ASOF),
    F("1.036 nhân khẩu", "1.036", 1036, "count", "nhân khẩu", subject="nhân khẩu sống trên ghe", period=ASOF),
    F("có 61 hộ", "61", 61, "count", "hộ", total=247, percent=24.7,
      subject="hộ thương hồ thuộc diện nghèo và cận nghèo", period=I(ASOF)),
    F("62 tuổi", "62", 62, "measure", "tuổi", subject="tuổi của ông Trần Văn Út", optional=True),
    F("hơn 30 năm", "30", 30, "measure", "năm", approx="over", subject="thời gian ông Út bám chợ nổi", optional=True),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn", value_max=10, subject="khóm ghe ông Út chở mỗi chuyến"),
    F("mất 4-5 ngày", "4", 4, "measure", "ngày", value_max=5, subject="thời gian bán hết một chuyến hàng"),
    F("khoảng 6 triệu đồng", "6", 6e6, "money", "đồng", approx="about", subject="thu nhập mỗi tháng của ông Út"),
    F("từ 5 đến 7 triệu đồng/tháng", "5", 5e6, "money", "đồng/tháng", value_max=7e6,
      change=CH("decrease", 30, approx="about", baseline="trước dịch Covid-19"),
      subject="thu nhập bình quân của một hộ thương hồ"),
    F("Khoảng 40% trẻ em", "40", 40, "percent", "%", approx="about",
      subject="trẻ em trong độ tuổi đi học của các hộ thương hồ phải theo ghe, học không liên tục"),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", subject="hộ được hỗ trợ chuyển đổi sang làm dịch vụ du lịch", period=Y23),
    F("kinh phí 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", subject="tổng kinh phí hỗ trợ chuyển đổi", period=Y23),
    F("bình quân 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", subject="kinh phí hỗ trợ bình quân mỗi hộ",
      period=Y23),
    F("thêm 50 hộ", "50", 50, "count", "hộ", status="target", subject="hộ tham gia chuyển đổi thêm",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("cho 27 hộ", "27", 27, "count", "hộ", subject="hộ được vay vốn ưu đãi", period=I(Y23)),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ", approx="at_most", subject="mức vay vốn ưu đãi"),
    F("chỉ 5-10 năm", "5", 5, "measure", "năm", value_max=10, status="forecast",
      subject="thời gian trước khi chợ nổi chỉ còn là điểm tham quan", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ): households of ghe thương hồ at Cái Răng; byline and bare date '15/06/2024' at the end (published).",
    "Location: the district (quận Cái Răng) throughout. 'Trong số 247 hộ' restates the whole: an attribute (total) of the 61, not a figure.",
    "'tính đến tháng 5/2024' is as-of (start null, end 2024-05-31); the 50 households take 'đến năm 2025' though 'Năm 2023' opens the sentence.",
    "A person's age ('62 tuổi'), years in the trade ('hơn 30 năm') and a speaker's guess ('chỉ 5-10 năm nữa') are optional.",
    "'bán hết mất 4-5 ngày' is a duration stated as a fact (measure, like '35 phút' in the spec), not a time locator.",
    "'tối đa 100 triệu đồng/hộ' is the loan cap: money, approx at_most. Distractors: 'Covid-19', 'khu vực Yên Thượng', names.",
]

emit("p782-5", TEXT, COMMENTS, FIGS, published="2024-06-15", location="Cái Răng")
