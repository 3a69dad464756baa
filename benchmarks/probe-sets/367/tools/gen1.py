from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Nông nghiệp
Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.276

Nghệ An tăng cường quản lý cơ sở nuôi động vật hoang dã

(Cổng TTĐT Nghệ An) - Theo báo cáo của Chi cục Kiểm lâm tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 1.148 cơ sở nuôi động vật hoang dã được cấp mã số, tăng 6,3% so với cùng kỳ năm 2023; tổng đàn đạt hơn 186 nghìn cá thể thuộc 42 loài. Trong đó, 1.091 cơ sở nuôi vì mục đích thương mại (chiếm 95%), 57 cơ sở nuôi vì mục đích phi thương mại, bảo tồn.

Nhóm loài được nuôi nhiều nhất là nhím với khoảng 64.500 cá thể, tiếp đến là rắn ráo trâu 38.200 cá thể, dúi 21.700 cá thể, ba ba gai 15.400 cá thể và cầy vòi hương 4.850 cá thể. Các địa phương có nhiều cơ sở nuôi là huyện Quỳnh Lưu (214 cơ sở), Yên Thành (168 cơ sở), Diễn Châu (131 cơ sở) và thị xã Thái Hòa (96 cơ sở).

Từ đầu năm đến nay, lực lượng Kiểm lâm đã kiểm tra 412 lượt cơ sở nuôi, đạt 82,4% kế hoạch năm; phát hiện, xử lý 19 vụ vi phạm về quản lý động vật hoang dã, giảm 7 vụ so với cùng kỳ; tịch thu 236 cá thể và xử phạt hành chính gần 1,28 tỷ đồng. Bên cạnh đó, các chủ cơ sở đã tự nguyện chuyển giao cho Vườn quốc gia Pù Mát 87 cá thể động vật hoang dã, trong đó có 12 cá thể thuộc nhóm IB (nguy cấp, quý, hiếm) như gấu ngựa, khỉ mặt đỏ, cu li.

Thực hiện Nghị định số 06/2019/NĐ-CP và Nghị định số 84/2021/NĐ-CP của Chính phủ, năm 2024 tỉnh phấn đấu 100% cơ sở nuôi được cập nhật vào cơ sở dữ liệu quản lý; đến năm 2025, giảm ít nhất 30% số cơ sở nuôi loài thuộc nhóm IB so với năm 2020.

Mọi phản ánh về hành vi nuôi, vận chuyển, buôn bán trái phép động vật hoang dã xin gửi về Chi cục Kiểm lâm Nghệ An, số 25 đường Trường Thi, TP Vinh; điện thoại 0238.3844.507.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)
SP = "cá thể nuôi"

FIGS = [
    F("toàn tỉnh có 1.148 cơ sở", "1.148", 1148, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số", ASOF,
      change=C("increase", 6.3, "%", "cùng kỳ năm 2023")),
    F("hơn 186 nghìn cá thể", "186", 186000, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", ASOF, approx="over"),
    F("thuộc 42 loài", "42", 42, "count", "loài", "loài động vật hoang dã được nuôi", ASOF),
    F("Trong đó, 1.091 cơ sở", "1.091", 1091, "count", "cơ sở", "cơ sở nuôi vì mục đích thương mại", ASOF_I,
      total=1148, percent=95),
    F("57 cơ sở nuôi", "57", 57, "count", "cơ sở", "cơ sở nuôi vì mục đích phi thương mại, bảo tồn", ASOF_I, total=1148),
    F("khoảng 64.500 cá thể", "64.500", 64500, "count", "cá thể", "cá thể nhím nuôi", ASOF_I, approx="about"),
    F("rắn ráo trâu 38.200", "38.200", 38200, "count", "cá thể", "cá thể rắn ráo trâu nuôi", ASOF_I),
    F("dúi 21.700", "21.700", 21700, "count", "cá thể", "cá thể dúi nuôi", ASOF_I),
    F("ba ba gai 15.400", "15.400", 15400, "count", "cá thể", "cá thể ba ba gai nuôi", ASOF_I),
    F("cầy vòi hương 4.850", "4.850", 4850, "count", "cá thể", "cá thể cầy vòi hương nuôi", ASOF_I),
    F("Quỳnh Lưu (214 cơ sở)", "214", 214, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Quỳnh Lưu"),
    F("Yên Thành (168 cơ sở)", "168", 168, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Yên Thành"),
    F("Diễn Châu (131 cơ sở)", "131", 131, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Diễn Châu"),
    F("Thái Hòa (96 cơ sở)", "96", 96, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Thái Hòa"),
    F("kiểm tra 412 lượt", "412", 412, "count", "lượt cơ sở", "lượt kiểm tra cơ sở nuôi", YTD, percent=82.4),
    F("xử lý 19 vụ", "19", 19, "count", "vụ", "vụ vi phạm về quản lý động vật hoang dã", YTD,
      change=C("decrease", 7, "vụ", "cùng kỳ")),
    F("tịch thu 236 cá thể", "236", 236, "count", "cá thể", "cá thể động vật hoang dã bị tịch thu", YTD),
    F("gần 1,28 tỷ đồng", "1,28", 1280000000, "money", "đồng", "tiền xử phạt hành chính", YTD, approx="nearly"),
    F("Pù Mát 87 cá thể", "87", 87, "count", "cá thể", "cá thể động vật hoang dã tự nguyện chuyển giao", YTD_I),
    F("có 12 cá thể", "12", 12, "count", "cá thể", "cá thể thuộc nhóm IB được chuyển giao", YTD_I, total=87),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được cập nhật vào cơ sở dữ liệu quản lý",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 30% số cơ sở", "30", 30, "percent", "%", "giảm số cơ sở nuôi loài thuộc nhóm IB",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit("p367-1", TEXT, [
    "Cổng TTĐT tỉnh Nghệ An: wildlife farms registered to 30/9/2024, herd by species (list), farms by district (list), inspections YTD, hand-overs, 2024/2025 targets.",
    "'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.276' gives published; the counter is page furniture. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "Species list items: subject = indicator + species (the counted set differs by species); district items: place -> location, subject = indicator.",
    "'giảm ít nhất 30% … so với năm 2020' is a target reduction rate standing as the claim: percent, no change. Decree numbers, address, phone: distractors.",
], FIGS, published="2024-10-14", location="Nghệ An")
