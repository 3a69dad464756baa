from lib import F, P, C, T, write

TEXT = """THANH TRA CHÍNH PHỦ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tiếp công dân, xử lý đơn thư

Năm 2023, cả nước tiếp hơn 383 nghìn lượt công dân

Hội nghị trực tuyến tổng kết công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo năm 2023 được tổ chức tại Hà Nội, kết nối với 63 điểm cầu các tỉnh, thành phố.

Theo báo cáo của Thanh tra Chính phủ, trong năm 2023, các cơ quan hành chính nhà nước các cấp đã tiếp 383.512 lượt công dân với 269.075 vụ việc; trong đó có 3.008 đoàn đông người. So với năm 2022, số lượt tiếp công dân tăng 9,4%, số đoàn đông người giảm 4,1%.

Các cơ quan đã tiếp nhận, xử lý 512.347 đơn các loại, trong đó có 403.926 đơn đủ điều kiện xử lý. Đã giải quyết 15.786/17.912 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt tỷ lệ 88,1%. Khiếu nại, tố cáo trong lĩnh vực đất đai, bồi thường, giải phóng mặt bằng vẫn chiếm khoảng 70% tổng số vụ việc.

Số đoàn đông người tập trung nhiều ở Hà Nội (412 đoàn), TP Hồ Chí Minh (287 đoàn), Đồng Nai (96 đoàn) và Bình Dương (74 đoàn).

Qua giải quyết khiếu nại, tố cáo, các cơ quan đã kiến nghị thu hồi cho Nhà nước hơn 1,1 nghìn tỷ đồng và 73,6 ha đất; trả lại cho tổ chức, công dân 42,8 tỷ đồng và 18,3 ha đất; kiến nghị xử lý hành chính 386 tập thể, cá nhân; chuyển cơ quan điều tra 12 vụ.

Năm 2024, Thanh tra Chính phủ đặt mục tiêu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt từ 85% trở lên; phấn đấu giảm ít nhất 10% số vụ việc đông người, phức tạp so với năm 2023. Các bộ, ngành, địa phương tiếp tục thực hiện nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị và Luật Tiếp công dân.

Trụ sở Tiếp công dân Trung ương: số 1 phố Ngô Thì Nhậm, quận Hà Đông, Hà Nội. Điện thoại: 024.3825.4387.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 383 nghìn lượt", "383", 383000, "count", "lượt công dân", "lượt công dân được tiếp", approx="over",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu các tỉnh, thành phố", optional=True),
    F("tiếp 383.512 lượt", "383.512", 383512, "count", "lượt công dân",
      "lượt công dân các cơ quan hành chính nhà nước các cấp tiếp", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("với 269.075 vụ việc", "269.075", 269075, "count", "vụ việc", "vụ việc", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("có 3.008 đoàn", "3.008", 3008, "count", "đoàn", "đoàn đông người", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tăng 9,4%", "9,4", 9.4, "percent", "%", "số lượt tiếp công dân", period=Y23i),
    F("giảm 4,1%", "4,1", 4.1, "percent", "%", "số đoàn đông người", period=Y23i),
    F("xử lý 512.347 đơn", "512.347", 512347, "count", "đơn", "đơn các loại tiếp nhận, xử lý", period=Y23i),
    F("có 403.926 đơn", "403.926", 403926, "count", "đơn", "đơn đủ điều kiện xử lý", total=512347, period=Y23i),
    F("15.786/17.912", "15.786", 15786, "count", "vụ việc", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã giải quyết",
      total=17912, percent=88.1, period=Y23i),
    F("khoảng 70%", "70", 70, "percent", "%",
      "khiếu nại, tố cáo trong lĩnh vực đất đai, bồi thường, giải phóng mặt bằng trong tổng số vụ việc", approx="about",
      period=Y23i),
    F("Hà Nội (412 đoàn)", "412", 412, "count", "đoàn", "đoàn đông người", location="Hà Nội", period=Y23i),
    F("Minh (287 đoàn)", "287", 287, "count", "đoàn", "đoàn đông người", location="TP Hồ Chí Minh", period=Y23i),
    F("Đồng Nai (96 đoàn)", "96", 96, "count", "đoàn", "đoàn đông người", location="Đồng Nai", period=Y23i),
    F("Bình Dương (74 đoàn)", "74", 74, "count", "đoàn", "đoàn đông người", location="Bình Dương", period=Y23i),
    F("hơn 1,1 nghìn tỷ đồng", "1,1", 1.1e12, "money", "đồng", "tiền kiến nghị thu hồi cho Nhà nước", approx="over",
      period=Y23i),
    F("73,6 ha", "73,6", 73.6, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", period=Y23i),
    F("42,8 tỷ đồng", "42,8", 42.8e9, "money", "đồng", "tiền trả lại cho tổ chức, công dân", period=Y23i),
    F("18,3 ha", "18,3", 18.3, "measure", "ha", "đất trả lại cho tổ chức, công dân", period=Y23i),
    F("386 tập thể", "386", 386, "count", "tập thể, cá nhân", "tập thể, cá nhân bị kiến nghị xử lý hành chính", period=Y23i),
    F("điều tra 12 vụ", "12", 12, "count", "vụ", "vụ chuyển cơ quan điều tra", period=Y23i),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
      approx="at_least", status="target", period=Y24),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ việc đông người, phức tạp",
      approx="at_least", status="target", period=Y24),
]

COMMENTS = [
    "Ministry site (Thanh tra Chính phủ portal): national results of tiếp công dân and complaints, 2023. No dateline at all (no published).",
    "Distractors: breadcrumb, venue 'tổ chức tại Hà Nội' (not the figures' place), 'Chỉ thị số 35-CT/TW', address 'số 1 phố Ngô Thì Nhậm', phone.",
    "'63 điểm cầu' (structure of the meeting) optional. Growth rates in a sentence of their own with no base amount ('số lượt … tăng 9,4%')",
    "are percent figures without change. '403.926 đơn' after 'trong đó' total 512347; '3.008 đoàn' counts delegations, not vụ việc: no total.",
    "Province list has no part-of cue ('tập trung nhiều ở'): no total. 'hơn 1,1 nghìn tỷ' = 1.1e12 over. Targets 'Năm 2024': at_least.",
    "Location Việt Nam throughout except the list items.",
]

write("p435-5", TEXT, FIGS, COMMENTS, published=None, location="Việt Nam")
