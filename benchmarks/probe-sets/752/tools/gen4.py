"""p752-4: ministry site (Bộ NN&PTNT), national sweet potato growing-area codes, area/output, 10-month exports, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin hoạt động » Trồng trọt
Ngày đăng: 27/11/2023 | Lượt xem: 2.088

Cả nước có 382 mã số vùng trồng khoai lang xuất khẩu sang Trung Quốc

Theo Cục Bảo vệ thực vật, tính đến ngày 20/11/2023, cả nước đã có 382 mã số vùng trồng khoai lang với tổng diện tích hơn 9.650 ha và 126 mã số cơ sở đóng gói được phía Trung Quốc phê duyệt theo Nghị định thư ký ngày 24/6/2022. Các địa phương có nhiều mã số vùng trồng nhất lần lượt là Vĩnh Long (141 mã), Đồng Tháp (58 mã), Gia Lai (37 mã) và Đắk Lắk (29 mã).

Năm 2022, diện tích khoai lang cả nước đạt 118.300 ha, sản lượng 1,45 triệu tấn; năng suất bình quân 12,3 tấn/ha, trong khi các vùng chuyên canh đạt từ 25 đến 30 tấn/ha. 10 tháng năm 2023, xuất khẩu khoai lang ước đạt 215.000 tấn, kim ngạch khoảng 98 triệu USD, tăng 46% so với cùng kỳ; riêng thị trường Trung Quốc chiếm 87,5%. Việt Nam hiện đứng thứ 2 trong các nước cung cấp khoai lang cho thị trường này.

Theo Đề án phát triển cây có củ đến năm 2030, Bộ đặt mục tiêu ổn định diện tích khoai lang ở mức 120.000-125.000 ha, sản lượng đạt 1,8 triệu tấn, trong đó 30% diện tích được cấp mã số vùng trồng. Cục Trồng trọt đề nghị 8 tỉnh trọng điểm rà soát quy hoạch vùng nguyên liệu trước ngày 31/12/2023, đồng thời hướng dẫn nông dân ghi chép nhật ký đồng ruộng theo mẫu tại Phụ lục 2.

Thông tin liên hệ: Cục Trồng trọt, Nhà B6, số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.7081.
"""

ASOF = P("tính đến ngày 20/11/2023", None, "2023-11-20")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
CODES = "mã số vùng trồng khoai lang"

FIGS = [
    F("có 382 mã số vùng trồng khoai lang xuất", "382", 382, "count", "mã số vùng trồng",
      "mã số vùng trồng khoai lang xuất khẩu sang Trung Quốc", I(ASOF)),
    F("đã có 382 mã số", "382", 382, "count", "mã số vùng trồng", CODES, ASOF),
    F("hơn 9.650 ha", "9.650", 9650, "measure", "ha", "tổng diện tích vùng trồng khoai lang được cấp mã số", ASOF,
      approx="over"),
    F("và 126 mã số", "126", 126, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói", ASOF),
    F("(141 mã)", "141", 141, "count", "mã", CODES, I(ASOF), location="Vĩnh Long"),
    F("(58 mã)", "58", 58, "count", "mã", CODES, I(ASOF), location="Đồng Tháp"),
    F("(37 mã)", "37", 37, "count", "mã", CODES, I(ASOF), location="Gia Lai"),
    F("(29 mã)", "29", 29, "count", "mã", CODES, I(ASOF), location="Đắk Lắk"),
    F("đạt 118.300 ha", "118.300", 118300, "measure", "ha", "diện tích khoai lang", Y22),
    F("sản lượng 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "sản lượng khoai lang", Y22),
    F("bình quân 12,3 tấn/ha", "12,3", 12.3, "measure", "tấn/ha", "năng suất bình quân khoai lang", Y22),
    F("từ 25 đến 30 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất khoai lang các vùng chuyên canh", Y22,
      value_max=30),
    F("ước đạt 215.000 tấn", "215.000", 215000, "measure", "tấn", "khoai lang xuất khẩu", M10, status="estimate"),
    F("khoảng 98 triệu USD", "98", 98000000, "money", "USD", "kim ngạch xuất khẩu khoai lang", M10,
      approx="about", change=CH("increase", 46, "%", "cùng kỳ"), status="estimate"),
    F("chiếm 87,5%", "87,5", 87.5, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu khoai lang",
      M10, status="estimate"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "thứ hạng trong các nước cung cấp khoai lang cho thị trường Trung Quốc"),
    F("mức 120.000-125.000 ha", "120.000", 120000, "measure", "ha", "diện tích khoai lang ổn định", T30,
      value_max=125000, status="target"),
    F("đạt 1,8 triệu tấn", "1,8", 1800000, "measure", "tấn", "sản lượng khoai lang", T30, status="target"),
    F("trong đó 30% diện tích", "30", 30, "percent", "%", "tỷ lệ diện tích được cấp mã số vùng trồng", T30,
      status="target"),
    F("nghị 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh trọng điểm rà soát quy hoạch vùng nguyên liệu"),
]

COMMENTS = [
    "Bộ NN&PTNT site, 'Ngày đăng: 27/11/2023': mã số vùng trồng khoai lang xuất khẩu sang Trung Quốc; diện tích, sản lượng 2022;",
    "xuất khẩu 10 tháng năm 2023; mục tiêu đến năm 2030. Location Việt Nam (ministry, 'cả nước'); the province list items are places.",
    "List items '(141 mã)' after 'lần lượt' are figures (no total: no cue, and they do not add up to 382).",
    "'riêng thị trường Trung Quốc chiếm 87,5%' follows a money figure that already has its change; it is a share of its own",
    "(percent figure), estimate as the clause continues 'ước đạt'. 'đứng thứ 2' is a rank. The headline 382 repeats the lead.",
    "Distractors: 'Lượt xem: 2.088', 'Nghị định thư ký ngày 24/6/2022', 'trước ngày 31/12/2023', 'Phụ lục 2', 'Nhà B6, số 2 Ngọc Hà', phone.",
    "'Đề án ... đến năm 2030': the phrase stands in the name but states the target year, so the targets take it as period.",
]

if __name__ == "__main__":
    emit("p752-4", TEXT, COMMENTS, FIGS, published="2023-11-27", location="Việt Nam")
