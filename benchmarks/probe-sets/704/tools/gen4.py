"""p704-4: ministry site (Bộ Công Thương), national market-management results 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Hoạt động của Bộ

Năm 2023, lực lượng quản lý thị trường thu nộp ngân sách hơn 538 tỷ đồng

Ngày đăng: 19/01/2024 | Lượt xem: 3.217

Ngày 18/01/2024, Tổng cục Quản lý thị trường (Bộ Công Thương) tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Theo báo cáo, năm 2023, lực lượng quản lý thị trường cả nước đã kiểm tra 58.422 vụ, phát hiện 46.105 vụ vi phạm, xử lý 45.778 vụ; tổng số tiền thu nộp ngân sách nhà nước đạt hơn 538 tỷ đồng, giảm 4,7% so với năm 2022.

Trong số các vụ vi phạm, có 6.871 vụ liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ, chiếm 14,9%; 9.054 vụ liên quan đến hàng nhập lậu, chiếm 19,6%. Lực lượng đã chuyển cơ quan điều tra 214 vụ việc có dấu hiệu tội phạm. Trị giá hàng hóa vi phạm đang chờ xử lý ước trên 120 tỷ đồng.

Các địa phương có số vụ xử lý lớn là Hà Nội (3.815 vụ), TP Hồ Chí Minh (3.276 vụ), Nghệ An (1.942 vụ) và Thanh Hóa (1.687 vụ). Về số thu nộp ngân sách, Hà Nội tiếp tục dẫn đầu với 47,6 tỷ đồng; TP Hồ Chí Minh đứng thứ 2 với 41,2 tỷ đồng.

Hiện đã có 52/63 Cục Quản lý thị trường tỉnh, thành phố kết nối với hệ thống Cơ sở dữ liệu quản lý thị trường 4.0; Tổng cục phấn đấu đến năm 2025 đạt 100%. Năm 2024, Tổng cục đặt mục tiêu giảm ít nhất 10% số vụ vi phạm về hàng giả so với năm 2023.

Đường dây nóng: 1800.1234 | Địa chỉ: 91 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("ngân sách hơn 538 tỷ đồng", "538", 538000000000, "money", "đồng", approx="over",
      subject="thu nộp ngân sách của lực lượng quản lý thị trường", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("kiểm tra 58.422 vụ", "58.422", 58422, "count", "vụ",
      subject="vụ lực lượng quản lý thị trường kiểm tra", period=Y),
    F("phát hiện 46.105 vụ", "46.105", 46105, "count", "vụ",
      subject="vụ vi phạm phát hiện", period=Y),
    F("xử lý 45.778 vụ", "45.778", 45778, "count", "vụ",
      subject="vụ xử lý", period=Y),
    F("đạt hơn 538 tỷ đồng", "538", 538000000000, "money", "đồng", approx="over",
      change=CH("decrease", 4.7, "%", "năm 2022"),
      subject="tổng số tiền thu nộp ngân sách nhà nước", period=Y),
    F("có 6.871 vụ", "6.871", 6871, "count", "vụ", total=46105, percent=14.9,
      subject="vụ vi phạm liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(Y)),
    F("9.054 vụ", "9.054", 9054, "count", "vụ", total=46105, percent=19.6,
      subject="vụ vi phạm liên quan đến hàng nhập lậu", period=I(Y)),
    F("214 vụ việc", "214", 214, "count", "vụ việc",
      subject="vụ việc có dấu hiệu tội phạm chuyển cơ quan điều tra", period=I(Y)),
    F("ước trên 120 tỷ đồng", "120", 120000000000, "money", "đồng", approx="over", status="estimate",
      subject="trị giá hàng hóa vi phạm đang chờ xử lý"),
    F("Hà Nội (3.815 vụ)", "3.815", 3815, "count", "vụ",
      subject="số vụ xử lý", period=I(Y), location="Hà Nội"),
    F("TP Hồ Chí Minh (3.276 vụ)", "3.276", 3276, "count", "vụ",
      subject="số vụ xử lý", period=I(Y), location="TP Hồ Chí Minh"),
    F("Nghệ An (1.942 vụ)", "1.942", 1942, "count", "vụ",
      subject="số vụ xử lý", period=I(Y), location="Nghệ An"),
    F("Thanh Hóa (1.687 vụ)", "1.687", 1687, "count", "vụ",
      subject="số vụ xử lý", period=I(Y), location="Thanh Hóa"),
    F("với 47,6 tỷ đồng", "47,6", 47600000000, "money", "đồng",
      subject="số thu nộp ngân sách", period=I(Y), location="Hà Nội"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="số thu nộp ngân sách", period=I(Y), location="TP Hồ Chí Minh"),
    F("với 41,2 tỷ đồng", "41,2", 41200000000, "money", "đồng",
      subject="số thu nộp ngân sách", period=I(Y), location="TP Hồ Chí Minh"),
    F("có 52/63 Cục", "52", 52, "count", "Cục Quản lý thị trường", total=63,
      subject="Cục Quản lý thị trường tỉnh, thành phố kết nối với hệ thống Cơ sở dữ liệu quản lý thị trường"),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="Cục Quản lý thị trường tỉnh, thành phố kết nối với hệ thống Cơ sở dữ liệu quản lý thị trường",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm số vụ vi phạm về hàng giả so với năm 2023", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Bộ Công Thương site: Tổng cục QLTT tổng kết năm 2023 (invented, probe set 704). National figures, location Việt Nam.",
    "Distractors: Ngày đăng 19/01/2024, Lượt xem 3.217, 'Ngày 18/01/2024', 'Cơ sở dữ liệu quản lý thị trường 4.0', hotline 1800.1234, '91 Đinh Tiên Hoàng'.",
    "Choice: 'Trong số các vụ vi phạm, có 6.871 vụ … chiếm 14,9%' follows the whole 46.105 vụ vi phạm across a paragraph break -> total 46105",
    "(6.871/46.105 = 14,9%; 9.054/46.105 = 19,6%). Province list: items are locations, subject is the list indicator.",
    "'đứng thứ 2 với 41,2 tỷ đồng' gives a rank and a money figure, both TP Hồ Chí Minh. 52/63 is a count with total; 'đến năm 2025 đạt 100%' a target.",
    "'Trị giá … đang chờ xử lý ước trên 120 tỷ' has no period ('đang' = now).",
]

if __name__ == "__main__":
    emit("p704-4", TEXT, COMMENTS, FIGS, published="2024-01-19", location="Việt Nam")
