from lib import F, P, I, C, T, build

TEXT = """TÒA ÁN NHÂN DÂN TỐI CAO - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động
Cập nhật lúc 10:22 ngày 06/01/2025

Năm 2024, Tòa án nhân dân các cấp giải quyết hơn 593 nghìn vụ việc

Ngày 4/1/2025, tại Hà Nội, TAND tối cao tổ chức Hội nghị triển khai công tác năm 2025 của các Tòa án, kết nối trực tuyến tới 63 điểm cầu.

Báo cáo tại hội nghị cho biết, năm 2024, Tòa án nhân dân các cấp đã thụ lý 641.256 vụ việc, tăng 38.412 vụ việc so với năm 2023; đã giải quyết 593.478 vụ việc. Tỷ lệ giải quyết chung đạt 92,55%, vượt 7,55% so với chỉ tiêu Quốc hội giao. Trong đó, các Tòa án đã giải quyết 112.936 vụ/206.517 bị cáo hình sự; tổ chức 6.860 phiên tòa xét xử lưu động và hơn 19 nghìn phiên tòa trực tuyến.

Các địa phương có số thụ lý lớn nhất là TP Hồ Chí Minh (88.420 vụ việc), Hà Nội (58.716 vụ việc) và Bình Dương (27.105 vụ việc); Hà Nội đứng thứ hai cả nước về số thụ lý. Tỷ lệ giải quyết cao nhất thuộc về Tòa án nhân dân tỉnh Bắc Ninh (98,2%), tiếp đến là Hà Nam (97,9%) và Ninh Thuận (97,6%).

Đối với các vụ án tham nhũng, kinh tế, Tòa án đã xét xử sơ thẩm 1.257 vụ/3.802 bị cáo, trong đó có 85 bị cáo là cán bộ thuộc diện cấp ủy quản lý; tuyên buộc các bị cáo hoàn trả, bồi thường hơn 53,6 nghìn tỷ đồng. Số tiền này gấp 2,3 lần năm 2023.

Năm 2025, ngành Tòa án phấn đấu tỷ lệ giải quyết các loại vụ việc đạt trên 90%; tỷ lệ bản án, quyết định bị hủy, sửa do lỗi chủ quan không quá 1,5%; triển khai Luật Tổ chức Tòa án nhân dân năm 2024 từ ngày 1/1/2025.

Phát biểu chỉ đạo, Chánh án TAND tối cao yêu cầu các Tòa án tiếp tục đẩy mạnh chuyển đổi số, công khai 100% bản án, quyết định đủ điều kiện trên Cổng thông tin điện tử.

Lượt xem: 4.105
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 593 nghìn", "593", 593000, "count", "vụ việc", "vụ việc Tòa án nhân dân các cấp giải quyết",
      approx="over", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tới 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu trực tuyến", optional=True),
    F("thụ lý 641.256 vụ việc", "641.256", 641256, "count", "vụ việc", "vụ việc thụ lý",
      change=C("increase", 38412, "vụ việc", "năm 2023"), period=Y24),
    F("giải quyết 593.478 vụ việc", "593.478", 593478, "count", "vụ việc", "vụ việc đã giải quyết", period=Y24),
    F("chung đạt 92,55%", "92,55", 92.55, "percent", "%", "tỷ lệ giải quyết chung",
      change=C("increase", 7.55, "%", "chỉ tiêu Quốc hội giao"), period=I(Y24)),
    F("giải quyết 112.936 vụ", "112.936", 112936, "count", "vụ", "vụ án hình sự đã giải quyết", total=593478,
      period=I(Y24)),
    F("vụ/206.517 bị cáo", "206.517", 206517, "count", "bị cáo", "bị cáo hình sự", period=I(Y24)),
    F("tổ chức 6.860 phiên", "6.860", 6860, "count", "phiên tòa", "phiên tòa xét xử lưu động", period=I(Y24)),
    F("hơn 19 nghìn", "19", 19000, "count", "phiên tòa", "phiên tòa trực tuyến", approx="over", period=I(Y24)),
    F("Minh (88.420 vụ việc)", "88.420", 88420, "count", "vụ việc", "số thụ lý", location="TP Hồ Chí Minh",
      period=I(Y24)),
    F("Hà Nội (58.716 vụ việc)", "58.716", 58716, "count", "vụ việc", "số thụ lý", location="Hà Nội", period=I(Y24)),
    F("Bình Dương (27.105 vụ việc)", "27.105", 27105, "count", "vụ việc", "số thụ lý", location="Bình Dương",
      period=I(Y24)),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "số thụ lý", location="Hà Nội", period=I(Y24)),
    F("Bắc Ninh (98,2%)", "98,2", 98.2, "percent", "%", "tỷ lệ giải quyết", location="Bắc Ninh", period=I(Y24)),
    F("Hà Nam (97,9%)", "97,9", 97.9, "percent", "%", "tỷ lệ giải quyết", location="Hà Nam", period=I(Y24)),
    F("Ninh Thuận (97,6%)", "97,6", 97.6, "percent", "%", "tỷ lệ giải quyết", location="Ninh Thuận", period=I(Y24)),
    F("sơ thẩm 1.257 vụ", "1.257", 1257, "count", "vụ", "vụ án tham nhũng, kinh tế xét xử sơ thẩm", period=I(Y24)),
    F("vụ/3.802 bị cáo", "3.802", 3802, "count", "bị cáo", "bị cáo trong các vụ án tham nhũng, kinh tế",
      period=I(Y24)),
    F("có 85 bị cáo", "85", 85, "count", "bị cáo", "bị cáo là cán bộ thuộc diện cấp ủy quản lý", total=3802,
      period=I(Y24)),
    F("hơn 53,6 nghìn tỷ", "53,6", 53.6e12, "money", "đồng", "tiền tuyên buộc các bị cáo hoàn trả, bồi thường",
      approx="over", period=I(Y24)),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số tiền tuyên buộc hoàn trả, bồi thường so với năm 2023",
      period=I(Y24)),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết các loại vụ việc", approx="over",
      status="target", period=Y25),
    F("không quá 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ bản án, quyết định bị hủy, sửa do lỗi chủ quan",
      approx="at_most", status="target", period=Y25),
    F("công khai 100%", "100", 100, "percent", "%", "bản án, quyết định đủ điều kiện được công khai",
      status="target", optional=True),
]

COMMENTS = [
    "Ministry-level site (Cổng TTĐT TAND tối cao), 'Cập nhật lúc 10:22 ngày 06/01/2025', view counter at the foot. National figures: location Việt Nam.",
    "Distractors: 'Ngày 4/1/2025', 'Hội nghị triển khai công tác năm 2025', 'Luật Tổ chức Tòa án nhân dân năm 2024', 'từ ngày 1/1/2025', 'Lượt xem: 4.105'.",
    "'63 điểm cầu' optional (structure count, as in set 205). 'hơn 593 nghìn' = 593000 (over). 'tăng 38.412 vụ việc so với năm 2023' -> change.",
    "'Tỷ lệ giải quyết chung đạt 92,55%, vượt 7,55% so với chỉ tiêu' -> gap to plan = change with baseline chỉ tiêu.",
    "'Trong đó, ... giải quyết 112.936 vụ' -> total 593.478 (the solved whole, after a sentence break); '85 bị cáo' after 'trong đó' -> total 3.802.",
    "Province lists: place -> location, subject = list indicator; 'Hà Nội đứng thứ hai' rank. 'Số tiền này gấp 2,3 lần năm 2023' stands alone in its own sentence: multiple.",
    "'Năm 2025 ... phấn đấu' targets (at_most for 'không quá'). 'yêu cầu ... công khai 100%' is a directive (target? debatable): optional.",
]

if __name__ == "__main__":
    build("p250-6", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Việt Nam")
