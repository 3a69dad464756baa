"""p1062-4: ministry / central agency site (Cục Đường bộ Việt Nam), national ETC results 2024."""
from lib import F, P, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG BỘ VIỆT NAM
Trang chủ / Tin tức / Hoạt động ngành

Năm 2024, thu phí không dừng đạt doanh thu hơn 21.300 tỷ đồng
Ngày đăng: 10/01/2025 | Lượt xem: 1.274

Theo Cục Đường bộ Việt Nam, năm 2024 hệ thống thu phí điện tử không dừng (ETC) trên toàn quốc ghi nhận khoảng 548 triệu lượt giao dịch, tăng 11% so với năm 2023, với tổng doanh thu qua hệ thống hơn 21.300 tỷ đồng, gấp 1,2 lần năm 2023. Bình quân mỗi ngày có khoảng 1,5 triệu giao dịch được thực hiện qua ETC.

Tính đến hết ngày 31/12/2024, cả nước có hơn 6,2 triệu phương tiện đã dán thẻ định danh, chiếm khoảng 97% tổng số ô tô đang lưu hành; số tài khoản giao thông được mở là 5,9 triệu tài khoản, trong đó gần 3,1 triệu tài khoản đã liên kết với tài khoản ngân hàng hoặc ví điện tử.

Hiện toàn quốc có 129 trạm thu phí đường bộ với 1.155 làn thu phí, 100% làn đã triển khai ETC. Các địa phương có nhiều trạm nhất lần lượt là Đồng Nai (9 trạm), Thanh Hóa (8 trạm) và Nghệ An (7 trạm). Hai nhà cung cấp dịch vụ VETC và VDTC (ePass) lần lượt chiếm khoảng 58% và 42% thị phần.

Nghị định số 119/2024/NĐ-CP ngày 30/9/2024 của Chính phủ về thanh toán điện tử giao thông đường bộ có hiệu lực từ ngày 1/10/2024, mở rộng thanh toán qua tài khoản giao thông sang các dịch vụ bãi đỗ xe, trạm dừng nghỉ, xăng dầu.

Năm 2025, Cục Đường bộ Việt Nam đặt mục tiêu 100% bãi đỗ xe do Nhà nước quản lý áp dụng thanh toán điện tử, số tài khoản giao thông đạt 8 triệu tài khoản. Trong quý I/2025, dự kiến đưa thêm 11 trạm thu phí trên các tuyến cao tốc mới vào khai thác.

Mọi phản ánh về thu phí xin gửi về Đường dây nóng 1900.1591 hoặc số 106 Thái Thịnh, Đống Đa, Hà Nội.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến hết ngày 31/12/2024", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("doanh thu hơn 21.300 tỷ đồng", "21.300", 21_300_000_000_000, "money", "đồng", "doanh thu thu phí không dừng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("khoảng 548 triệu lượt giao dịch", "548", 548_000_000, "count", "lượt giao dịch",
      "lượt giao dịch qua hệ thống thu phí điện tử không dừng (ETC)", Y24, approx="about",
      change=chg("increase", 11, baseline="năm 2023")),
    F("hệ thống hơn 21.300 tỷ đồng", "21.300", 21_300_000_000_000, "money", "đồng", "tổng doanh thu qua hệ thống ETC", Y24,
      approx="over", change=chg("increase", 1.2, unit="lần", baseline="năm 2023")),
    F("khoảng 1,5 triệu giao dịch", "1,5", 1_500_000, "measure", "giao dịch/ngày",
      "giao dịch thực hiện qua ETC bình quân mỗi ngày", Y24i, approx="about"),
    F("hơn 6,2 triệu phương tiện", "6,2", 6_200_000, "count", "phương tiện", "phương tiện đã dán thẻ định danh", ASOF,
      approx="over", percent=97),
    F("là 5,9 triệu tài khoản", "5,9", 5_900_000, "count", "tài khoản", "tài khoản giao thông được mở", ASOF),
    F("gần 3,1 triệu tài khoản", "3,1", 3_100_000, "count", "tài khoản",
      "tài khoản giao thông đã liên kết với tài khoản ngân hàng hoặc ví điện tử", ASOF, approx="nearly", total=5_900_000),
    F("có 129 trạm", "129", 129, "count", "trạm", "trạm thu phí đường bộ"),
    F("1.155 làn", "1.155", 1155, "count", "làn", "làn thu phí"),
    F("100% làn", "100", 100, "percent", "%", "làn đã triển khai ETC"),
    F("(9 trạm)", "9", 9, "count", "trạm", "trạm thu phí đường bộ", location="Đồng Nai"),
    F("(8 trạm)", "8", 8, "count", "trạm", "trạm thu phí đường bộ", location="Thanh Hóa"),
    F("(7 trạm)", "7", 7, "count", "trạm", "trạm thu phí đường bộ", location="Nghệ An"),
    F("Hai nhà cung cấp", "Hai", 2, "count", "nhà cung cấp dịch vụ", "nhà cung cấp dịch vụ", optional=True),
    F("khoảng 58%", "58", 58, "percent", "%", "thị phần của VETC", approx="about"),
    F("và 42%", "42", 42, "percent", "%", "thị phần của VDTC (ePass)", approx="about"),
    F("mục tiêu 100% bãi", "100", 100, "percent", "%", "bãi đỗ xe do Nhà nước quản lý áp dụng thanh toán điện tử", Y25,
      status="target"),
    F("đạt 8 triệu tài khoản", "8", 8_000_000, "count", "tài khoản", "tài khoản giao thông", Y25, status="target"),
    F("thêm 11 trạm", "11", 11, "count", "trạm", "trạm thu phí trên các tuyến cao tốc mới đưa vào khai thác",
      P("Trong quý I/2025", "2025-01-01", "2025-03-31"), status="forecast"),
]

NOTES = [
    "Cục Đường bộ Việt Nam site (invented): national ETC results 2024 (giao dịch, doanh thu, thẻ, tài khoản, trạm, làn), 2025 targets.",
    "Not figures: Lượt xem 1.274, Nghị định số 119/2024/NĐ-CP ngày 30/9/2024, 1/10/2024, 1900.1591, số 106 Thái Thịnh.",
    "'gấp 1,2 lần năm 2023' after the doanh thu is its change (unit lần), not a multiple of its own.",
    "'Bình quân mỗi ngày ... 1,5 triệu giao dịch' is a rate: measure, unit giao dịch/ngày (denominator in the unit).",
    "The province list after 'Các địa phương có nhiều trạm nhất lần lượt là' is a ranking that does not add up to 129: no total;",
    "each item's province is its location. 'Hai nhà cung cấp' is optional (naming the two providers). 58%/42% are about ('khoảng').",
]

if __name__ == "__main__":
    write("p1062-4", TEXT, FIGS, published="2025-01-10", location="Việt Nam", notes=NOTES)
