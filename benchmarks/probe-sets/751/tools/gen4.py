#!/usr/bin/env python3
"""p751-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT) — national deer herd, leading provinces, velvet output 2023, farm scale, 2030 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC CHĂN NUÔI
Trang chủ » Tin hoạt động » Chăn nuôi đặc sản
Ngày đăng: 26/09/2024 | Lượt xem: 1.874

Phát triển chăn nuôi hươu, nai lấy nhung theo hướng hàng hóa

Theo số liệu của Cục Chăn nuôi, tính đến tháng 6/2024 cả nước có khoảng 128.500 con hươu, nai, tăng 5,1% so với năm 2023, được nuôi tại 42/63 tỉnh, thành phố. Các địa phương có đàn lớn nhất là Hà Tĩnh (46.250 con), Nghệ An (24.300 con), Quảng Bình (8.700 con), Đồng Nai (6.100 con) và Hòa Bình (4.950 con).

Sản lượng nhung hươu, nai năm 2023 của cả nước đạt khoảng 27,4 tấn, trong đó khoảng 80% được tiêu thụ trong nước dưới dạng nhung tươi, nhung sấy và sản phẩm chế biến. Giá trị sản phẩm từ nuôi hươu, nai ước đạt 1.150 tỷ đồng/năm.

Tuy vậy, chăn nuôi hươu vẫn chủ yếu theo quy mô nông hộ: trên 85% số hộ nuôi dưới 5 con; cả nước mới có 14 trang trại quy mô từ 50 con trở lên. Tỷ lệ đàn hươu được tiêm phòng lở mồm long móng mới đạt 62,5%.

Tại Hội nghị lần thứ hai về phát triển chăn nuôi đặc sản tổ chức ngày 20/9 ở Nghệ An, Cục Chăn nuôi đề xuất mục tiêu đến năm 2030 tổng đàn hươu, nai cả nước đạt 180.000-200.000 con, sản lượng nhung đạt 45 tấn, trong đó 30% được chế biến sâu. Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg) xác định hươu, nai là một trong 6 nhóm vật nuôi đặc sản được ưu tiên.

Địa chỉ: số 16 Thụy Khuê, quận Tây Hồ, Hà Nội. Điện thoại: 024.3734.5443.
"""

ASOF = P("tính đến tháng 6/2024", end="2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("khoảng 128.500 con", "128.500", 128500, "count", "con", "hươu, nai", ASOF, approx="about",
      change=CH("increase", 5.1, baseline="năm 2023")),
    F("42/63 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi hươu, nai", ASOF, total=63),
    F("Hà Tĩnh (46.250 con)", "46.250", 46250, "count", "con", "đàn hươu, nai", I(ASOF), location="Hà Tĩnh"),
    F("Nghệ An (24.300 con)", "24.300", 24300, "count", "con", "đàn hươu, nai", I(ASOF), location="Nghệ An"),
    F("Quảng Bình (8.700 con)", "8.700", 8700, "count", "con", "đàn hươu, nai", I(ASOF), location="Quảng Bình"),
    F("Đồng Nai (6.100 con)", "6.100", 6100, "count", "con", "đàn hươu, nai", I(ASOF), location="Đồng Nai"),
    F("Hòa Bình (4.950 con)", "4.950", 4950, "count", "con", "đàn hươu, nai", I(ASOF), location="Hòa Bình"),
    F("khoảng 27,4 tấn", "27,4", 27.4, "measure", "tấn", "sản lượng nhung hươu, nai", Y23, approx="about"),
    F("khoảng 80%", "80", 80, "percent", "%", "tỷ lệ nhung hươu, nai tiêu thụ trong nước", Y23, approx="about"),
    F("ước đạt 1.150 tỷ", "1.150", 1150000000000, "money", "đồng/năm", "giá trị sản phẩm từ nuôi hươu, nai",
      status="estimate"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ hộ nuôi dưới 5 con", approx="over"),
    F("nuôi dưới 5 con", "5", 5, "count", "con", "quy mô hộ nuôi", approx="under", optional=True),
    F("có 14 trang trại", "14", 14, "count", "trang trại", "trang trại nuôi hươu quy mô từ 50 con trở lên"),
    F("từ 50 con trở lên", "50", 50, "count", "con", "quy mô trang trại", approx="at_least", optional=True),
    F("mới đạt 62,5%", "62,5", 62.5, "percent", "%", "tỷ lệ đàn hươu được tiêm phòng lở mồm long móng"),
    F("đạt 180.000-200.000 con", "180.000", 180000, "count", "con", "tổng đàn hươu, nai cả nước", T30,
      value_max=200000, status="target"),
    F("đạt 45 tấn", "45", 45, "measure", "tấn", "sản lượng nhung", T30, status="target"),
    F("trong đó 30%", "30", 30, "percent", "%", "tỷ lệ nhung được chế biến sâu", T30, status="target"),
    F("trong 6 nhóm", "6", 6, "count", "nhóm vật nuôi đặc sản", "nhóm vật nuôi đặc sản được ưu tiên", optional=True),
]

COMMENTS = [
    "Ministry site (Cục Chăn nuôi, Bộ NN&PTNT): national herd to 6/2024, five leading provinces (bracketed), velvet output 2023, farm scale, 2030 targets.",
    "'Ngày đăng: 26/09/2024 | Lượt xem: 1.874' (counter is furniture). National figures: location Việt Nam; list provinces go to location.",
    "'42/63 tỉnh, thành phố' is a count of provinces (Việt Nam) with total 63. 'trong đó khoảng 80%' / 'trong đó 30%' are percent figures",
    "(a percent has no whole in tấn). '1.150 tỷ đồng/năm' keeps the rate in the unit. Thresholds 'dưới 5 con', 'từ 50 con trở lên': optional.",
    "Distractors: 'Hội nghị lần thứ hai', 'ngày 20/9' and 'Nghệ An' in the target sentence (the targets are national), 'giai đoạn 2021-2030',",
    "Quyết định số 1520/QĐ-TTg, 'số 16 Thụy Khuê', phone 024.3734.5443. 'một trong 6 nhóm vật nuôi' is optional.",
]

if __name__ == "__main__":
    emit("p751-4", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Việt Nam")
