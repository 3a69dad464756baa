"""p1143-4: ministry site (Bộ GTVT / Cục Đường thủy nội địa Việt Nam), national inland container transport, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM
Trang chủ » Tin tức » Hoạt động ngành

Vận tải container bằng đường thủy nội địa tăng trưởng mạnh
Ngày đăng: 12/07/2024 | Lượt xem: 1.083

Theo báo cáo của Cục Đường thủy nội địa Việt Nam, 6 tháng đầu năm 2024, sản lượng container vận chuyển bằng phương tiện thủy nội địa trên cả nước ước đạt 1,46 triệu TEU, tăng 14,6% so với cùng kỳ năm 2023. Khối lượng hàng hóa thông qua các cảng, bến thủy nội địa đạt khoảng 168,5 triệu tấn, chiếm 21,8% tổng khối lượng vận tải hàng hóa toàn ngành.

Các địa phương có sản lượng container qua cảng thủy nội địa lớn nhất lần lượt là TP Hồ Chí Minh (312.000 TEU), Bình Dương (276.500 TEU) và Đồng Nai (158.200 TEU). Ở khu vực phía Bắc, cảng Phù Đổng (Hà Nội) và cảng Ninh Phúc (Ninh Bình) lần lượt xếp thứ 1 và thứ 2 về sản lượng container.

Tính đến ngày 30/6/2024, cả nước có 293 cảng thủy nội địa được công bố, trong đó 47 cảng có khả năng tiếp nhận sà lan container. Đội phương tiện chở container thủy nội địa có khoảng 640 chiếc, tổng sức chở hơn 52.000 TEU; mỗi sà lan chở được từ 48 đến 250 TEU/chuyến.

Giá cước vận chuyển một container 40 feet bằng sà lan từ Bình Dương đi Cái Mép từ 2,8 đến 3,2 triệu đồng, thấp hơn khoảng 25% so với đường bộ. Mỗi chuyến sà lan 96 TEU giúp giảm khoảng 48 lượt xe container trên Quốc lộ 51 và Quốc lộ 1.

Theo Chiến lược phát triển giao thông vận tải, đến năm 2030 thị phần vận tải hàng hóa bằng đường thủy nội địa phấn đấu đạt từ 25 đến 30%; sản lượng container qua cảng thủy nội địa tăng bình quân 12-15%/năm. Cục cũng đã trình Bộ danh mục 5 tuyến vận tải container ven sông cần ưu tiên đầu tư.

Cục Đường thủy nội địa Việt Nam - Địa chỉ: Số 5 Nguyễn Chí Thanh, Đống Đa, Hà Nội - Điện thoại: 024.3835.6521
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "sản lượng container qua cảng thủy nội địa"

FIGS = [
    fig("ước đạt 1,46 triệu TEU", "1,46", 1460000, "measure", "TEU", status="estimate",
        change=chg("increase", 14.6, "%", "cùng kỳ năm 2023"),
        subject="sản lượng container vận chuyển bằng phương tiện thủy nội địa", period=H1),
    fig("khoảng 168,5 triệu tấn", "168,5", 168500000, "measure", "tấn", approx="about", percent=21.8,
        subject="khối lượng hàng hóa thông qua các cảng, bến thủy nội địa", period=inh(H1)),
    fig("(312.000 TEU)", "312.000", 312000, "measure", "TEU", subject=LIST, period=inh(H1),
        location="TP Hồ Chí Minh"),
    fig("(276.500 TEU)", "276.500", 276500, "measure", "TEU", subject=LIST, period=inh(H1),
        location="Bình Dương"),
    fig("(158.200 TEU)", "158.200", 158200, "measure", "TEU", subject=LIST, period=inh(H1),
        location="Đồng Nai"),
    fig("xếp thứ 1 và", "1", 1, "rank", "hạng", subject="sản lượng container khu vực phía Bắc",
        period=inh(H1), location="Hà Nội"),
    fig("và thứ 2 về", "2", 2, "rank", "hạng", subject="sản lượng container khu vực phía Bắc",
        period=inh(H1), location="Ninh Bình"),
    fig("có 293 cảng", "293", 293, "count", "cảng", subject="cảng thủy nội địa được công bố", period=ASOF),
    fig("trong đó 47 cảng", "47", 47, "count", "cảng", total=293,
        subject="cảng có khả năng tiếp nhận sà lan container", period=ASOF),
    fig("khoảng 640 chiếc", "640", 640, "count", "chiếc", approx="about",
        subject="đội phương tiện chở container thủy nội địa", period=inh(ASOF)),
    fig("hơn 52.000 TEU", "52.000", 52000, "measure", "TEU", approx="over",
        subject="tổng sức chở đội phương tiện chở container", period=inh(ASOF)),
    fig("từ 48 đến 250", "48", 48, "measure", "TEU/chuyến", value_max=250,
        subject="sức chở mỗi sà lan"),
    fig("container 40 feet", "40", 40, "measure", "feet", subject="loại container", optional=True),
    fig("từ 2,8 đến 3,2 triệu", "2,8", 2800000, "money", "đồng", value_max=3200000,
        change=chg("decrease", 25, "%", "đường bộ", approx="about"),
        subject="giá cước vận chuyển một container 40 feet bằng sà lan từ Bình Dương đi Cái Mép"),
    fig("sà lan 96 TEU", "96", 96, "measure", "TEU", subject="sức chở sà lan", optional=True),
    fig("khoảng 48 lượt", "48", 48, "count", "lượt xe container", approx="about",
        subject="lượt xe container giảm mỗi chuyến sà lan"),
    fig("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30, status="target",
        subject="thị phần vận tải hàng hóa bằng đường thủy nội địa", period=T30),
    fig("12-15%/năm", "12", 12, "percent", "%", value_max=15, status="target",
        subject="tăng bình quân sản lượng container qua cảng thủy nội địa", period=T30),
    fig("danh mục 5 tuyến", "5", 5, "count", "tuyến",
        subject="tuyến vận tải container ven sông cần ưu tiên đầu tư"),
]

NOTES = [
    "Ministry site (Bộ GTVT / Cục Đường thủy nội địa Việt Nam): 'Ngày đăng: 12/07/2024 | Lượt xem: 1.083'. National: location Việt Nam;",
    "items of the province list and the two ranked ports get their province as location, subject = the list's indicator.",
    "Distractors: view counter 1.083, 'Quốc lộ 51', 'Quốc lộ 1', address 'Số 5 Nguyễn Chí Thanh', phone 024.3835.6521,",
    "'một container' (indefinite article in a price per container: not a count). 'container 40 feet' (type name) and 'sà lan 96 TEU'",
    "(the example barge) are optional. '12-15%/năm' continues the 'đến năm 2030 ... phấn đấu' clause after ';' -> target.",
    "'thấp hơn khoảng 25% so với đường bộ' is the change of the price range (decrease, about).",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-4", TEXT, NOTES, FIGS, published="2024-07-12", location="Việt Nam")
