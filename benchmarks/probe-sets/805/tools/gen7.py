"""p805-7: department site (Trung tâm Khuyến công Hà Nam), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP
Trang chủ | Giới thiệu | Tin tức | Văn bản
Đào tạo nghề thêu ren giữ lửa làng nghề

Hà Nam hiện có 9 làng nghề thêu ren, tập trung tại huyện Thanh Liêm (6 làng) và thị xã Duy Tiên (3 làng), với khoảng 3.400 hộ và hơn 7.800 lao động. Làng thêu ren Thanh Hà (xã Thanh Hà, huyện Thanh Liêm) là làng nghề tiêu biểu, có trên 60% số hộ làm nghề.

Năm 2024, giá trị sản xuất hàng thêu ren của tỉnh đạt 265 tỷ đồng, tăng 7,3% so với năm 2023, trong đó hàng xuất khẩu đạt 180 tỷ đồng.

Thực hiện Chương trình khuyến công theo Nghị định số 45/2012/NĐ-CP, Trung tâm đã phối hợp với các địa phương mở lớp đào tạo nghề thêu ren, mức hỗ trợ 1,4 triệu đồng/học viên/khóa. Kết quả cụ thể:

Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số lớp đào tạo (lớp)
14
17
20
Số học viên (người)
420
510
600
Kinh phí hỗ trợ (triệu đồng)
588
714
840

Sau đào tạo, tỷ lệ học viên có việc làm đạt 92%, thu nhập bình quân 4,8 triệu đồng/người/tháng. Trong quý I/2025, Trung tâm đã khai giảng 5 lớp với 150 học viên tại huyện Thanh Liêm.

TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP HÀ NAM
Địa chỉ: Số 15 đường Trường Chinh, phường Minh Khai, TP. Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.467 | Email: kchn@hanam.gov.vn
Lượt truy cập: 1.284.905 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    F("có 9 làng nghề", "9", "count", "làng nghề", "làng nghề thêu ren"),
    F("Thanh Liêm (6 làng)", "6", "count", "làng", "làng nghề thêu ren", total=9, location="Thanh Liêm"),
    F("Duy Tiên (3 làng)", "3", "count", "làng", "làng nghề thêu ren", total=9, location="Duy Tiên"),
    F("khoảng 3.400 hộ", "3.400", "count", "hộ", "hộ làng nghề thêu ren", approx="about"),
    F("hơn 7.800 lao động", "7.800", "count", "lao động", "lao động làng nghề thêu ren", approx="over"),
    F("trên 60%", "60", "percent", "%", "tỷ lệ hộ làm nghề thêu ren làng Thanh Hà", approx="over",
      location="Thanh Liêm"),
    F("đạt 265 tỷ đồng", "265", "money", "đồng", "giá trị sản xuất hàng thêu ren", mult=10**9,
      change=C("increase", 7.3, baseline="năm 2023"), period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 180 tỷ đồng", "180", "money", "đồng", "giá trị hàng thêu ren xuất khẩu", mult=10**9, total=265e9,
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("1,4 triệu đồng/học viên/khóa", "1,4", "money", "đồng/học viên/khóa", "mức hỗ trợ đào tạo nghề thêu ren",
      mult=10**6),
    # the table: row label = subject, column header = period; the plan column is a target
    F("(lớp)\n14", "14", "count", "lớp", "số lớp đào tạo", period=Y23),
    F("14\n17", "17", "count", "lớp", "số lớp đào tạo", period=Y24),
    F("17\n20", "20", "count", "lớp", "số lớp đào tạo", period=K25, status="target"),
    F("(người)\n420", "420", "count", "người", "số học viên", period=Y23),
    F("420\n510", "510", "count", "người", "số học viên", period=Y24),
    F("510\n600", "600", "count", "người", "số học viên", period=K25, status="target"),
    F("(triệu đồng)\n588", "588", "money", "đồng", "kinh phí hỗ trợ", mult=10**6, period=Y23),
    F("588\n714", "714", "money", "đồng", "kinh phí hỗ trợ", mult=10**6, period=Y24),
    F("714\n840", "840", "money", "đồng", "kinh phí hỗ trợ", mult=10**6, period=K25, status="target"),
    F("đạt 92%", "92", "percent", "%", "tỷ lệ học viên có việc làm sau đào tạo"),
    F("bình quân 4,8 triệu đồng/người/tháng", "4,8", "money", "đồng/người/tháng", "thu nhập bình quân học viên sau đào tạo",
      mult=10**6),
    F("khai giảng 5 lớp", "5", "count", "lớp", "lớp đào tạo nghề thêu ren khai giảng", period=Q1, location="Thanh Liêm"),
    F("với 150 học viên", "150", "count", "học viên", "học viên", period=Q1, location="Thanh Liêm"),
]

COMMENTS = [
    "Department site (Trung tâm Khuyến công Hà Nam): no dateline, so no published; footer address, phone, visit counter, 'Đang online: 37'.",
    "Table pasted one cell per line: row label (with its unit in brackets) = subject and unit, column header = period (scored),",
    "'Kế hoạch 2025' column = status target; 'triệu đồng' row x 10^6. The bracketed district list adds up to 9 (total 9).",
    "'với khoảng 3.400 hộ và hơn 7.800 lao động': each number has its own approx word.",
]

write("p805-7", TEXT, FIGS, COMMENTS, published=None, location="Hà Nam")
