from lib import F, P, I, CH, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Sóc Trăng cấp 126 giấy phép khai thác nước dưới đất trong 6 tháng đầu năm 2024

Cập nhật: 15/07/2024 09:40 | Lượt xem: 1.584

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, UBND tỉnh Sóc Trăng đã cấp 126 giấy phép khai thác, sử dụng nước dưới đất, tăng 18 giấy phép so với cùng kỳ năm 2023, đạt 63% kế hoạch năm. Trong đó, có 97 giấy phép cấp mới, 21 giấy phép gia hạn và 8 giấy phép điều chỉnh nội dung.

Tổng lưu lượng được cấp phép là 48.260 m³/ngày đêm, chủ yếu phục vụ cấp nước sinh hoạt tập trung (chiếm 71,5%) và sản xuất công nghiệp (18,2%). Số giấy phép tập trung nhiều tại các huyện Mỹ Xuyên (23 giấy phép), Trần Đề (19 giấy phép), Long Phú (15 giấy phép) và thị xã Vĩnh Châu (14 giấy phép).

Hiện toàn tỉnh có khoảng 28.700 giếng khoan khai thác nước dưới đất, trong đó 412 giếng của tổ chức, doanh nghiệp có quy mô từ 10 m³/ngày đêm trở lên. Cũng trong 6 tháng đầu năm, tỉnh đã phê duyệt tiền cấp quyền khai thác tài nguyên nước với tổng số tiền hơn 3,42 tỷ đồng.

Kết quả quan trắc tại 12 giếng quan trắc cho thấy mực nước tầng Pleistocen giữa - trên và tầng Pliocen giữa lần lượt hạ thấp trung bình 0,45 và 0,62 m/năm, có nơi trên 0,8 m/năm.

Theo Quyết định số 1128/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2025 tỷ lệ công trình khai thác nước dưới đất được cấp phép đạt 95% và giảm 20% tổng lưu lượng khai thác nước dưới đất so với năm 2020.

Người dân cần hỗ trợ thủ tục liên hệ Bộ phận Một cửa, số 18 Hùng Vương, Phường 6, TP. Sóc Trăng; điện thoại 0299.3822.014.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
GP = "giấy phép khai thác, sử dụng nước dưới đất"

FIGS = [
    F("Sóc Trăng cấp 126", "126", 126, "count", "giấy phép", "giấy phép khai thác nước dưới đất", H1),
    F("đã cấp 126 giấy phép", "126", 126, "count", "giấy phép", GP, H1,
      percent=63, change=CH("increase", 18, "giấy phép", "cùng kỳ năm 2023")),
    F("có 97 giấy phép", "97", 97, "count", "giấy phép", "giấy phép cấp mới", I(H1), total=126),
    F("21 giấy phép gia hạn", "21", 21, "count", "giấy phép", "giấy phép gia hạn", I(H1), total=126),
    F("và 8 giấy phép", "8", 8, "count", "giấy phép", "giấy phép điều chỉnh nội dung", I(H1), total=126),
    F("là 48.260 m³", "48.260", 48260, "measure", "m³/ngày đêm", "tổng lưu lượng được cấp phép", I(H1)),
    F("(chiếm 71,5%)", "71,5", 71.5, "percent", "%",
      "tỷ trọng lưu lượng cấp phép phục vụ cấp nước sinh hoạt tập trung", I(H1)),
    F("(18,2%)", "18,2", 18.2, "percent", "%", "tỷ trọng lưu lượng cấp phép phục vụ sản xuất công nghiệp", I(H1)),
    F("(23 giấy phép)", "23", 23, "count", "giấy phép", "số giấy phép", I(H1), location="Mỹ Xuyên"),
    F("(19 giấy phép)", "19", 19, "count", "giấy phép", "số giấy phép", I(H1), location="Trần Đề"),
    F("(15 giấy phép)", "15", 15, "count", "giấy phép", "số giấy phép", I(H1), location="Long Phú"),
    F("(14 giấy phép)", "14", 14, "count", "giấy phép", "số giấy phép", I(H1), location="Vĩnh Châu"),
    F("khoảng 28.700 giếng", "28.700", 28700, "count", "giếng khoan",
      "giếng khoan khai thác nước dưới đất", approx="about"),
    F("đó 412 giếng", "412", 412, "count", "giếng",
      "giếng của tổ chức, doanh nghiệp có quy mô từ 10 m³/ngày đêm trở lên", total=28700),
    F("từ 10 m³/ngày đêm trở lên", "10", 10, "measure", "m³/ngày đêm",
      "quy mô khai thác của giếng", approx="at_least", optional=True),
    F("hơn 3,42 tỷ", "3,42", 3420000000, "money", "đồng",
      "tiền cấp quyền khai thác tài nguyên nước được phê duyệt", H1b, approx="over"),
    F("tại 12 giếng", "12", 12, "count", "giếng quan trắc", "giếng quan trắc"),
    F("trung bình 0,45 và", "0,45", 0.45, "measure", "m/năm",
      "mức hạ thấp trung bình mực nước tầng Pleistocen giữa - trên"),
    F("và 0,62 m/năm", "0,62", 0.62, "measure", "m/năm", "mức hạ thấp trung bình mực nước tầng Pliocen giữa"),
    F("trên 0,8 m/năm", "0,8", 0.8, "measure", "m/năm", "mức hạ thấp mực nước có nơi", approx="over"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ công trình khai thác nước dưới đất được cấp phép", T25,
      status="target"),
    F("giảm 20% tổng", "20", 20, "percent", "%",
      "giảm tổng lưu lượng khai thác nước dưới đất so với năm 2020", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Sóc Trăng (province portal: breadcrumb, 'Cập nhật: 15/07/2024 09:40', 'Lượt xem: 1.584'): groundwater permits H1/2024.",
    "Headline figure 126 is a figure of its own (period in the headline). Body 126: change +18 giấy phép vs cùng kỳ năm 2023, percent 63 (đạt 63% kế hoạch).",
    "'Trong đó' parts 97/21/8 add up to 126 -> total 126. '(chiếm 71,5%)' and '(18,2%)' are shares of sub-uses that have no number of their own,",
    "so they are percent figures, not the percent attribute of 48.260 m³/ngày đêm (which is the whole, not a share).",
    "District list items: location = district, subject = the list's indicator; no cue and they do not add up to 126: no total.",
    "'quy mô từ 10 m³/ngày đêm trở lên' is a threshold: optional. 'lần lượt ... 0,45 và 0,62 m/năm' share the unit.",
    "'phấn đấu đến năm 2025 ... đạt 95% và giảm 20% ... so với năm 2020': two target percents (the reduction is the claim, no change object).",
    "Distractors: 'Quyết định số 1128/QĐ-UBND', 'số 18 Hùng Vương, Phường 6', phone '0299.3822.014', 'Lượt xem: 1.584', dateline.",
]

emit("p688-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Sóc Trăng")
