"""p581-1: Thanh Hóa province portal — complaints received/settled in 2023, hotline, market-control fines, 15/3 events, 2024 targets."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thanh Hóa: Năm 2023 giải quyết thành công 91,4% vụ việc khiếu nại của người tiêu dùng
Cập nhật: 18/01/2024 10:25
Lượt xem: 3.482

Theo báo cáo của Sở Công Thương, năm 2023 các cơ quan, tổ chức trên địa bàn tỉnh đã tiếp nhận 418 vụ việc khiếu nại, yêu cầu hỗ trợ của người tiêu dùng, tăng 12,7% so với năm 2022. Trong đó, Sở Công Thương tiếp nhận 156 vụ việc, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tiếp nhận 203 vụ việc, UBND cấp huyện tiếp nhận 59 vụ việc.

Kết quả, đã giải quyết thành công 382 vụ việc, đạt tỷ lệ 91,4%; số còn lại đang xác minh hoặc hướng dẫn người tiêu dùng khởi kiện ra tòa. Thông qua thương lượng, hòa giải, doanh nghiệp đã bồi thường, đổi trả hàng hóa cho người tiêu dùng với tổng giá trị khoảng 1.265,8 triệu đồng.

Lĩnh vực bị khiếu nại nhiều nhất là thương mại điện tử với 147 vụ việc (chiếm 35,2%), tiếp đến là dịch vụ viễn thông 68 vụ việc, điện máy - điện tử 52 vụ việc và thực phẩm 41 vụ việc.

Đường dây nóng của Phòng Quản lý thương mại (0237.3852.146) tiếp nhận gần 1.300 cuộc gọi tư vấn trong năm 2023. Cục Quản lý thị trường tỉnh đã kiểm tra 1.846 vụ, xử lý 1.512 vụ vi phạm, trong đó 287 vụ vi phạm về niêm yết giá, ghi nhãn hàng hóa; tổng số tiền phạt hơn 6,3 tỷ đồng.

Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3, Sở đã tổ chức 12 hội nghị tuyên truyền tại các huyện Quảng Xương, Nông Cống, Triệu Sơn… với khoảng 1.500 lượt người tham dự.

Năm 2024, Sở Công Thương phấn đấu tỷ lệ giải quyết thành công vụ việc khiếu nại đạt trên 92%; 100% cán bộ làm công tác bảo vệ người tiêu dùng được tập huấn Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15.

Địa chỉ: số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP. Thanh Hóa
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành công 91,4% vụ việc", "91,4", 91.4, "percent", "%",
      "tỷ lệ vụ việc khiếu nại của người tiêu dùng giải quyết thành công",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tiếp nhận 418 vụ việc", "418", 418, "count", "vụ việc",
      "vụ việc khiếu nại, yêu cầu hỗ trợ của người tiêu dùng tiếp nhận", Y23,
      change=CH("increase", 12.7, baseline="năm 2022")),
    F("tiếp nhận 156 vụ việc", "156", 156, "count", "vụ việc",
      "vụ việc Sở Công Thương tiếp nhận", INH(Y23), total=418),
    F("tiếp nhận 203 vụ việc", "203", 203, "count", "vụ việc",
      "vụ việc Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tiếp nhận", INH(Y23), total=418),
    F("tiếp nhận 59 vụ việc", "59", 59, "count", "vụ việc",
      "vụ việc UBND cấp huyện tiếp nhận", INH(Y23), total=418),
    F("thành công 382 vụ việc", "382", 382, "count", "vụ việc",
      "vụ việc khiếu nại giải quyết thành công", INH(Y23), percent=91.4),
    F("khoảng 1.265,8 triệu đồng", "1.265,8", 1265800000, "money", "đồng",
      "giá trị bồi thường, đổi trả hàng hóa cho người tiêu dùng", INH(Y23), approx="about"),
    F("với 147 vụ việc", "147", 147, "count", "vụ việc",
      "vụ việc khiếu nại lĩnh vực thương mại điện tử", INH(Y23), percent=35.2),
    F("viễn thông 68 vụ việc", "68", 68, "count", "vụ việc",
      "vụ việc khiếu nại lĩnh vực dịch vụ viễn thông", INH(Y23)),
    F("điện tử 52 vụ việc", "52", 52, "count", "vụ việc",
      "vụ việc khiếu nại lĩnh vực điện máy - điện tử", INH(Y23)),
    F("thực phẩm 41 vụ việc", "41", 41, "count", "vụ việc",
      "vụ việc khiếu nại lĩnh vực thực phẩm", INH(Y23)),
    F("gần 1.300 cuộc gọi", "1.300", 1300, "count", "cuộc gọi",
      "cuộc gọi tư vấn đường dây nóng của Phòng Quản lý thương mại tiếp nhận",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("kiểm tra 1.846 vụ", "1.846", 1846, "count", "vụ",
      "vụ kiểm tra của Cục Quản lý thị trường tỉnh", INH(Y23)),
    F("xử lý 1.512 vụ vi phạm", "1.512", 1512, "count", "vụ vi phạm",
      "vụ vi phạm Cục Quản lý thị trường tỉnh xử lý", INH(Y23)),
    F("trong đó 287 vụ", "287", 287, "count", "vụ",
      "vụ vi phạm về niêm yết giá, ghi nhãn hàng hóa", INH(Y23), total=1512),
    F("hơn 6,3 tỷ đồng", "6,3", 6300000000, "money", "đồng",
      "tổng số tiền phạt", INH(Y23), approx="over"),
    F("tổ chức 12 hội nghị", "12", 12, "count", "hội nghị",
      "hội nghị tuyên truyền hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam"),
    F("khoảng 1.500 lượt người", "1.500", 1500, "count", "lượt người",
      "lượt người tham dự hội nghị tuyên truyền", approx="about"),
    F("đạt trên 92%", "92", 92, "percent", "%",
      "tỷ lệ giải quyết thành công vụ việc khiếu nại", Y24, approx="over", status="target"),
    F("100% cán bộ", "100", 100, "percent", "%",
      "cán bộ làm công tác bảo vệ người tiêu dùng được tập huấn Luật Bảo vệ quyền lợi người tiêu dùng", Y24,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (invented): khiếu nại của người tiêu dùng năm 2023, đường dây nóng, xử lý vi phạm, hưởng ứng 15/3, mục tiêu 2024.",
    "Breadcrumb, 'Cập nhật: 18/01/2024 10:25' is the dateline; 'Lượt xem: 3.482', phone 0237.3852.146, '15/3', 'số 19/2023/QH15',",
    "'số 35 Đại lộ Lê Lợi' are not figures. 156 + 203 + 59 = 418 after 'Trong đó' (new sentence): total 418.",
    "382 solved has no part-of cue (no total), only its share 91,4%. The headline 91,4% is a figure of its own.",
    "287 follows 'trong đó' after 1.512 vụ vi phạm (same thing): total 1512; the fine after ';' is money, no total.",
    "The 12 conferences in several named districts describe the province (location Thanh Hóa). 'phấn đấu' governs the clause after ';'.",
]

if __name__ == "__main__":
    emit("p581-1", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Thanh Hóa")
