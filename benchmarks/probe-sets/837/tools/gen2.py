"""p837-2: district portal, huyện Yên Định (Thanh Hóa), rice land converted to silage maize."""
from lib import F, P, Y, C, T, write

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN ĐỊNH - TỈNH THANH HÓA
Trang chủ > Tin tức > Nông nghiệp - Nông thôn mới

Yên Định chuyển đổi 650 ha đất lúa sang trồng ngô sinh khối
Thứ Ba, 19/03/2024 - 10:05

Vụ Xuân năm 2024, toàn huyện chuyển đổi 650 ha đất trồng lúa kém hiệu quả sang trồng ngô sinh khối, tăng 120 ha so với vụ Xuân năm 2023, đạt 108,3% kế hoạch. Diện tích chuyển đổi tập trung ở các xã Định Tân (95 ha), Yên Trung (82 ha), Định Hưng (76 ha) và thị trấn Quán Lào (41 ha).

Toàn bộ diện tích ngô sinh khối được liên kết bao tiêu với doanh nghiệp chăn nuôi bò sữa trên địa bàn theo hợp đồng 3 năm. Năng suất ngô sinh khối bình quân đạt 48-52 tấn/ha, doanh nghiệp thu mua tại ruộng với giá 1.150 đồng/kg; trừ chi phí, người dân lãi khoảng 25 triệu đồng/ha. Hiệu quả kinh tế gấp 2,5 lần so với trồng lúa.

Ông Trịnh Văn Hai ở xóm 4, xã Định Tân cho biết: "Gia đình tôi chuyển 1,2 mẫu ruộng sang trồng ngô, mỗi vụ chỉ khoảng 90 ngày là thu hoạch, đỡ vất vả hơn cấy lúa nhiều".

Để khuyến khích chuyển đổi, huyện hỗ trợ 2 triệu đồng/ha tiền giống cho vùng sản xuất tập trung có quy mô từ 10 ha trở lên; năm 2023, tổng kinh phí hỗ trợ là 1,08 tỷ đồng. Hiện toàn huyện có 14 tổ hợp tác và 3 hợp tác xã tham gia liên kết sản xuất ngô sinh khối với 1.260 hộ.

Mục tiêu đến năm 2025, Yên Định chuyển đổi 1.000 ha đất lúa sang cây trồng cạn, trong đó ngô sinh khối 800 ha, đậu tương 120 ha.

Lê Hương (Phòng NN&PTNT huyện)
"""

V = Y("Vụ Xuân năm 2024", 2024, True)
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("Yên Định chuyển đổi 650 ha", "650", 650, "measure", "ha",
      "đất lúa chuyển đổi sang trồng ngô sinh khối"),
    F("chuyển đổi 650 ha đất trồng lúa", "650", 650, "measure", "ha",
      "đất trồng lúa kém hiệu quả chuyển đổi sang trồng ngô sinh khối",
      percent=108.3, change=C("increase", 120, "ha", "vụ Xuân năm 2023"), period=Y("Vụ Xuân năm 2024", 2024)),
    F("Định Tân (95 ha)", "95", 95, "measure", "ha", "diện tích chuyển đổi xã Định Tân", period=V),
    F("Yên Trung (82 ha)", "82", 82, "measure", "ha", "diện tích chuyển đổi xã Yên Trung", period=V),
    F("Định Hưng (76 ha)", "76", 76, "measure", "ha", "diện tích chuyển đổi xã Định Hưng", period=V),
    F("Quán Lào (41 ha)", "41", 41, "measure", "ha", "diện tích chuyển đổi thị trấn Quán Lào", period=V),
    F("hợp đồng 3 năm", "3", 3, "measure", "năm", "thời hạn hợp đồng bao tiêu", optional=True),
    F("đạt 48-52 tấn/ha", "48", 48, "measure", "tấn/ha", "năng suất ngô sinh khối bình quân",
      value_max=52),
    F("giá 1.150 đồng/kg", "1.150", 1150, "money", "đồng/kg", "giá doanh nghiệp thu mua ngô sinh khối tại ruộng"),
    F("khoảng 25 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "lãi trồng ngô sinh khối",
      approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "hiệu quả kinh tế trồng ngô sinh khối so với trồng lúa"),
    F("chuyển 1,2 mẫu ruộng", "1,2", 1.2, "measure", "mẫu", "ruộng gia đình ông Trịnh Văn Hai chuyển sang trồng ngô",
      optional=True),
    F("khoảng 90 ngày", "90", 90, "measure", "ngày", "thời gian mỗi vụ ngô đến thu hoạch", approx="about",
      optional=True),
    F("hỗ trợ 2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "mức hỗ trợ tiền giống"),
    F("từ 10 ha trở lên", "10", 10, "measure", "ha", "quy mô vùng sản xuất tập trung được hỗ trợ",
      approx="at_least", optional=True),
    F("là 1,08 tỷ đồng", "1,08", 1080000000, "money", "đồng", "tổng kinh phí hỗ trợ",
      period=Y("năm 2023", 2023)),
    F("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", "tổ hợp tác tham gia liên kết sản xuất ngô sinh khối"),
    F("3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã tham gia liên kết sản xuất ngô sinh khối"),
    F("1.260 hộ", "1.260", 1260, "count", "hộ", "hộ tham gia liên kết sản xuất ngô sinh khối"),
    F("chuyển đổi 1.000 ha", "1.000", 1000, "measure", "ha", "đất lúa chuyển đổi sang cây trồng cạn",
      status="target", period=T25),
    F("ngô sinh khối 800 ha", "800", 800, "measure", "ha", "ngô sinh khối", total=1000, status="target",
      period=T25),
    F("đậu tương 120 ha", "120", 120, "measure", "ha", "đậu tương", total=1000, status="target", period=T25),
]

notes = [
    "District portal of huyện Yên Định (Thanh Hóa): rice land converted to silage maize, spring crop 2024.",
    "Distractors: dateline 'Thứ Ba, 19/03/2024 - 10:05', 'xóm 4', person 'Trịnh Văn Hai' (number word in a name), 'vụ Xuân năm 2023' as baseline.",
    "Location is the district for all figures; commune items of the list keep Yên Định as location (the spec's location is a",
    "province, city or district) and carry the commune in the subject. The commune list (95+82+76+41) does not add up: no total.",
    "'Vụ Xuân năm 2024' = the year 2024 (a season has no dates of its own in the spec; the year is the bound a reader can give).",
    "'gấp 2,5 lần' stands as its own sentence: a multiple figure. Quoted household figures and the 10 ha threshold are optional.",
]
write(2, text, figs, notes, published="2024-03-19", location="Yên Định")
