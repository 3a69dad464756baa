"""p583-8: Cục Thống kê tỉnh Bình Định site, CPI tháng 12 and năm 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH
Trang chủ » Số liệu thống kê » Giá cả
Ngày đăng: 06/01/2025 08:30

CPI bình quân năm 2024 tỉnh Bình Định tăng 3,28%, đạt mục tiêu kiểm soát lạm phát

Chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng trước tăng 0,27%; so với cùng kỳ năm trước bằng 103,05%. Bình quân năm 2024, CPI tăng 3,28% so với năm 2023, thấp hơn mục tiêu dưới 4% mà HĐND tỉnh đề ra.

So với năm trước, 10/11 nhóm hàng hóa và dịch vụ có chỉ số giá bình quân tăng, chỉ có nhóm bưu chính, viễn thông giảm 0,61%. Các nhóm có mức tăng cao lần lượt là giáo dục (8,92%), thuốc và dịch vụ y tế (6,14%), nhà ở và vật liệu xây dựng (5,37%). Giá xăng dầu bình quân năm giảm 1,95% nên chỉ số nhóm giao thông chỉ tăng 0,42%.

Chỉ số giá vàng và chỉ số giá đô la Mỹ năm 2024 lần lượt tăng 23,61% và 4,92% so với năm 2023. Giá vàng nhẫn trơn những ngày cuối năm dao động quanh mức 8,4-8,5 triệu đồng/chỉ, cao nhất từ trước đến nay.

Lạm phát cơ bản bình quân năm 2024 của tỉnh tăng khoảng 2,8%. Năm 2025, tỉnh phấn đấu kiểm soát CPI bình quân tăng từ 4 đến 4,5%; phấn đấu đến năm 2025 tỷ lệ hộ kinh doanh tại các chợ thực hiện niêm yết giá đạt trên 95%.

Liên hệ: Phòng Thống kê Giá, số 170 Lê Hồng Phong, TP Quy Nhơn. Điện thoại: 0256.3822.145.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")

FIGS = [
    F("Bình Định tăng 3,28%", "3,28", 3.28, "percent", "%", "CPI bình quân năm 2024", Y24),
    F("tăng 0,27%", "0,27", 0.27, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng trước", M12),
    F("bằng 103,05%", "103,05", 103.05, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với cùng kỳ năm trước", M12),
    F("CPI tăng 3,28%", "3,28", 3.28, "percent", "%", "CPI bình quân năm 2024 so với năm 2023",
      P("Bình quân năm 2024", "2024-01-01", "2024-12-31"), target=TG(4, met=True)),
    F("10/11 nhóm", "10", 10, "count", "nhóm", "nhóm hàng hóa và dịch vụ có chỉ số giá bình quân tăng",
      INH(Y24), total=11),
    F("giảm 0,61%", "0,61", 0.61, "percent", "%", "nhóm bưu chính, viễn thông giảm", INH(Y24)),
    F("giáo dục (8,92%)", "8,92", 8.92, "percent", "%", "mức tăng nhóm giáo dục", INH(Y24)),
    F("y tế (6,14%)", "6,14", 6.14, "percent", "%", "mức tăng nhóm thuốc và dịch vụ y tế", INH(Y24)),
    F("xây dựng (5,37%)", "5,37", 5.37, "percent", "%", "mức tăng nhóm nhà ở và vật liệu xây dựng", INH(Y24)),
    F("giảm 1,95%", "1,95", 1.95, "percent", "%", "giá xăng dầu bình quân năm giảm", INH(Y24)),
    F("chỉ tăng 0,42%", "0,42", 0.42, "percent", "%", "chỉ số nhóm giao thông", INH(Y24)),
    F("tăng 23,61%", "23,61", 23.61, "percent", "%", "chỉ số giá vàng năm 2024 so với năm 2023", Y24),
    F("và 4,92%", "4,92", 4.92, "percent", "%", "chỉ số giá đô la Mỹ năm 2024 so với năm 2023", Y24),
    F("mức 8,4-8,5 triệu đồng/chỉ", "8,4", 8400000, "money", "đồng/chỉ", "giá vàng nhẫn trơn những ngày cuối năm",
      value_max=8500000, approx="about"),
    F("khoảng 2,8%", "2,8", 2.8, "percent", "%", "lạm phát cơ bản bình quân năm 2024", Y24, approx="about"),
    F("từ 4 đến 4,5%", "4", 4, "percent", "%", "CPI bình quân", P("Năm 2025", "2025-01-01", "2025-12-31"),
      value_max=4.5, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ hộ kinh doanh tại các chợ thực hiện niêm yết giá",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cục Thống kê tỉnh Bình Định site ('Ngày đăng: 06/01/2025 08:30'): CPI tháng 12/2024 and bình quân năm 2024.",
    "'so với cùng kỳ năm trước bằng 103,05%' is an index level, a percent figure of its own (not the share of 0,27%).",
    "'thấp hơn mục tiêu dưới 4% mà HĐND tỉnh đề ra' is the target of 3,28% (met). '10/11 nhóm' -> total 11.",
    "'lần lượt là giáo dục (8,92%), …' and 'lần lượt tăng 23,61% và 4,92%': each item is a figure; subject = indicator + group.",
    "'Giá xăng dầu … giảm 1,95% nên … giao thông chỉ tăng 0,42%': two rates of different indicators, no change attribute.",
    "'Năm 2025, tỉnh phấn đấu … từ 4 đến 4,5%' target range; 'phấn đấu đến năm 2025 … trên 95%' target with as-of end 2025-12-31.",
    "Distractors: 06/01/2025 08:30, số 170 Lê Hồng Phong, phone 0256.3822.145, 'cao nhất từ trước đến nay'.",
]

if __name__ == "__main__":
    emit("p583-8", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Bình Định")
