"""p903-5: Báo Đắk Nông (Party newspaper): provincial gong festival 2024, byline and bare date at the end."""
from lib import F, P, I, CH, write

TEXT = """Sôi nổi Liên hoan cồng chiêng, dân ca, dân vũ các dân tộc tỉnh Đắk Nông

Tối 9/3, tại Quảng trường Trung tâm TP. Gia Nghĩa (đường 23/3), UBND tỉnh Đắk Nông khai mạc Liên hoan cồng chiêng, dân ca, dân vũ các dân tộc tỉnh lần thứ V, năm 2024.

Liên hoan diễn ra trong 3 ngày, quy tụ 8 đội chiêng của 8 huyện, thành phố với hơn 320 nghệ nhân, diễn viên quần chúng, trong đó có 146 nghệ nhân là người M'nông, Mạ, Ê Đê. Nghệ nhân cao tuổi nhất là ông Y Bhoi, 82 tuổi, ở xã Đắk Nia; nhỏ tuổi nhất là em H'Lan, mới 9 tuổi.

Kết quả, Ban Tổ chức trao 1 giải A, 2 giải B, 3 giải C và 2 giải khuyến khích. Đội chiêng huyện Krông Nô đoạt giải A với phần trình diễn tái hiện lễ mừng lúa mới. Liên hoan thu hút khoảng 15.000 lượt người xem, gấp 1,5 lần lần tổ chức trước.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 1.270 bộ cồng chiêng và 148 đội chiêng. Năm 2023, tỉnh mở 16 lớp truyền dạy cho 480 học viên, đạt 100% kế hoạch. Tuy nhiên, số bộ chiêng cổ chỉ còn chưa đến 200 bộ; giá mỗi bộ chiêng cổ từ 100 đến 150 triệu đồng, nên tình trạng bán chiêng ra khỏi bon, buôn vẫn xảy ra.

Phát biểu bế mạc, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đề nghị các địa phương coi trọng việc truyền dạy cho thế hệ trẻ. Theo kế hoạch, đến năm 2025, tỉnh sẽ hỗ trợ mua 60 bộ cồng chiêng cho các bon, buôn chưa có và mở thêm 20 lớp truyền dạy, tổng kinh phí khoảng 4,5 tỷ đồng.

Đồng bào M'nông ở Đắk Nông hiện vẫn giữ được nhiều lễ hội gắn với cồng chiêng như lễ cúng bến nước, lễ mừng lúa mới, lễ cầu mưa; các bon ven Quốc lộ 14 thường xuyên biểu diễn phục vụ du khách.

NGỌC MAI
11/03/2024
"""

Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trong 3 ngày", "3", 3, "measure", "ngày", "thời gian diễn ra Liên hoan", optional=True),
    F("quy tụ 8 đội chiêng", "8", 8, "count", "đội chiêng", "đội chiêng tham gia Liên hoan"),
    F("của 8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố có đội chiêng tham gia Liên hoan"),
    F("hơn 320 nghệ nhân", "320", 320, "count", "nghệ nhân, diễn viên", "nghệ nhân, diễn viên quần chúng tham gia Liên hoan",
      approx="over"),
    F("có 146 nghệ nhân", "146", 146, "count", "nghệ nhân", "nghệ nhân là người M'nông, Mạ, Ê Đê", total=320),
    F("82 tuổi", "82", 82, "measure", "tuổi", "tuổi nghệ nhân cao tuổi nhất"),
    F("mới 9 tuổi", "9", 9, "measure", "tuổi", "tuổi nghệ nhân nhỏ tuổi nhất"),
    F("trao 1 giải A", "1", 1, "count", "giải", "giải A"),
    F("2 giải B", "2", 2, "count", "giải", "giải B"),
    F("3 giải C", "3", 3, "count", "giải", "giải C"),
    F("2 giải khuyến khích", "2", 2, "count", "giải", "giải khuyến khích"),
    F("khoảng 15.000 lượt người xem", "15.000", 15000, "count", "lượt người xem", "lượt người xem Liên hoan",
      approx="about", change=CH("increase", 1.5, "lần", "lần tổ chức trước")),
    F("có 1.270 bộ cồng chiêng", "1.270", 1270, "count", "bộ cồng chiêng", "bộ cồng chiêng toàn tỉnh"),
    F("148 đội chiêng", "148", 148, "count", "đội chiêng", "đội chiêng toàn tỉnh"),
    F("mở 16 lớp", "16", 16, "count", "lớp", "lớp truyền dạy", period=Y2023),
    F("cho 480 học viên", "480", 480, "count", "học viên", "học viên lớp truyền dạy", percent=100, period=Y2023),
    F("chưa đến 200 bộ", "200", 200, "count", "bộ", "bộ chiêng cổ", approx="under"),
    F("từ 100 đến 150 triệu đồng", "100", 100e6, "money", "đồng/bộ", "giá mỗi bộ chiêng cổ", value_max=150e6),
    F("mua 60 bộ cồng chiêng", "60", 60, "count", "bộ cồng chiêng", "bộ cồng chiêng hỗ trợ mua cho các bon, buôn chưa có",
      status="target", period=T2025),
    F("thêm 20 lớp", "20", 20, "count", "lớp", "lớp truyền dạy mở thêm", status="target", period=T2025),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "tổng kinh phí", approx="about", status="target",
      period=T2025),
]

NOTES = [
    "Báo Đắk Nông: byline 'NGỌC MAI' and bare date '11/03/2024' at the end are the dateline.",
    "Not figures: 'Tối 9/3', 'đường 23/3', 'lần thứ V, năm 2024', 'Quốc lộ 14', names (Y Bhoi, H'Lan).",
    "'trong 3 ngày' (the festival's length) is optional: a duration that mostly locates the event.",
    "Prize counts are separate figures (no whole stated). 'gấp 1,5 lần lần tổ chức trước' is the change of 15.000 lượt.",
    "'đạt 100% kế hoạch' is the share of the figure before it (480 học viên).",
    "'Theo kế hoạch, đến năm 2025, tỉnh sẽ …' is a plan: target, continuing to 'tổng kinh phí khoảng 4,5 tỷ đồng'.",
]

write(5, TEXT, FIGS, published="2024-03-11", location="Đắk Nông", notes=NOTES)
