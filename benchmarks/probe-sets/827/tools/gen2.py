"""p827-2: district portal (huyện Hòa Vang, Đà Nẵng), mountain resort and amusement parks, spring 2023."""
from lib import C, F, P, T, build

TEXT = """UBND HUYỆN HÒA VANG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Kinh tế - Du lịch

Khu vui chơi giải trí ở Hòa Ninh hút khách dịp đầu hè

Thứ Ba, 16/05/2023 - 14:20

Theo báo cáo của UBND xã Hòa Ninh, trong 4 tháng đầu năm 2023, các khu du lịch, vui chơi giải trí trên địa bàn xã đã đón khoảng 1,15 triệu lượt khách, gấp 2,4 lần so với cùng kỳ năm 2022; riêng dịp nghỉ lễ 30/4 - 1/5 đón hơn 96.000 lượt khách. Doanh thu từ dịch vụ vé, cáp treo và vui chơi giải trí ước đạt 742 tỷ đồng, tăng 2,1 lần. Các cơ sở đã giải quyết việc làm cho 2.350 lao động, trong đó 1.120 lao động là người địa phương với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Lượng khách lưu trú qua đêm tại các homestay trong xã cũng tăng mạnh, gấp 3 lần cùng kỳ. Để bảo đảm an toàn giao thông, trên tuyến ĐT602 lực lượng chức năng bố trí 3 chốt hướng dẫn vào các ngày cuối tuần; đội cứu hộ của khu du lịch có 64 người, trực 24/24 giờ.

Thời gian tới, huyện tiếp tục kêu gọi đầu tư dự án Khu vui chơi giải trí sinh thái Hòa Phú với quy mô 52,6 ha, tổng mức đầu tư dự kiến 1.200 tỷ đồng, theo Quyết định số 4517/QĐ-UBND của UBND thành phố Đà Nẵng. Mục tiêu năm 2023, các khu du lịch, vui chơi giải trí trên địa bàn huyện đón 3 triệu lượt khách, tăng khoảng 30% so với năm 2022.

Ông Lê Văn Hùng, Chủ tịch UBND xã Hòa Ninh cho biết, xã đã hỗ trợ 18 hộ dân chuyển đổi sang làm dịch vụ du lịch với tổng kinh phí 540 triệu đồng.

Tin, ảnh: Minh Tâm - Trung tâm Văn hóa - Thể thao và Truyền thanh huyện
"""

M4 = P("trong 4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
M4i = P("trong 4 tháng đầu năm 2023", "2023-01-01", "2023-04-30", inherited=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 1,15 triệu lượt khách", "1,15", 1150000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, vui chơi giải trí", approx="about",
      change=C("increase", 2.4, "lần", baseline="cùng kỳ năm 2022"), period=M4),
    F("hơn 96.000 lượt khách", "96.000", 96000, "count", "lượt khách",
      "lượt khách dịp nghỉ lễ 30/4 - 1/5", approx="over",
      period=P("dịp nghỉ lễ 30/4 - 1/5", "2023-04-30", "2023-05-01")),
    F("ước đạt 742 tỷ đồng", "742", 742e9, "money", "đồng",
      "doanh thu từ dịch vụ vé, cáp treo và vui chơi giải trí", status="estimate",
      change=C("increase", 2.1, "lần"), period=M4i),
    F("cho 2.350 lao động", "2.350", 2350, "count", "lao động", "lao động được giải quyết việc làm", period=M4i),
    F("1.120 lao động", "1.120", 1120, "count", "lao động", "lao động là người địa phương", total=2350, period=M4i),
    F("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân", period=M4i),
    F("gấp 3 lần cùng kỳ", "3", 3, "multiple", "lần", "lượng khách lưu trú qua đêm tại các homestay", period=M4i),
    F("bố trí 3 chốt", "3", 3, "count", "chốt", "chốt hướng dẫn giao thông"),
    F("có 64 người", "64", 64, "count", "người", "đội cứu hộ của khu du lịch"),
    F("quy mô 52,6 ha", "52,6", 52.6, "measure", "ha", "quy mô dự án Khu vui chơi giải trí sinh thái Hòa Phú"),
    F("dự kiến 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "tổng mức đầu tư dự án", status="forecast"),
    F("đón 3 triệu lượt khách", "3", 3000000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, vui chơi giải trí", status="target",
      change=C("increase", 30, baseline="năm 2022", approx="about"), period=Y23),
    F("hỗ trợ 18 hộ dân", "18", 18, "count", "hộ dân", "hộ dân được hỗ trợ chuyển đổi sang làm dịch vụ du lịch"),
    F("kinh phí 540 triệu đồng", "540", 540e6, "money", "đồng", "tổng kinh phí hỗ trợ"),
]

COMMENTS = [
    "Hòa Vang district portal (Đà Nẵng): commune Hòa Ninh's resort and amusement parks, Jan-Apr 2023. Dateline 'Thứ Ba, 16/05/2023 - 14:20'.",
    "Location: the district (Hòa Ninh and Hòa Phú are communes of Hòa Vang); the city's decision does not make figures Đà Nẵng.",
    "'gấp 2,4 lần so với cùng kỳ' after a count is its change (unit lần); 'tăng 2,1 lần' likewise; 'gấp 3 lần cùng kỳ' with no base amount is a multiple.",
    "'dịp nghỉ lễ 30/4 - 1/5' is a period (2023-04-30..05-01), not a figure; '24/24 giờ' is a phrase, not a figure; 'ĐT602' is a road.",
    "Period of the 4-month paragraph is inherited by its later sentences; target year 2023 scored in its own sentence.",
]

build("p827-2", TEXT, FIGS, COMMENTS, published="2023-05-16", location="Hòa Vang")
