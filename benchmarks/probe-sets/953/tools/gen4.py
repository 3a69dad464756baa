"""p953-4: Bộ TT&TT (national), xác thực thuê bao từ SIM thứ 4 trở lên, tin nhắn rác, cuộc gọi rác (9 tháng 2024)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Viễn thông - Internet
Hơn 5,2 triệu thuê bao từ SIM thứ 4 trở lên đã xác thực thông tin
Ngày đăng: 05/10/2024 16:30

(MIC) - Theo Cục Viễn thông, tính đến ngày 30/9/2024, cả nước có khoảng 127,6 triệu thuê bao di động mặt đất đang hoạt động. Các doanh nghiệp đã rà soát, xác định hơn 6,4 triệu thuê bao thuộc diện phải xác thực theo Thông tư số 01/2024/TT-BTTTT (cá nhân đứng tên từ SIM thứ 4 trở lên). Trong số này, 5,23 triệu thuê bao đã hoàn thành xác thực, chiếm 81,7%; khoảng 610.000 thuê bao bị tạm dừng dịch vụ một chiều và 240.000 thuê bao bị thu hồi. Con số thu hồi này gấp 2,5 lần cả năm 2023.

Ba doanh nghiệp Viettel, VinaPhone và MobiFone lần lượt xác thực 2,4 triệu, 1,6 triệu và 0,9 triệu thuê bao.

Cũng trong 9 tháng năm 2024, hệ thống của các nhà mạng đã ngăn chặn 15,4 triệu tin nhắn rác, giảm 42% so với cùng kỳ năm 2023; số cuộc gọi rác bị người dân phản ánh qua đầu số 5656 là 186.500 cuộc, giảm 47,3%.

Theo báo cáo thường niên của một hãng bảo mật quốc tế, năm 2024 Việt Nam xếp thứ 21 trong số 60 quốc gia bị cuộc gọi rác nhiều nhất, giảm 13 bậc so với năm 2022.

Bộ Thông tin và Truyền thông đặt mục tiêu đến hết năm 2025, 100% thuê bao di động có thông tin trùng khớp với Cơ sở dữ liệu quốc gia về dân cư; tỷ lệ tin nhắn rác trên tổng số tin nhắn quảng cáo dưới 0,5%.

Cơ quan chủ quản: Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3943.7225
"""

ASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END25 = P("đến hết năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 5,2 triệu thuê bao", "5,2", 5200000, "count", "thuê bao",
      "thuê bao từ SIM thứ 4 trở lên đã xác thực thông tin", approx="over"),
    F("từ SIM thứ 4 trở lên đã", "4", 4, "count", "SIM", optional=True),
    F("khoảng 127,6 triệu thuê bao", "127,6", 127600000, "count", "thuê bao",
      "thuê bao di động mặt đất đang hoạt động", ASOF, approx="about"),
    F("hơn 6,4 triệu thuê bao", "6,4", 6400000, "count", "thuê bao", "thuê bao thuộc diện phải xác thực", I(ASOF),
      approx="over"),
    F("từ SIM thứ 4 trở lên)", "4", 4, "count", "SIM", optional=True),
    F("5,23 triệu thuê bao", "5,23", 5230000, "count", "thuê bao", "thuê bao đã hoàn thành xác thực", I(ASOF),
      total=6400000, percent=81.7),
    F("khoảng 610.000 thuê bao", "610.000", 610000, "count", "thuê bao", "thuê bao bị tạm dừng dịch vụ một chiều",
      I(ASOF), approx="about", total=6400000),
    F("240.000 thuê bao bị thu hồi", "240.000", 240000, "count", "thuê bao", "thuê bao bị thu hồi", I(ASOF),
      total=6400000),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thuê bao bị thu hồi so với cả năm 2023"),
    F("Ba doanh nghiệp", "Ba", 3, "count", "doanh nghiệp", optional=True),
    F("xác thực 2,4 triệu", "2,4", 2400000, "count", "thuê bao", "thuê bao xác thực của Viettel"),
    F("1,6 triệu và", "1,6", 1600000, "count", "thuê bao", "thuê bao xác thực của VinaPhone"),
    F("0,9 triệu thuê bao", "0,9", 900000, "count", "thuê bao", "thuê bao xác thực của MobiFone"),
    F("ngăn chặn 15,4 triệu tin nhắn", "15,4", 15400000, "count", "tin nhắn rác", "tin nhắn rác bị ngăn chặn", M9,
      change=C("decrease", 42, "%", "cùng kỳ năm 2023")),
    F("là 186.500 cuộc", "186.500", 186500, "count", "cuộc", "cuộc gọi rác bị người dân phản ánh", M9,
      change=C("decrease", 47.3, "%")),
    F("xếp thứ 21", "21", 21, "rank", "hạng", "xếp hạng các quốc gia bị cuộc gọi rác nhiều nhất", Y24, total=60,
      change=C("decrease", 13, "bậc", "năm 2022")),
    F("100% thuê bao di động", "100", 100, "percent", "%",
      "thuê bao di động có thông tin trùng khớp với Cơ sở dữ liệu quốc gia về dân cư", END25, status="target"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ tin nhắn rác trên tổng số tin nhắn quảng cáo", END25,
      approx="under", status="target"),
]

NOTES = [
    "Bộ TT&TT news: thuê bao phải xác thực theo Thông tư 01/2024 (từ SIM thứ 4 trở lên), tin nhắn/cuộc gọi rác; national (Việt Nam).",
    "'từ SIM thứ 4 trở lên' is a category threshold (an ordinal that defines the class): optional, twice.",
    "Parts after 'Trong số này' (5,23 triệu, 610.000, 240.000) take the 6,4 triệu whole as total. 'chiếm 81,7%' -> percent.",
    "'Con số thu hồi này gấp 2,5 lần cả năm 2023' stands as its own sentence: a multiple.",
    "'lần lượt xác thực 2,4 triệu, 1,6 triệu và 0,9 triệu thuê bao': list sharing one indicator; no part-of cue, no total.",
    "'xếp thứ 21 trong số 60 quốc gia' -> rank with total 60; 'giảm 13 bậc so với năm 2022' -> change (decrease, bậc).",
    "revised after the first run: 'Ba doanh nghiệp' (a count of the named list items, structure) added as optional; it had been",
    "overlooked, and the same construction ('hai địa phương') had been judged optional before the run.",
    "Not figures: 'Thông tư số 01/2024/TT-BTTTT', 'một chiều', 'đầu số 5656', '18 Nguyễn Du', phone, dateline.",
]

write("p953-4", TEXT, FIGS, NOTES, published="2024-10-05", location="Việt Nam")
