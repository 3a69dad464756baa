"""p1034-1: province portal (Thanh Hóa), công chứng 9 tháng đầu năm 2024."""
from lib import C, F, I, P, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Tư pháp

Hoạt động công chứng 9 tháng tăng trưởng khá

Cập nhật: 08/10/2024 15:42 | Lượt xem: 2.315

Theo Sở Tư pháp, 9 tháng đầu năm 2024, các tổ chức hành nghề công chứng trên địa bàn tỉnh Thanh Hóa đã công chứng 126.450 hợp đồng, giao dịch, tăng 8,7% so với cùng kỳ năm 2023, đạt 79% kế hoạch năm. Trong đó, hợp đồng chuyển nhượng, tặng cho quyền sử dụng đất chiếm 61,4%; có khoảng 27.300 hợp đồng thế chấp tài sản; còn lại là văn bản phân chia di sản, hợp đồng ủy quyền và các việc khác.

Tổng phí công chứng ước đạt 68,2 tỷ đồng. Các tổ chức hành nghề công chứng đã nộp ngân sách nhà nước trên 9,6 tỷ đồng, tăng 1,2 tỷ đồng so với cùng kỳ.

Hiện toàn tỉnh có 58 tổ chức hành nghề công chứng, gồm 2 Phòng Công chứng và 56 Văn phòng công chứng, với 131 công chứng viên. Các tổ chức tập trung chủ yếu tại TP Thanh Hóa (19 tổ chức), thị xã Nghi Sơn (6 tổ chức) và TP Sầm Sơn (4 tổ chức); vẫn còn 3 huyện miền núi chưa có tổ chức hành nghề công chứng.

Trong kỳ, Sở Tư pháp đã kiểm tra 12 văn phòng công chứng, xử phạt vi phạm hành chính 2 trường hợp với tổng số tiền 37,5 triệu đồng. Phòng Công chứng số 1 (số 26 Đại lộ Lê Lợi, TP Thanh Hóa) vẫn là đơn vị có số việc lớn nhất với gần 14.800 việc.

Năm 2024, tỉnh phấn đấu công chứng 160.000 hợp đồng, giao dịch; đến năm 2025 bảo đảm 100% huyện, thị xã, thành phố có ít nhất 1 tổ chức hành nghề công chứng. Dự kiến trong quý IV/2024, Sở Tư pháp trình UBND tỉnh cho phép thành lập thêm 3 văn phòng công chứng theo Quyết định số 2187/QĐ-UBND.
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("công chứng 126.450 hợp đồng", "126.450", 126450, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", P9, percent=79,
      change=C("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%",
      "tỷ lệ hợp đồng chuyển nhượng, tặng cho quyền sử dụng đất", I(P9)),
    F("khoảng 27.300 hợp đồng", "27.300", 27300, "count", "hợp đồng",
      "hợp đồng thế chấp tài sản", I(P9), approx="about", total=126450),
    F("ước đạt 68,2 tỷ đồng", "68,2", 68.2e9, "money", "đồng",
      "tổng phí công chứng", I(P9), status="estimate"),
    F("trên 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng",
      "nộp ngân sách nhà nước của các tổ chức hành nghề công chứng", I(P9), approx="over",
      change=C("increase", 1.2e9, "đồng", "cùng kỳ")),
    F("có 58 tổ chức", "58", 58, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng"),
    F("gồm 2 Phòng Công chứng", "2", 2, "count", "Phòng Công chứng",
      "Phòng Công chứng", total=58),
    F("56 Văn phòng công chứng", "56", 56, "count", "Văn phòng công chứng",
      "Văn phòng công chứng", total=58),
    F("với 131 công chứng viên", "131", 131, "count", "công chứng viên",
      "công chứng viên"),
    F("(19 tổ chức)", "19", 19, "count", "tổ chức", "tổ chức hành nghề công chứng",
      location="TP Thanh Hóa"),
    F("(6 tổ chức)", "6", 6, "count", "tổ chức", "tổ chức hành nghề công chứng",
      location="Nghi Sơn"),
    F("(4 tổ chức)", "4", 4, "count", "tổ chức", "tổ chức hành nghề công chứng",
      location="Sầm Sơn"),
    F("còn 3 huyện miền núi", "3", 3, "count", "huyện",
      "huyện miền núi chưa có tổ chức hành nghề công chứng"),
    F("kiểm tra 12 văn phòng", "12", 12, "count", "văn phòng công chứng",
      "văn phòng công chứng được kiểm tra", I(P9)),
    F("hành chính 2 trường hợp", "2", 2, "count", "trường hợp",
      "trường hợp bị xử phạt vi phạm hành chính", I(P9)),
    F("tiền 37,5 triệu đồng", "37,5", 37.5e6, "money", "đồng",
      "tiền xử phạt vi phạm hành chính", I(P9)),
    F("gần 14.800 việc", "14.800", 14800, "count", "việc",
      "việc công chứng của Phòng Công chứng số 1", I(P9), approx="nearly"),
    F("công chứng 160.000 hợp đồng", "160.000", 160000, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("bảo đảm 100% huyện", "100", 100, "percent", "%",
      "huyện, thị xã, thành phố có tổ chức hành nghề công chứng",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 1 tổ chức", "1", 1, "count", "tổ chức hành nghề công chứng",
      approx="at_least", status="target", optional=True),
    F("thêm 3 văn phòng", "3", 3, "count", "văn phòng công chứng",
      "văn phòng công chứng thành lập thêm", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      status="forecast"),
]

HEADER = [
    "Cổng TTĐT tỉnh Thanh Hóa: hoạt động công chứng 9 tháng đầu năm 2024 (số việc, phí, nộp ngân sách, mạng lưới tổ chức hành nghề).",
    "Dateline 'Cập nhật: 08/10/2024 15:42'; 'Lượt xem: 2.315' is a view counter. 'Phòng Công chứng số 1', 'số 26 Đại lộ Lê Lợi',",
    "'Quyết định số 2187/QĐ-UBND' are names/addresses/identifiers. Headline '9 tháng' has no figure.",
    "Sentences without a period phrase after the first take '9 tháng đầu năm 2024' (inherited); the 'Hiện' paragraph has no period.",
    "'ít nhất 1 tổ chức' is a threshold inside a target (optional).",
]

write("p1034-1", TEXT, HEADER, FIGS, published="2024-10-08", location="Thanh Hóa")
