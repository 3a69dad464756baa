from lib import F, P, ch, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Cổng thông tin điện tử
Tin tức > Hoạt động của Bộ

Năm 2024: Cả nước thu hơn 9.600 tỷ đồng tiền cấp quyền khai thác khoáng sản

Chiều 16/1, tại Hà Nội, Cục Khoáng sản Việt Nam tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Báo cáo tại hội nghị cho biết, năm 2024, Bộ Tài nguyên và Môi trường đã cấp 48 giấy phép thăm dò, khai thác khoáng sản thuộc thẩm quyền, giảm 11 giấy phép so với năm 2023; các địa phương cấp 612 giấy phép, chủ yếu là khoáng sản làm vật liệu xây dựng thông thường. Tổng số tiền cấp quyền khai thác khoáng sản đã phê duyệt trong năm đạt hơn 9.600 tỷ đồng, tăng 18,5% so với năm 2023.

Cả nước đã tổ chức đấu giá thành công quyền khai thác khoáng sản tại 386 khu vực mỏ ở 52/63 tỉnh, thành phố, với tổng giá trúng đấu giá khoảng 3.450 tỷ đồng. Các địa phương có số tiền trúng đấu giá lớn là Thanh Hóa (412 tỷ đồng), Nghệ An (287 tỷ đồng), Quảng Ninh (265 tỷ đồng) và Bình Dương (231 tỷ đồng).

Công tác thanh tra, kiểm tra được đẩy mạnh với 1.148 cuộc thanh tra, kiểm tra của trung ương và địa phương; xử phạt vi phạm hành chính 1.273 tổ chức, cá nhân với tổng số tiền khoảng 96,4 tỷ đồng, truy thu gần 150 tỷ đồng tiền cấp quyền và thuế tài nguyên; thu hồi 37 giấy phép.

Năm 2025, Cục đặt mục tiêu hoàn thành khoanh định khu vực không đấu giá quyền khai thác khoáng sản tại 100% địa phương; phấn đấu tỷ lệ mỏ lắp đặt trạm cân, camera giám sát đạt từ 90% trở lên.

Nguồn: Cục Khoáng sản Việt Nam
Cập nhật ngày: 17/01/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24t = P("trong năm", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ_AU = "số tiền trúng đấu giá"

FIGS = [
    F("thu hơn 9.600 tỷ đồng", "9.600", 9600e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản", Y24h,
      approx="over"),
    F("cấp 48 giấy phép", "48", 48, "count", "giấy phép",
      "giấy phép thăm dò, khai thác khoáng sản Bộ Tài nguyên và Môi trường cấp", Y24,
      change=ch("decrease", 11, "giấy phép", "năm 2023")),
    F("cấp 612 giấy phép", "612", 612, "count", "giấy phép", "giấy phép các địa phương cấp", Y24),
    F("đạt hơn 9.600 tỷ đồng", "9.600", 9600e9, "money", "đồng", "tổng số tiền cấp quyền khai thác khoáng sản đã phê duyệt",
      Y24t, approx="over", change=ch("increase", 18.5, "%", "năm 2023")),
    F("tại 386 khu vực mỏ", "386", 386, "count", "khu vực mỏ", "khu vực mỏ đấu giá thành công quyền khai thác khoáng sản",
      Y24i),
    F("ở 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố đấu giá thành công quyền khai thác khoáng sản",
      Y24i, total=63),
    F("khoảng 3.450 tỷ đồng", "3.450", 3450e9, "money", "đồng", "tổng giá trúng đấu giá", Y24i, approx="about"),
    F("Thanh Hóa (412 tỷ đồng)", "412", 412e9, "money", "đồng", SUBJ_AU, Y24i, location="Thanh Hóa"),
    F("Nghệ An (287 tỷ đồng)", "287", 287e9, "money", "đồng", SUBJ_AU, Y24i, location="Nghệ An"),
    F("Quảng Ninh (265 tỷ đồng)", "265", 265e9, "money", "đồng", SUBJ_AU, Y24i, location="Quảng Ninh"),
    F("Bình Dương (231 tỷ đồng)", "231", 231e9, "money", "đồng", SUBJ_AU, Y24i, location="Bình Dương"),
    F("với 1.148 cuộc", "1.148", 1148, "count", "cuộc thanh tra, kiểm tra", "cuộc thanh tra, kiểm tra", Y24i),
    F("xử phạt vi phạm hành chính 1.273 tổ chức", "1.273", 1273, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân bị xử phạt vi phạm hành chính", Y24i),
    F("khoảng 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", Y24i,
      approx="about"),
    F("gần 150 tỷ đồng", "150", 150e9, "money", "đồng", "truy thu tiền cấp quyền và thuế tài nguyên", Y24i,
      approx="nearly"),
    F("thu hồi 37 giấy phép", "37", 37, "count", "giấy phép", "giấy phép thu hồi", Y24i),
    F("tại 100% địa phương", "100", 100, "percent", "%",
      "địa phương hoàn thành khoanh định khu vực không đấu giá quyền khai thác khoáng sản", Y25, status="target"),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ mỏ lắp đặt trạm cân, camera giám sát", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT): national review of mineral management 2024 — licences, approved licence fees, auctions by province, inspections, 2025 targets.",
    "No dateline under the headline; 'Cập nhật ngày: 17/01/2025' at the end is the date. Default location Việt Nam; 'tại Hà Nội' is only the venue.",
    "'giảm 11 giấy phép so với năm 2023' change of 48; 'các địa phương cấp 612' is the national total of local licences → Việt Nam.",
    "'trong năm' (year review of 2024) = 2024. '52/63 tỉnh, thành phố' total 63. Province list → location per item, subject the list's indicator.",
    "Paragraph 4 has no period of its own: inherited 'năm 2024'. Targets 2025: 'tại 100% địa phương', 'đạt từ 90% trở lên' (at_least).",
    "Distractors: 'Chiều 16/1', 'tại Hà Nội', 'năm 2025' in the meeting name, 'Cục Khoáng sản Việt Nam' (name), update date.",
]

emit("p319-5", TEXT, COMMENTS, FIGS, published="2025-01-17", location="Việt Nam")
