"""p897-4: Bộ LĐ-TB&XH site, national vocational training in sewing for rural workers, year 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ | Tin tức | Giáo dục nghề nghiệp

Đào tạo nghề may cho lao động nông thôn: hơn 86% có việc làm sau học nghề

Ngày đăng: 05/03/2025 | Lượt xem: 1.147

Theo báo cáo của Cục Giáo dục nghề nghiệp, năm 2024 cả nước tổ chức đào tạo nghề may công nghiệp, may dân dụng cho 41.350 lao động nông thôn, chiếm 11,6% tổng số lao động nông thôn được hỗ trợ đào tạo nghề. Trong đó, lao động nữ là 37.280 người, người dân tộc thiểu số là 6.940 người.

Tỷ lệ học viên có việc làm sau đào tạo đạt 86,4%, cao hơn 2,1 điểm phần trăm so với năm 2023. Phần lớn học viên được các cơ sở may gia công, tổ may tại địa phương tiếp nhận với thu nhập từ 4,5 đến 7,5 triệu đồng/tháng.

Các địa phương đào tạo nghề may nhiều nhất là Thanh Hóa (4.120 người), Nghệ An (3.560 người), Thái Bình (2.980 người) và Đồng Tháp (2.450 người). Có 52/63 tỉnh, thành phố triển khai đặt hàng đào tạo nghề may gắn với doanh nghiệp.

Mức hỗ trợ chi phí đào tạo trình độ sơ cấp nghề may tối đa 4 triệu đồng/người/khóa học, thời gian đào tạo 3 tháng. Tổng kinh phí hỗ trợ năm 2024 khoảng 158 tỷ đồng.

Giai đoạn 2025-2026, Bộ đặt mục tiêu đào tạo nghề may cho khoảng 90.000 lao động nông thôn, tỷ lệ có việc làm sau đào tạo đạt ít nhất 85%.

Hoạt động được thực hiện theo Quyết định số 1956/QĐ-TTg và Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3826.9543
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2025-2026", "2025-01-01", "2026-12-31")

FIGS = [
    F("hơn 86% có việc làm", "86", 86, "percent", "%", "lao động nông thôn học nghề may có việc làm sau học nghề",
      approx="over"),
    F("cho 41.350 lao động", "41.350", 41350, "count", "lao động",
      "lao động nông thôn được đào tạo nghề may công nghiệp, may dân dụng", Y24, percent=11.6),
    F("là 37.280 người", "37.280", 37280, "count", "người", "lao động nữ được đào tạo nghề may", I(Y24), total=41350),
    F("là 6.940 người", "6.940", 6940, "count", "người", "người dân tộc thiểu số được đào tạo nghề may", I(Y24),
      total=41350),
    F("đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ học viên có việc làm sau đào tạo", I(Y24),
      change=C("+", 2.1, "điểm phần trăm", "năm 2023")),
    F("từ 4,5 đến 7,5 triệu đồng/tháng", "4,5", 4.5e6, "money", "đồng/tháng", "thu nhập của học viên",
      value_max=7.5e6),
    F("Thanh Hóa (4.120 người)", "4.120", 4120, "count", "người", "lao động nông thôn được đào tạo nghề may", I(Y24),
      location="Thanh Hóa"),
    F("Nghệ An (3.560 người)", "3.560", 3560, "count", "người", "lao động nông thôn được đào tạo nghề may", I(Y24),
      location="Nghệ An"),
    F("Thái Bình (2.980 người)", "2.980", 2980, "count", "người", "lao động nông thôn được đào tạo nghề may", I(Y24),
      location="Thái Bình"),
    F("Đồng Tháp (2.450 người)", "2.450", 2450, "count", "người", "lao động nông thôn được đào tạo nghề may", I(Y24),
      location="Đồng Tháp"),
    F("Có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố triển khai đặt hàng đào tạo nghề may gắn với doanh nghiệp", total=63),
    F("tối đa 4 triệu đồng/người/khóa học", "4", 4e6, "money", "đồng/người/khóa học",
      "mức hỗ trợ chi phí đào tạo trình độ sơ cấp nghề may", approx="at_most"),
    F("đào tạo 3 tháng", "3", 3, "measure", "tháng", "thời gian đào tạo"),
    F("khoảng 158 tỷ đồng", "158", 158e9, "money", "đồng", "tổng kinh phí hỗ trợ",
      Y24, approx="about"),
    F("khoảng 90.000 lao động", "90.000", 90000, "count", "lao động", "lao động nông thôn được đào tạo nghề may", GD,
      approx="about", status="target"),
    F("ít nhất 85%", "85", 85, "percent", "%", "tỷ lệ có việc làm sau đào tạo", GD, approx="at_least",
      status="target"),
]

write("p897-4", TEXT, FIGS, published="2025-03-05", location="Việt Nam", comments=[
    "Bộ LĐ-TB&XH site: đào tạo nghề may cho lao động nông thôn năm 2024 (national), 'Ngày đăng: 05/03/2025 | Lượt xem: 1.147'.",
    "Not figures: Lượt xem, Quyết định số 1956/QĐ-TTg, 46/2015/QĐ-TTg, 'Số 12 Ngô Quyền', phone 024.3826.9543. The 63 of 52/63 is a total only.",
    "Lao động nữ and dân tộc thiểu số after 'Trong đó' are parts of 41.350 (not additive, each a part). Province list: ranking, no total.",
    "'cao hơn 2,1 điểm phần trăm so với năm 2023' is the change of 86,4%.",
])
