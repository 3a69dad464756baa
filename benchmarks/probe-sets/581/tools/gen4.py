"""p581-4: Bộ Công Thương / Ủy ban Cạnh tranh Quốc gia site — national hotline calls and complaints 2023, fines, provinces, 2024 targets."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - ỦY BAN CẠNH TRANH QUỐC GIA
Trang chủ > Tin tức > Bảo vệ người tiêu dùng
Ngày đăng: 14/03/2024 | Lượt xem: 2.071

Gần 14.000 cuộc gọi đến Tổng đài hỗ trợ người tiêu dùng trong năm 2023

Theo Ủy ban Cạnh tranh Quốc gia, năm 2023 Tổng đài tư vấn, hỗ trợ người tiêu dùng 1800.6838 đã tiếp nhận 13.862 cuộc gọi, tăng 8,3% so với năm 2022. Trong đó, 10.214 cuộc gọi đề nghị tư vấn, hướng dẫn (chiếm 73,7%) và 3.648 cuộc gọi khiếu nại, yêu cầu hỗ trợ giải quyết.

Xét theo lĩnh vực, thương mại điện tử chiếm tỷ lệ cao nhất với 41,6%, tiếp theo là dịch vụ tài chính, ngân hàng 15,2%, viễn thông 11,8% và hàng không 7,4%.

Cũng trong năm 2023, Ủy ban tiếp nhận 1.216 đơn khiếu nại bằng văn bản, đã xử lý xong 1.087 đơn, đạt 89,4%. Ủy ban đã ban hành 9 quyết định xử phạt vi phạm hành chính đối với doanh nghiệp vi phạm quy định về bảo vệ quyền lợi người tiêu dùng với tổng số tiền phạt 1,83 tỷ đồng.

Tại địa phương, theo báo cáo của 63/63 Sở Công Thương, các cơ quan quản lý nhà nước đã tiếp nhận tổng cộng 7.925 vụ việc; nhiều nhất là TP. Hồ Chí Minh (1.438 vụ việc), Hà Nội (1.102 vụ việc) và Đà Nẵng (356 vụ việc).

Năm 2024, Ủy ban đặt mục tiêu 100% Sở Công Thương tổ chức phổ biến Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 và tỷ lệ xử lý đơn khiếu nại đạt trên 90%. Dịp Ngày Quyền của người tiêu dùng Việt Nam 15/3/2024, Bộ Công Thương phát động chủ đề "Chuyển đổi xanh - Hướng tới tiêu dùng bền vững" theo Quyết định số 412/QĐ-BCT.

Địa chỉ: 25 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.5002
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 14.000 cuộc gọi", "14.000", 14000, "count", "cuộc gọi",
      "cuộc gọi đến Tổng đài hỗ trợ người tiêu dùng", P("trong năm 2023", "2023-01-01", "2023-12-31"),
      approx="nearly"),
    F("tiếp nhận 13.862 cuộc gọi", "13.862", 13862, "count", "cuộc gọi",
      "cuộc gọi Tổng đài tư vấn, hỗ trợ người tiêu dùng tiếp nhận", Y23,
      change=CH("increase", 8.3, baseline="năm 2022")),
    F("10.214 cuộc gọi", "10.214", 10214, "count", "cuộc gọi",
      "cuộc gọi đề nghị tư vấn, hướng dẫn", INH(Y23), total=13862, percent=73.7),
    F("3.648 cuộc gọi", "3.648", 3648, "count", "cuộc gọi",
      "cuộc gọi khiếu nại, yêu cầu hỗ trợ giải quyết", INH(Y23), total=13862),
    F("với 41,6%", "41,6", 41.6, "percent", "%", "tỷ lệ lĩnh vực thương mại điện tử", INH(Y23)),
    F("ngân hàng 15,2%", "15,2", 15.2, "percent", "%", "tỷ lệ lĩnh vực dịch vụ tài chính, ngân hàng", INH(Y23)),
    F("viễn thông 11,8%", "11,8", 11.8, "percent", "%", "tỷ lệ lĩnh vực viễn thông", INH(Y23)),
    F("hàng không 7,4%", "7,4", 7.4, "percent", "%", "tỷ lệ lĩnh vực hàng không", INH(Y23)),
    F("tiếp nhận 1.216 đơn", "1.216", 1216, "count", "đơn",
      "đơn khiếu nại bằng văn bản Ủy ban tiếp nhận", P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("xong 1.087 đơn", "1.087", 1087, "count", "đơn", "đơn khiếu nại đã xử lý xong",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), percent=89.4),
    F("ban hành 9 quyết định", "9", 9, "count", "quyết định",
      "quyết định xử phạt vi phạm hành chính đối với doanh nghiệp vi phạm quy định về bảo vệ quyền lợi người tiêu dùng",
      INH(Y23)),
    F("phạt 1,83 tỷ đồng", "1,83", 1830000000, "money", "đồng", "tổng số tiền phạt", INH(Y23)),
    F("63/63 Sở Công Thương", "63", 63, "count", "Sở Công Thương", "Sở Công Thương báo cáo", INH(Y23), total=63),
    F("tổng cộng 7.925 vụ việc", "7.925", 7925, "count", "vụ việc",
      "vụ việc các cơ quan quản lý nhà nước tại địa phương tiếp nhận", INH(Y23)),
    F("(1.438 vụ việc)", "1.438", 1438, "count", "vụ việc", "vụ việc tiếp nhận", INH(Y23),
      location="TP. Hồ Chí Minh"),
    F("(1.102 vụ việc)", "1.102", 1102, "count", "vụ việc", "vụ việc tiếp nhận", INH(Y23), location="Hà Nội"),
    F("(356 vụ việc)", "356", 356, "count", "vụ việc", "vụ việc tiếp nhận", INH(Y23), location="Đà Nẵng"),
    F("mục tiêu 100% Sở", "100", 100, "percent", "%",
      "Sở Công Thương tổ chức phổ biến Luật Bảo vệ quyền lợi người tiêu dùng", Y24, status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ xử lý đơn khiếu nại", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Bộ Công Thương / Ủy ban Cạnh tranh Quốc gia site (invented): tổng đài 1800.6838 và đơn khiếu nại năm 2023, xử phạt, địa phương, mục tiêu 2024.",
    "'Ngày đăng: 14/03/2024' = published; 'Lượt xem: 2.071', '1800.6838', '024.2220.5002', '25 Ngô Quyền', 'số 19/2023/QH15',",
    "'Quyết định số 412/QĐ-BCT', '15/3/2024' are not figures. National figures: location Việt Nam; the three cities in brackets",
    "carry their own location, subject = the list's indicator ('vụ việc tiếp nhận'); no part-of cue before them (';' + 'nhiều nhất là'), no total.",
    "Sector shares (41,6% …) are percent figures (the claim itself). 10.214 and 3.648 follow 'Trong đó' after 13.862: total 13862.",
    "63/63 Sở Công Thương: count 63, total 63. 'đặt mục tiêu' governs both 2024 figures (target).",
]

if __name__ == "__main__":
    emit("p581-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
