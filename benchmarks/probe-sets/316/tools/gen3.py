from lib import Doc, P, C, T

TEXT = """CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN CẦU GIẤY
Tin tức - Sự kiện
Thứ Năm, 05/12/2024 - 16:10

Hệ sinh thái khởi nghiệp đổi mới sáng tạo của quận tiếp tục mở rộng

Tính đến hết tháng 11/2024, trên địa bàn quận có 7 cơ sở ươm tạo, 4 tổ chức thúc đẩy kinh doanh và 3 không gian làm việc chung đang hoạt động, phần lớn gắn với các trường đại học và viện nghiên cứu.

Từ đầu năm đến nay, các cơ sở ươm tạo đã hỗ trợ 126 dự án khởi nghiệp, tăng 14 dự án so với năm 2023; trong đó 48 dự án đã thành lập doanh nghiệp, 19 dự án gọi vốn thành công với tổng số vốn khoảng 86 tỷ đồng. Vườn ươm của Đại học Quốc gia Hà Nội ươm tạo nhiều dự án nhất (31 dự án), tiếp đến là Trung tâm Đổi mới sáng tạo Cầu Giấy (24 dự án) và Không gian khởi nghiệp Trường Đại học Sư phạm (17 dự án).

Tại Cuộc thi "Ý tưởng khởi nghiệp sáng tạo quận Cầu Giấy lần thứ 5" tổ chức trong tháng 10/2024, Ban Tổ chức nhận được 214 hồ sơ dự thi, gấp 1,4 lần năm trước. Có 30 dự án vào vòng chung kết; 12 dự án đoạt giải (1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích) với tổng giá trị giải thưởng 150 triệu đồng, trong đó giải Nhất trị giá 40 triệu đồng.

Trong năm 2024, quận đã hỗ trợ 23 doanh nghiệp khởi nghiệp xác lập quyền sở hữu trí tuệ và 11 doanh nghiệp đổi mới công nghệ với kinh phí hơn 1,2 tỷ đồng từ ngân sách quận.

Năm 2025, quận phấn đấu hỗ trợ ít nhất 150 dự án khởi nghiệp, tỷ lệ dự án thành lập doanh nghiệp đạt từ 40% trở lên; phát triển thêm 2 cơ sở ươm tạo.

Minh Châu (Phòng Văn hóa và Thông tin quận)
Địa chỉ: Số 36 đường Cầu Giấy, phường Quan Hoa; Điện thoại: 024.3767.3536
"""

d = Doc("p316-3", TEXT, [
    "Cổng giao tiếp điện tử quận Cầu Giấy (district portal, Hà Nội): incubators, startup projects, innovation contest. Dateline",
    "  'Thứ Năm, 05/12/2024 - 16:10'; byline and address at the end.",
    "Distractors: contest name with 'lần thứ 5' (a name), 'tháng 10/2024', address 'Số 36 đường Cầu Giấy', phone, 'Đại học Quốc gia Hà Nội'",
    "  (a place inside an organisation's name: the figure stays in Cầu Giấy).",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'tăng 14 dự án so với năm 2023' is the change of 126; 'trong đó 48 …, 19 …' parts of 126.",
    "Incubator list (organisations, not places): subject = the list's indicator, location Cầu Giấy.",
    "'gấp 1,4 lần năm trước' after 214 hồ sơ: its change (1.4 lần). '12 dự án đoạt giải (1 …, 2 …, 3 …, 6 …)': bracketed parts add up -> total 12.",
    "'trong đó giải Nhất trị giá 40 triệu đồng' after the prize fund: total 150 triệu. 'ít nhất', 'từ 40% trở lên' -> at_least; 2025 plan -> target.",
], published="2024-12-05", location="Cầu Giấy")

A11 = P("Tính đến hết tháng 11/2024", None, "2024-11-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-05")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-05", inh=True)
T10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
T10i = P("tháng 10/2024", "2024-10-01", "2024-10-31", inh=True)
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

d.f("có 7 cơ sở ươm tạo", "7", 7, "count", "cơ sở ươm tạo", "cơ sở ươm tạo đang hoạt động", period=A11)
d.f("4 tổ chức thúc đẩy", "4", 4, "count", "tổ chức thúc đẩy kinh doanh", "tổ chức thúc đẩy kinh doanh đang hoạt động", period=A11)
d.f("3 không gian làm việc", "3", 3, "count", "không gian làm việc chung", "không gian làm việc chung đang hoạt động", period=A11)
d.f("hỗ trợ 126 dự án", "126", 126, "count", "dự án khởi nghiệp", "dự án khởi nghiệp được các cơ sở ươm tạo hỗ trợ",
    change=C("increase", 14, "dự án", "năm 2023"), period=YTD)
d.f("48 dự án", "48", 48, "count", "dự án", "dự án đã thành lập doanh nghiệp", total=126, period=YTD)
d.f("19 dự án", "19", 19, "count", "dự án", "dự án gọi vốn thành công", total=126, period=YTD)
d.f("khoảng 86 tỷ đồng", "86", 86e9, "money", "đồng", "tổng số vốn gọi được", approx="about", period=YTD)
d.f("(31 dự án)", "31", 31, "count", "dự án", "dự án được ươm tạo", period=YTDi)
d.f("(24 dự án)", "24", 24, "count", "dự án", "dự án được ươm tạo", period=YTDi)
d.f("(17 dự án)", "17", 17, "count", "dự án", "dự án được ươm tạo", period=YTDi)
d.f("được 214 hồ sơ", "214", 214, "count", "hồ sơ dự thi", "hồ sơ dự thi Cuộc thi Ý tưởng khởi nghiệp sáng tạo",
    change=C("increase", 1.4, "lần", "năm trước"), period=T10)
d.f("Có 30 dự án", "30", 30, "count", "dự án", "dự án vào vòng chung kết", period=T10i)
d.f("12 dự án đoạt giải", "12", 12, "count", "dự án", "dự án đoạt giải", period=T10i)
d.f("(1 giải Nhất", "1", 1, "count", "giải Nhất", "giải Nhất", total=12, period=T10i)
d.f("2 giải Nhì", "2", 2, "count", "giải Nhì", "giải Nhì", total=12, period=T10i)
d.f("3 giải Ba", "3", 3, "count", "giải Ba", "giải Ba", total=12, period=T10i)
d.f("6 giải Khuyến khích", "6", 6, "count", "giải Khuyến khích", "giải Khuyến khích", total=12, period=T10i)
d.f("giải thưởng 150 triệu đồng", "150", 150e6, "money", "đồng", "tổng giá trị giải thưởng", period=T10i)
d.f("trị giá 40 triệu đồng", "40", 40e6, "money", "đồng", "giải Nhất", total=150e6, period=T10i)
d.f("hỗ trợ 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp khởi nghiệp", "doanh nghiệp khởi nghiệp được hỗ trợ xác lập quyền sở hữu trí tuệ", period=Y24)
d.f("và 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp đổi mới công nghệ được hỗ trợ", period=Y24)
d.f("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách quận", approx="over", period=Y24)
d.f("ít nhất 150 dự án", "150", 150, "count", "dự án khởi nghiệp", "dự án khởi nghiệp được hỗ trợ", approx="at_least", status="target", period=Y25)
d.f("từ 40% trở lên", "40", 40, "percent", "%", "tỷ lệ dự án thành lập doanh nghiệp", approx="at_least", status="target", period=Y25)
d.f("thêm 2 cơ sở ươm tạo", "2", 2, "count", "cơ sở ươm tạo", "cơ sở ươm tạo phát triển thêm", status="target", period=Y25)
d.write()
