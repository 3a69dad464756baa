"""p891-2: district portal (huyện Ia Pa, Gia Lai), dưa hấu trên đất bãi ven sông Ba."""
from lib import F, C, P, Y, write

TEXT = """UBND HUYỆN IA PA - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Dưa hấu trên đất bãi ven sông Ba cho thu nhập cao
Ngày đăng: 15/05/2023 | Chuyên mục: Nông nghiệp

Từ đầu năm 2023 đến nay, toàn huyện Ia Pa đã xuống giống 1.380 ha dưa hấu, vượt 15% kế hoạch, trong đó xã Ia Mrơn 420 ha, Pờ Tó 310 ha, Chư Răng 265 ha, Kim Tân 190 ha, còn lại ở các xã Ia Trôk, Ia Tul.

Nhờ áp dụng màng phủ nông nghiệp và tưới nhỏ giọt, năng suất bình quân đạt 35 tấn/ha; nhiều diện tích đạt 40-45 tấn/ha. Với giá bán tại ruộng bình quân 6.500 đồng/kg, sau khi trừ chi phí khoảng 90 triệu đồng/ha, nông dân lãi từ 100 đến 130 triệu đồng/ha.

Hiện toàn huyện có 2 hợp tác xã và 14 tổ hợp tác liên kết với doanh nghiệp tiêu thụ dưa hấu, bao tiêu khoảng 9.500 tấn, chiếm gần 20% sản lượng. Năm 2022, lô hàng đầu tiên gồm 3 container dưa hấu của huyện đã xuất khẩu chính ngạch sang Trung Quốc qua cửa khẩu Hữu Nghị (Lạng Sơn).

Ông Nguyễn Văn Tư (thôn 5, xã Ia Mrơn) trồng 2 ha dưa hấu trên đất bãi dọc Quốc lộ 25, thu 76 tấn, lãi gần 250 triệu đồng. Theo ông, trước đây trồng lúa trên diện tích này chỉ lãi khoảng 20 triệu đồng/ha.

Năm 2024, huyện phấn đấu nâng diện tích dưa hấu lên 1.600 ha, trong đó ít nhất 300 ha đạt chứng nhận VietGAP và được cấp mã số vùng trồng. UBND huyện đã ban hành Kế hoạch số 46/KH-UBND ngày 10/3/2023 về phát triển cây dưa hấu giai đoạn 2023-2025.

Bản quyền thuộc UBND huyện Ia Pa. Địa chỉ: xã Pờ Tó, huyện Ia Pa, tỉnh Gia Lai. Điện thoại: 0269.3651.022
"""

SOFAR = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-05-15")
SOFAR_I = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-05-15", inherited=True)
DT = "diện tích dưa hấu xuống giống"
FIGS = [
    F("xuống giống 1.380 ha", "1.380", 1380, "measure", "ha", DT, SOFAR,
      change=C("+", 15, "%", "kế hoạch")),
    F("Ia Mrơn 420 ha", "420", 420, "measure", "ha", DT, SOFAR, total=1380),
    F("Pờ Tó 310 ha", "310", 310, "measure", "ha", DT, SOFAR, total=1380),
    F("Chư Răng 265 ha", "265", 265, "measure", "ha", DT, SOFAR, total=1380),
    F("Kim Tân 190 ha", "190", 190, "measure", "ha", DT, SOFAR, total=1380),
    F("đạt 35 tấn/ha", "35", 35, "measure", "tấn/ha", "năng suất dưa hấu bình quân", SOFAR_I),
    F("đạt 40-45 tấn/ha", "40", 40, "measure", "tấn/ha", "năng suất nhiều diện tích dưa hấu", SOFAR_I,
      value_max=45),
    F("bình quân 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", "giá bán dưa hấu tại ruộng bình quân", SOFAR_I),
    F("khoảng 90 triệu đồng/ha", "90", 90e6, "money", "đồng/ha", "chi phí trồng dưa hấu", SOFAR_I, approx="about"),
    F("từ 100 đến 130 triệu đồng/ha", "100", 100e6, "money", "đồng/ha", "lãi trồng dưa hấu", SOFAR_I,
      value_max=130e6),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ dưa hấu"),
    F("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", "tổ hợp tác liên kết tiêu thụ dưa hấu"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", "dưa hấu được bao tiêu", approx="about", percent=20),
    F("gồm 3 container", "3", 3, "count", "container", "container dưa hấu xuất khẩu chính ngạch sang Trung Quốc",
      Y(2022, "Năm 2022")),
    F("trồng 2 ha", "2", 2, "measure", "ha", "diện tích dưa hấu của ông Nguyễn Văn Tư"),
    F("thu 76 tấn", "76", 76, "measure", "tấn", "sản lượng dưa hấu thu hoạch"),
    F("lãi gần 250 triệu đồng", "250", 250e6, "money", "đồng", "lãi trồng dưa hấu", approx="nearly"),
    F("khoảng 20 triệu đồng/ha", "20", 20e6, "money", "đồng/ha", "lãi trồng lúa trước đây", approx="about"),
    F("lên 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích dưa hấu", Y(2024, "Năm 2024"), status="target"),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", "diện tích dưa hấu đạt chứng nhận VietGAP và được cấp mã số vùng trồng",
      Y(2024, "Năm 2024"), approx="at_least", total=1600, status="target"),
]
NOTES = [
    "UBND huyện Ia Pa (Gia Lai): dưa hấu trên đất bãi ven sông Ba, 2023; communes with 'trong đó', yield, price, profit, 2024 targets.",
    "Commune figures (Ia Mrơn, Pờ Tó, Chư Răng, Kim Tân are xã) keep the district as location: FIGURES.md locates at province/city/district.",
    "'vượt 15% kế hoạch' is a gap to the plan: a change with baseline 'kế hoạch'. The 'trong đó' parts take 1.380 as total though",
    "the listed communes do not exhaust it ('còn lại ở các xã …'). The 3 containers are the district's exports: location Ia Pa, not Lạng Sơn.",
    "Distractors: thôn 5, Quốc lộ 25, Kế hoạch số 46/KH-UBND ngày 10/3/2023, giai đoạn 2023-2025, phone 0269.3651.022, 'lô hàng đầu tiên'.",
]
write(2, TEXT, FIGS, NOTES, published="2023-05-15", location="Ia Pa")
