from lib import F, P, Y, C, TG, build

T = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Văn hóa - Thể thao | Thứ Hai, 15/01/2024 - 09:45

Yên Thành: 93,8% hộ gia đình đạt danh hiệu "Gia đình văn hóa" năm 2023

Năm 2023, phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trên địa bàn huyện tiếp tục đi vào chiều sâu. Toàn huyện có 42.318/45.115 hộ gia đình được công nhận danh hiệu "Gia đình văn hóa", đạt 93,8%. Tỷ lệ này vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVIII đề ra là 92%. So với năm 2022, số hộ đạt danh hiệu tăng 1.026 hộ.

Có 221/236 thôn, xóm, khối được công nhận danh hiệu văn hóa, đạt 93,6%; 35/39 xã, thị trấn có nhà văn hóa, sân thể thao đạt chuẩn; 100% cơ quan, đơn vị, doanh nghiệp trên địa bàn (128 đơn vị) đạt chuẩn văn hóa. Trong 39 xã, thị trấn, có 12 xã được công nhận "Xã đạt chuẩn văn minh đô thị, nông thôn mới nâng cao".

Cũng trong năm, huyện tổ chức 14 lễ hội truyền thống, trong đó 3 lễ hội cấp huyện; Đội thông tin lưu động huyện biểu diễn 46 buổi, phục vụ khoảng 23.000 lượt người xem. Thư viện huyện luân chuyển gần 4.500 bản sách đến 18 tủ sách cơ sở. Kinh phí xã hội hóa xây dựng, nâng cấp nhà văn hóa thôn, xóm đạt trên 27,6 tỷ đồng, chiếm 68% tổng nguồn vốn.

Năm 2024, huyện phấn đấu có từ 93,5% đến 94% hộ gia đình văn hóa, 95% thôn, xóm, khối văn hóa; mỗi xã xây dựng ít nhất một câu lạc bộ dân ca ví, giặm.

Thông tin chi tiết liên hệ Phòng Văn hóa và Thông tin huyện, Khối 1, thị trấn Yên Thành; điện thoại: 0238.3863.252.

Hồng Nhung
"""

Y23 = Y("Năm 2023", 2023, inh=True)
figs = [
    F("Yên Thành: 93,8%", "93,8", 93.8, "percent", "%", "hộ gia đình đạt danh hiệu Gia đình văn hóa",
      period=Y("năm 2023", 2023)),
    F("có 42.318/45.115 hộ", "42.318", 42318, "count", "hộ gia đình",
      "hộ gia đình được công nhận danh hiệu Gia đình văn hóa", total=45115, percent=93.8, period=Y23),
    F("đề ra là 92%", "92", 92, "percent", "%", "chỉ tiêu tỷ lệ hộ gia đình văn hóa",
      status="target"),
    F("tăng 1.026 hộ", "1.026", 1026, "count", "hộ", "số hộ đạt danh hiệu tăng so với năm 2022", period=Y23),
    F("Có 221/236 thôn", "221", 221, "count", "thôn, xóm, khối", "thôn, xóm, khối được công nhận danh hiệu văn hóa",
      total=236, percent=93.6, period=Y23),
    F("; 35/39 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn có nhà văn hóa, sân thể thao đạt chuẩn",
      total=39, period=Y23),
    F("; 100% cơ quan", "100", 100, "percent", "%", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", period=Y23),
    F("(128 đơn vị)", "128", 128, "count", "đơn vị", "cơ quan, đơn vị, doanh nghiệp trên địa bàn", period=Y23),
    F("Trong 39 xã", "39", 39, "count", "xã, thị trấn", optional=True),
    F("có 12 xã", "12", 12, "count", "xã", "xã được công nhận đạt chuẩn văn minh đô thị, nông thôn mới nâng cao",
      total=39, period=Y23),
    F("tổ chức 14 lễ hội", "14", 14, "count", "lễ hội", "lễ hội truyền thống tổ chức",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("trong đó 3 lễ hội", "3", 3, "count", "lễ hội", "lễ hội cấp huyện", total=14,
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("biểu diễn 46 buổi", "46", 46, "count", "buổi", "buổi biểu diễn của Đội thông tin lưu động huyện",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 23.000 lượt", "23.000", 23000, "count", "lượt người xem", "lượt người xem biểu diễn của Đội thông tin lưu động",
      approx="about", period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("gần 4.500 bản", "4.500", 4500, "count", "bản sách", "bản sách Thư viện huyện luân chuyển",
      approx="nearly", period=P("trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("đến 18 tủ sách", "18", 18, "count", "tủ sách cơ sở", "tủ sách cơ sở nhận sách luân chuyển",
      period=P("trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("trên 27,6 tỷ đồng", "27,6", 27600000000, "money", "đồng",
      "kinh phí xã hội hóa xây dựng, nâng cấp nhà văn hóa thôn, xóm", approx="over", percent=68,
      period=P("trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("từ 93,5% đến 94%", "93,5", 93.5, "percent", "%", "hộ gia đình văn hóa", value_max=94,
      status="target", period=Y("Năm 2024", 2024)),
    F(", 95% thôn", "95", 95, "percent", "%", "thôn, xóm, khối văn hóa", status="target", period=Y("Năm 2024", 2024)),
    F("ít nhất một câu lạc bộ", "một", 1, "count", "câu lạc bộ", "câu lạc bộ dân ca ví, giặm mỗi xã xây dựng",
      approx="at_least", status="target", period=Y("Năm 2024", 2024), optional=True),
]

build("p270-2", T, figs, [
    "Cổng TTĐT huyện Yên Thành (Nghệ An), district portal: cultural families, villages and institutions in 2023, targets 2024.",
    "Dateline 'Thứ Hai, 15/01/2024 - 09:45'. Location is the district. 'a/b' gives total; 'đạt 93,8%' after the count is its percent.",
    "'chỉ tiêu … đề ra là 92%' refers back to 'Tỷ lệ này' (no number there): a target figure of its own.",
    "'tăng 1.026 hộ' is an absolute change stated as the claim (no base figure in its sentence): a count with no change object.",
    "'(128 đơn vị)' after '100% …' is a count of its own (a percent has no whole in đơn vị). 'Trong 39 xã, thị trấn, có 12 xã' gives total 39;",
    "the leading '39' is a structure count (optional). 'trong năm' = 2023 (the article's year). 'chiếm 68% tổng nguồn vốn' is the percent of 27,6 tỷ.",
    "revised after the first run: subject of 92% trimmed to the indicator ('theo Nghị quyết …' names the source of the target, not the indicator).",
    "'ít nhất một câu lạc bộ' per commune is a criterion (optional). Distractors: 'lần thứ XXVIII', 'Khối 1', phone 0238.3863.252.",
], published="2024-01-15", location="Yên Thành")
