"""p1106-4: Bộ NN&PTNT site, national fishing-port system at end-2023, landings via ports, 2030 plan."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động / Thủy sản
Hệ thống cảng cá từng bước đáp ứng yêu cầu chống khai thác IUU
Ngày đăng: 18/01/2024 | Lượt xem: 3.127

Theo Cục Thủy sản, tính đến ngày 31/12/2023, cả nước có 89 cảng cá đã được công bố mở cảng, trong đó 47 cảng cá loại I và 42 cảng cá loại II. Đã có 63 cảng được chỉ định xác nhận nguồn gốc thủy sản từ khai thác, chiếm 70,8% tổng số cảng.

Tổng sản lượng khai thác thủy sản cả nước năm 2023 đạt 3,86 triệu tấn; lượng thủy sản bốc dỡ qua các cảng cá được giám sát đạt khoảng 2,25 triệu tấn, chiếm gần 60%. Các địa phương có sản lượng qua cảng lớn nhất lần lượt là Kiên Giang (392.000 tấn), Bà Rịa - Vũng Tàu (331.000 tấn), Bình Thuận (205.000 tấn) và Cà Mau (168.000 tấn).

Cả nước hiện có khoảng 1.200 cơ sở sản xuất nước đá phục vụ nghề cá và 55 chợ đầu mối, chợ cá trong khu cảng. Tuy nhiên, mới có 18/89 cảng cá có hệ thống xử lý nước thải đạt chuẩn; tỷ lệ tổn thất sau thu hoạch đối với hải sản vẫn ở mức 15-20%.

Theo Quy hoạch hệ thống cảng cá, khu neo đậu tránh trú bão thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1579/QĐ-TTg), đến năm 2030 cả nước sẽ có 143 cảng cá với tổng công suất thiết kế khoảng 4,6 triệu tấn hàng/năm. Tổng nhu cầu vốn đầu tư giai đoạn 2021-2030 dự kiến khoảng 28.000 tỷ đồng, trong đó vốn ngân sách trung ương khoảng 12.500 tỷ đồng.

Phó Cục trưởng Cục Thủy sản Phạm Văn Tám đề nghị các địa phương ưu tiên bố trí vốn cho 12 cảng cá trọng điểm để kịp kiểm tra lần thứ 5 của Ủy ban châu Âu.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3845.9670
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO2030 = P("đến năm 2030", None, "2030-12-31")
GD = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
FIGS = [
    F("có 89 cảng cá", "89", 89, "count", "cảng cá", "cảng cá đã được công bố mở cảng", ASOF),
    F("47 cảng cá loại I", "47", 47, "count", "cảng cá", "cảng cá loại I", ASOF, total=89),
    F("42 cảng cá loại II", "42", 42, "count", "cảng cá", "cảng cá loại II", ASOF, total=89),
    F("có 63 cảng", "63", 63, "count", "cảng", "cảng được chỉ định xác nhận nguồn gốc thủy sản từ khai thác",
      I(ASOF), percent=70.8),
    F("đạt 3,86 triệu tấn", "3,86", 3860000, "measure", "tấn", "tổng sản lượng khai thác thủy sản", Y23),
    F("khoảng 2,25 triệu tấn", "2,25", 2250000, "measure", "tấn",
      "lượng thủy sản bốc dỡ qua các cảng cá được giám sát", Y23, approx="about", percent=60),
    F("Kiên Giang (392.000 tấn)", "392.000", 392000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Kiên Giang"),
    F("Bà Rịa - Vũng Tàu (331.000 tấn)", "331.000", 331000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Bà Rịa - Vũng Tàu"),
    F("Bình Thuận (205.000 tấn)", "205.000", 205000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Bình Thuận"),
    F("Cà Mau (168.000 tấn)", "168.000", 168000, "measure", "tấn", "sản lượng qua cảng", I(Y23),
      location="Cà Mau"),
    F("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", "cơ sở sản xuất nước đá phục vụ nghề cá",
      approx="about"),
    F("55 chợ đầu mối", "55", 55, "count", "chợ đầu mối", "chợ đầu mối, chợ cá trong khu cảng"),
    F("18/89 cảng cá", "18", 18, "count", "cảng cá", "cảng cá có hệ thống xử lý nước thải đạt chuẩn", total=89),
    F("mức 15-20%", "15", 15, "percent", "%", "tỷ lệ tổn thất sau thu hoạch đối với hải sản", value_max=20),
    F("có 143 cảng cá", "143", 143, "count", "cảng cá", "cảng cá", TO2030, status="target"),
    F("khoảng 4,6 triệu tấn", "4,6", 4600000, "measure", "tấn/năm", "tổng công suất thiết kế (tấn hàng) của cảng cá",
      TO2030, approx="about", status="target"),
    F("khoảng 28.000 tỷ đồng", "28.000", 28000e9, "money", "đồng", "tổng nhu cầu vốn đầu tư", GD,
      approx="about", status="forecast"),
    F("khoảng 12.500 tỷ đồng", "12.500", 12500e9, "money", "đồng", "vốn ngân sách trung ương", GD,
      approx="about", status="forecast", total=28000e9),
    F("cho 12 cảng cá", "12", 12, "count", "cảng cá", "cảng cá trọng điểm ưu tiên bố trí vốn"),
]

COMMENTS = [
    "Bộ NN&PTNT: hệ thống cảng cá cả nước tính đến 31/12/2023, sản lượng qua cảng năm 2023, quy hoạch đến năm 2030. National: Việt Nam.",
    "Not figures: 'Lượt xem: 3.127', 'loại I/loại II' (port classes), 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Quyết định số 1579/QĐ-TTg',",
    "'lần thứ 5' (ordinal), name 'Phạm Văn Tám', address 'Số 2 Ngọc Hà', phone. Provinces in the 'lần lượt' list are locations.",
    "'chiếm 70,8% tổng số cảng' and 'chiếm gần 60%' are shares of the count before them (percent attribute); 63 has no part-of cue: no total.",
    "12.500 tỷ after 'trong đó' is part of 28.000 tỷ (total) and keeps 'dự kiến' (forecast) as the clause continues.",
    "revised: unit of 4,6 triệu tấn hàng/năm is 'tấn/năm' (a measure keeps the physical unit; 'hàng' goes to the subject, cf. h19 'tấn').",
]

if __name__ == "__main__":
    build("p1106-4", TEXT, FIGS, COMMENTS, published="2024-01-18", location="Việt Nam")
