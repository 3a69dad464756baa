"""p1339-4: ministry site (Bộ Giao thông vận tải): national inland-waterway ports and wharves, 2024 review."""
from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ » Tin tức » Hoạt động của các cơ quan, đơn vị

Năm 2024: hàng hóa qua cảng, bến thủy nội địa đạt gần 480 triệu tấn
08/01/2025 15:20

Tại hội nghị tổng kết công tác năm 2024 do Cục Đường thủy nội địa Việt Nam tổ chức sáng 7/1, lãnh đạo Cục cho biết sản lượng hàng hóa thông qua cảng, bến thủy nội địa cả nước năm 2024 ước đạt gần 480 triệu tấn, tăng 9,3% so với năm 2023. Hành khách qua cảng, bến đạt khoảng 132 triệu lượt.

Hiện cả nước có 301 cảng thủy nội địa và 6.718 bến thủy nội địa được cấp phép, trong đó 4.925 bến hàng hóa, 1.263 bến khách ngang sông, còn lại là bến chuyên dùng. Đồng Tháp là địa phương có nhiều bến nhất (642 bến), tiếp đến là An Giang (598 bến) và Cà Mau (455 bến).

Năm 2024, các đơn vị của Cục tổ chức 1.846 cuộc kiểm tra, phát hiện 327 bến hoạt động không phép, đề xuất xử phạt hơn 3,2 tỷ đồng. Tỷ lệ bến có giấy phép trên tổng số bến đang khai thác đạt 91,4%, tăng 2,1 điểm phần trăm so với năm 2023.

Theo Quy hoạch kết cấu hạ tầng đường thủy nội địa thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1829/QĐ-TTg), đến năm 2030 thị phần vận tải hàng hóa bằng đường thủy nội địa đạt 32-33%, cả nước có 350-400 cảng thủy nội địa. Năm 2025, Cục phấn đấu sản lượng hàng hóa thông qua cảng, bến tăng từ 7 đến 8% so với năm 2024.

Liên kết: Cục Đường thủy nội địa Việt Nam | Cục Hàng hải Việt Nam | Cục Đường bộ Việt Nam
BỘ GIAO THÔNG VẬN TẢI - Địa chỉ: 80 Trần Hưng Đạo, Hà Nội. Điện thoại: 024.3942.4015
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BY30 = P("đến năm 2030", None, "2030-12-31")
CARGO = "sản lượng hàng hóa thông qua cảng, bến thủy nội địa cả nước"

FIGS = [
    F("nội địa đạt gần 480", "480", 480e6, "measure", "tấn", approx="nearly",
      subject="hàng hóa qua cảng, bến thủy nội địa", period=Y24h),
    F("ước đạt gần 480", "480", 480e6, "measure", "tấn", approx="nearly", status="estimate",
      change=C("increase", 9.3, "%", "năm 2023"), subject=CARGO, period=Y24),
    F("khoảng 132 triệu", "132", 132e6, "count", "lượt", approx="about",
      subject="hành khách qua cảng, bến", period=I(Y24)),
    F("có 301 cảng", "301", 301, "count", "cảng thủy nội địa", subject="cảng thủy nội địa"),
    F("và 6.718 bến", "6.718", 6718, "count", "bến thủy nội địa", subject="bến thủy nội địa được cấp phép"),
    F("4.925 bến", "4.925", 4925, "count", "bến hàng hóa", total=6718, subject="bến hàng hóa"),
    F("1.263 bến", "1.263", 1263, "count", "bến khách ngang sông", total=6718, subject="bến khách ngang sông"),
    F("(642 bến)", "642", 642, "count", "bến", subject="bến thủy nội địa được cấp phép", location="Đồng Tháp"),
    F("(598 bến)", "598", 598, "count", "bến", subject="bến thủy nội địa được cấp phép", location="An Giang"),
    F("(455 bến)", "455", 455, "count", "bến", subject="bến thủy nội địa được cấp phép", location="Cà Mau"),
    F("chức 1.846 cuộc", "1.846", 1846, "count", "cuộc kiểm tra", subject="cuộc kiểm tra", period=Y24h),
    F("phát hiện 327 bến", "327", 327, "count", "bến", subject="bến hoạt động không phép phát hiện",
      period=Y24h),
    F("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over", subject="đề xuất xử phạt", period=Y24h),
    F("đạt 91,4%", "91,4", 91.4, "percent", "%", period=I(Y24h),
      change=C("increase", 2.1, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ bến có giấy phép trên tổng số bến đang khai thác"),
    F("đạt 32-33%", "32", 32, "percent", "%", value_max=33, status="target",
      subject="thị phần vận tải hàng hóa bằng đường thủy nội địa", period=BY30),
    F("có 350-400 cảng", "350", 350, "count", "cảng thủy nội địa", value_max=400, status="target",
      subject="cảng thủy nội địa", period=BY30),
    F("từ 7 đến 8%", "7", 7, "percent", "%", value_max=8, status="target",
      subject="sản lượng hàng hóa thông qua cảng, bến tăng", period=Y25),
]

NOTES = [
    "Ministry site (Bộ GTVT): breadcrumb, headline figure, '08/01/2025 15:20' under the headline (published), links, address footer.",
    "Headline 'đạt gần 480 triệu tấn' (no cue: actual) and the body's 'ước đạt gần 480 triệu tấn' (estimate) are two figures.",
    "'trong đó 4.925 ..., 1.263 ..., còn lại là bến chuyên dùng' → total 6.718. The list 'Đồng Tháp ... (642 bến), ... An Giang (598 bến) ... Cà Mau (455 bến)'",
    "  has subject = the list's indicator and the province as location. 'Hiện' figures get no period.",
    "'91,4%, tăng 2,1 điểm phần trăm so với năm 2023' → percent figure with a change in 'điểm phần trăm' (a level, not a growth rate as the claim).",
    "'đến năm 2030 ... đạt 32-33%, ... 350-400 cảng' → targets, range, period end 2030. 'Năm 2025, Cục phấn đấu ... tăng từ 7 đến 8%' → growth rate as the claim, target.",
    "Distractors: 'sáng 7/1', '15:20', 'thời kỳ 2021-2030', 'tầm nhìn đến năm 2050', 'Quyết định số 1829/QĐ-TTg', '80 Trần Hưng Đạo', phone.",
]

if __name__ == "__main__":
    write("p1339-4", TEXT, NOTES, FIGS, published="2025-01-08", location="Việt Nam")
