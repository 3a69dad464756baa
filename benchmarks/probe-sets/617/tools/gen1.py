"""p617-1: Nghệ An provincial library, 6 months 2024 (province portal)."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thư viện tỉnh phục vụ hơn 312.000 lượt bạn đọc trong 6 tháng đầu năm 2024

Cập nhật: 09/07/2024 08:45 | Lượt xem: 1.284

(Nghệ An) - Sáu tháng đầu năm 2024, Thư viện tỉnh Nghệ An đã cấp mới 4.125 thẻ bạn đọc, nâng tổng số thẻ đang hoạt động lên 18.640 thẻ; phục vụ hơn 312.000 lượt bạn đọc, tăng 14,6% so với cùng kỳ năm 2023, trong đó bạn đọc thiếu nhi chiếm 41,2%. Số lượt sách, báo luân chuyển đạt 586.300 lượt, bằng 62,4% kế hoạch năm.

Công tác phục vụ lưu động tiếp tục được đẩy mạnh. Xe ô tô thư viện lưu động đã thực hiện 46 chuyến đến các trường học và xã vùng sâu, vùng xa, trong đó 28 chuyến đến các huyện miền núi Kỳ Sơn (9 chuyến), Tương Dương (11 chuyến) và Quế Phong (8 chuyến), phục vụ khoảng 21.500 lượt học sinh với gần 60.000 lượt sách, báo.

Thư viện đã bổ sung 7.850 bản sách mới với tổng kinh phí 1,25 tỷ đồng; tiếp nhận 2.300 bản sách do các tổ chức, cá nhân trao tặng. Tính đến ngày 30/6/2024, tổng vốn tài liệu của Thư viện đạt 512.460 bản; tài liệu số hóa đạt 1.236.800 trang, tương đương 3.950 tên tài liệu, phục vụ 27.600 lượt truy cập trên trang thông tin điện tử của Thư viện.

Trong 6 tháng cuối năm, Thư viện phấn đấu cấp mới thêm 3.500 thẻ, tổ chức 40 chuyến xe lưu động và số hóa thêm 300.000 trang tài liệu địa chí.

Thư viện tỉnh Nghệ An - số 16 đường Trường Thi, TP. Vinh. Điện thoại: 0238.3844.512.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("hơn 312.000 lượt bạn đọc trong", "312.000", 312000, "count", "lượt bạn đọc",
      "lượt bạn đọc Thư viện tỉnh phục vụ", H1, approx="over"),
    F("cấp mới 4.125 thẻ", "4.125", 4125, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", S1),
    F("lên 18.640 thẻ", "18.640", 18640, "count", "thẻ", "tổng số thẻ đang hoạt động", S1),
    F("phục vụ hơn 312.000 lượt bạn đọc, tăng", "312.000", 312000, "count", "lượt bạn đọc",
      "lượt bạn đọc được phục vụ", S1, approx="over",
      change=CH("increase", 14.6, baseline="cùng kỳ năm 2023")),
    F("chiếm 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ bạn đọc thiếu nhi", S1),
    F("đạt 586.300 lượt", "586.300", 586300, "count", "lượt", "lượt sách, báo luân chuyển", I(S1),
      percent=62.4),
    F("thực hiện 46 chuyến", "46", 46, "count", "chuyến", "chuyến xe ô tô thư viện lưu động", I(S1)),
    F("trong đó 28 chuyến", "28", 28, "count", "chuyến", "chuyến xe thư viện lưu động đến các huyện miền núi",
      I(S1), total=46),
    F("Kỳ Sơn (9 chuyến)", "9", 9, "count", "chuyến", "chuyến xe thư viện lưu động đến các huyện miền núi",
      I(S1), total=28, location="Kỳ Sơn"),
    F("Tương Dương (11 chuyến)", "11", 11, "count", "chuyến", "chuyến xe thư viện lưu động đến các huyện miền núi",
      I(S1), total=28, location="Tương Dương"),
    F("Quế Phong (8 chuyến)", "8", 8, "count", "chuyến", "chuyến xe thư viện lưu động đến các huyện miền núi",
      I(S1), total=28, location="Quế Phong"),
    F("khoảng 21.500 lượt học sinh", "21.500", 21500, "count", "lượt học sinh",
      "lượt học sinh được xe thư viện lưu động phục vụ", I(S1), approx="about"),
    F("gần 60.000 lượt sách", "60.000", 60000, "count", "lượt sách, báo",
      "lượt sách, báo phục vụ lưu động", I(S1), approx="nearly"),
    F("bổ sung 7.850 bản sách", "7.850", 7850, "count", "bản sách", "sách mới bổ sung", I(S1)),
    F("kinh phí 1,25 tỷ đồng", "1,25", 1250000000, "money", "đồng", "tổng kinh phí bổ sung sách mới", I(S1)),
    F("tiếp nhận 2.300 bản sách", "2.300", 2300, "count", "bản sách",
      "sách do các tổ chức, cá nhân trao tặng", I(S1)),
    F("đạt 512.460 bản", "512.460", 512460, "count", "bản", "tổng vốn tài liệu của Thư viện", ASOF),
    F("đạt 1.236.800 trang", "1.236.800", 1236800, "count", "trang", "tài liệu số hóa", ASOF),
    F("tương đương 3.950 tên tài liệu", "3.950", 3950, "count", "tên tài liệu", "tài liệu số hóa", ASOF),
    F("phục vụ 27.600 lượt truy cập", "27.600", 27600, "count", "lượt truy cập",
      "lượt truy cập trên trang thông tin điện tử của Thư viện", ASOF),
    F("thêm 3.500 thẻ", "3.500", 3500, "count", "thẻ", "thẻ bạn đọc cấp mới", H2, status="target"),
    F("tổ chức 40 chuyến", "40", 40, "count", "chuyến", "chuyến xe lưu động", H2, status="target"),
    F("thêm 300.000 trang", "300.000", 300000, "count", "trang", "trang tài liệu địa chí số hóa", H2,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: Thư viện tỉnh, kết quả 6 tháng đầu năm 2024 (thẻ, lượt bạn đọc, xe lưu động, số hóa); province portal.",
    "Distractors: breadcrumb, 'Cập nhật: 09/07/2024 08:45', 'Lượt xem: 1.284', 'số 16 đường Trường Thi', phone 0238.3844.512.",
    "41,2% (thiếu nhi) has no base number of its own: a percent figure, not a share of 312.000. 62,4% kế hoạch is 586.300's percent.",
    "28 chuyến is a 'trong đó' part of 46; the bracketed districts (9+11+8 = 28) are parts of 28, location = the district.",
    "1.236.800 trang (số hóa) counts pages, not 'bản': no total 512.460; 'tương đương 3.950 tên tài liệu' is its own count.",
    "'6 tháng cuối năm' (2024-07-01..2024-12-31), 'phấn đấu' governs the three coordinated targets.",
]

if __name__ == "__main__":
    emit("p617-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Nghệ An")
