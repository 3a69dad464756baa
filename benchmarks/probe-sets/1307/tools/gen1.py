"""p1307-1: province portal (Ninh Thuận): jujube area and output in 2024, prices before Tết, 2025 and 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sản lượng táo năm 2024 ước đạt gần 39.000 tấn

Cập nhật: 14/01/2025 09:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh có 1.052 ha táo, tăng 48 ha so với năm 2023, trong đó diện tích cho thu hoạch 968 ha. Sản lượng táo cả năm ước đạt 38.720 tấn, tăng 5,6% so với năm trước, bằng 103,2% kế hoạch. Năng suất bình quân đạt khoảng 40 tấn/ha. Ninh Thuận hiện là địa phương trồng táo lớn thứ 2 cả nước.

Cây táo được trồng tập trung chủ yếu tại huyện Ninh Phước (652 ha), Ninh Hải (186 ha) và Thuận Nam (120 ha). Toàn tỉnh hiện có 146 ha táo được cấp chứng nhận VietGAP, chiếm 13,9% diện tích, cùng 21 mã số vùng trồng phục vụ xuất khẩu.

Những ngày cận Tết, giá táo xanh tại vườn dao động từ 9.000 đến 13.000 đồng/kg, táo ta loại 1 khoảng 18.000 đồng/kg. Với chi phí đầu tư khoảng 180 triệu đồng/ha, nhiều hộ thu lãi trên 250 triệu đồng/ha mỗi năm; thu nhập từ cây táo gấp 3-4 lần trồng lúa.

Năm 2025, ngành nông nghiệp phấn đấu nâng diện tích táo lên khoảng 1.100 ha, sản lượng đạt trên 40.000 tấn; mục tiêu đến năm 2030 có ít nhất 300 ha táo đạt tiêu chuẩn VietGAP.

Tin liên quan:
- Ninh Phước tổ chức Hội thi Nhà nông đua tài lần thứ 3
- Ra quân Tết trồng cây Xuân Ất Tỵ 2025
- Hướng dẫn thực hiện Quyết định số 45/2024/QĐ-UBND
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "diện tích cây táo trồng tập trung"

FIGS = [
    fig("ước đạt gần 39.000", "39.000", 39000, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng táo", period=Y24),
    fig("có 1.052 ha", "1.052", 1052, "measure", "ha", change=chg("increase", 48, "ha", "năm 2023"),
        subject="diện tích táo toàn tỉnh", period=Y24),
    fig("thu hoạch 968 ha", "968", 968, "measure", "ha", total=1052,
        subject="diện tích táo cho thu hoạch", period=Y24),
    fig("ước đạt 38.720 tấn", "38.720", 38720, "measure", "tấn", status="estimate", percent=103.2,
        change=chg("increase", 5.6, "%", "năm trước"), subject="sản lượng táo cả năm", period=YEAR),
    fig("khoảng 40 tấn/ha", "40", 40, "measure", "tấn/ha", approx="about",
        subject="năng suất bình quân", period=inh(Y24)),
    fig("lớn thứ 2", "2", 2, "rank", "hạng", subject="địa phương trồng táo"),
    fig("Ninh Phước (652 ha)", "652", 652, "measure", "ha", subject=LIST, period=inh(Y24), location="Ninh Phước"),
    fig("Ninh Hải (186 ha)", "186", 186, "measure", "ha", subject=LIST, period=inh(Y24), location="Ninh Hải"),
    fig("Thuận Nam (120 ha)", "120", 120, "measure", "ha", subject=LIST, period=inh(Y24), location="Thuận Nam"),
    fig("có 146 ha", "146", 146, "measure", "ha", percent=13.9,
        subject="diện tích táo được cấp chứng nhận VietGAP"),
    fig("cùng 21 mã số", "21", 21, "count", "mã số vùng trồng", subject="mã số vùng trồng phục vụ xuất khẩu"),
    fig("từ 9.000 đến 13.000", "9.000", 9000, "money", "đồng/kg", value_max=13000,
        subject="giá táo xanh tại vườn"),
    fig("khoảng 18.000", "18.000", 18000, "money", "đồng/kg", approx="about", subject="giá táo ta loại 1"),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng/ha", approx="about", subject="chi phí đầu tư"),
    fig("trên 250 triệu", "250", 250e6, "money", "đồng/ha/năm", approx="over", subject="lãi nhiều hộ thu"),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="thu nhập từ cây táo so với trồng lúa"),
    fig("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", approx="about", status="target",
        subject="diện tích táo", period=Y25),
    fig("trên 40.000 tấn", "40.000", 40000, "measure", "tấn", approx="over", status="target",
        subject="sản lượng", period=Y25),
    fig("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", status="target",
        subject="diện tích táo đạt tiêu chuẩn VietGAP", period=T30),
]

NOTES = [
    "Province portal (Ninh Thuận): jujube 2024; breadcrumb, 'Cập nhật: 14/01/2025 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, 'loại 1' (a grade), 'lần thứ 3', 'Ất Tỵ 2025', Quyết định số 45/2024/QĐ-UBND.",
    "Headline figure has its own period (năm 2024). 'trong đó diện tích cho thu hoạch 968 ha' → total 1.052.",
    "'tăng 5,6% so với năm trước, bằng 103,2% kế hoạch' → change + percent of 38.720 tấn (estimate); 'cả năm' → 2024.",
    "District list after 'tập trung chủ yếu tại' has no cue and does not add up: no total; districts → location.",
    "'thu nhập từ cây táo gấp 3-4 lần trồng lúa' stands alone as the claim → multiple 3..4.",
    "'trên 250 triệu đồng/ha mỗi năm' → unit đồng/ha/năm. 'phấn đấu' governs both clauses of its sentence (target).",
]

if __name__ == "__main__":
    write("p1307-1", TEXT, NOTES, FIGS, published="2025-01-14", location="Ninh Thuận")
