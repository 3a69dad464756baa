from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Thái Bình: Thanh toán không dùng tiền mặt lan tỏa từ chợ đến bệnh viện, trường học
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.315

Theo Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình, tính đến ngày 30/9/2024, toàn tỉnh có hơn 1,2 triệu tài khoản thanh toán của cá nhân, tăng 11,4% so với cuối năm 2023; trong đó có 684.500 tài khoản được mở bằng phương thức điện tử (eKYC). Tỷ lệ người từ 15 tuổi trở lên có tài khoản tại ngân hàng ước đạt 82,6%, vượt mục tiêu 80% mà Kế hoạch số 112/KH-UBND đề ra.

Việc thanh toán bằng mã QR tại các chợ được triển khai rộng khắp. 9 tháng năm 2024, các ngân hàng đã hỗ trợ 5.870 tiểu thương tại 96 chợ lắp đặt mã QR, chiếm khoảng 43% tổng số tiểu thương có điểm kinh doanh cố định (cả năm 2023 là 3.950 tiểu thương). Dẫn đầu là thành phố Thái Bình với 1.540 tiểu thương, tiếp đến là huyện Vũ Thư (812 tiểu thương), huyện Kiến Xương (695 tiểu thương) và huyện Tiền Hải (640 tiểu thương).

Tại lĩnh vực y tế, 18/21 bệnh viện công lập đã triển khai thu viện phí qua mã QR và thẻ ngân hàng. Từ đầu năm đến nay, giá trị viện phí thu không dùng tiền mặt đạt gần 214 tỷ đồng, bằng 37,5% tổng số thu viện phí, tăng 28,6% so với cùng kỳ. Trong lĩnh vực giáo dục, 100% trường trung học phổ thông và 97,8% trường tiểu học, trung học cơ sở đã thu học phí, các khoản thu dịch vụ qua ngân hàng.

Năm 2025, tỉnh phấn đấu 100% chợ hạng 1, hạng 2 có ít nhất 50% tiểu thương chấp nhận thanh toán bằng mã QR; tỷ lệ dịch vụ công đủ điều kiện được thanh toán trực tuyến đạt trên 90%.

Mọi phản ánh xin gửi về Phòng Thanh toán, số 2 đường Lê Lợi, TP Thái Bình; điện thoại 0227.3831.456.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 1,2 triệu tài khoản", "1,2", 1200000, "count", "tài khoản",
      "tài khoản thanh toán của cá nhân", ASOF, approx="over",
      change=CH("increase", 11.4, "%", "cuối năm 2023")),
    F("có 684.500 tài khoản", "684.500", 684500, "count", "tài khoản",
      "tài khoản được mở bằng phương thức điện tử (eKYC)", ASOF, total=1200000),
    F("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    F("ước đạt 82,6%", "82,6", 82.6, "percent", "%",
      "Tỷ lệ người từ 15 tuổi trở lên có tài khoản tại ngân hàng", ASOF_I,
      target=TG(80, "%", True), status="estimate"),
    F("hỗ trợ 5.870 tiểu thương", "5.870", 5870, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", M9, percent=43),
    F("tại 96 chợ", "96", 96, "count", "chợ", "chợ có tiểu thương lắp đặt mã QR", M9),
    F("là 3.950 tiểu thương", "3.950", 3950, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("với 1.540 tiểu thương", "1.540", 1540, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", M9_I, location="Thái Bình"),
    F("(812 tiểu thương)", "812", 812, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", M9_I, location="Vũ Thư"),
    F("(695 tiểu thương)", "695", 695, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", M9_I, location="Kiến Xương"),
    F("(640 tiểu thương)", "640", 640, "count", "tiểu thương",
      "tiểu thương lắp đặt mã QR", M9_I, location="Tiền Hải"),
    F("18/21 bệnh viện", "18", 18, "count", "bệnh viện công lập",
      "bệnh viện công lập triển khai thu viện phí qua mã QR và thẻ ngân hàng", M9_I, total=21),
    F("gần 214 tỷ đồng", "214", 214e9, "money", "đồng",
      "giá trị viện phí thu không dùng tiền mặt", YTD, approx="nearly", percent=37.5,
      change=CH("increase", 28.6, "%", "cùng kỳ")),
    F("100% trường trung học phổ thông", "100", 100, "percent", "%",
      "trường trung học phổ thông thu học phí, các khoản thu dịch vụ qua ngân hàng", YTD_I),
    F("97,8% trường tiểu học", "97,8", 97.8, "percent", "%",
      "trường tiểu học, trung học cơ sở thu học phí, các khoản thu dịch vụ qua ngân hàng", YTD_I),
    F("phấn đấu 100% chợ", "100", 100, "percent", "%",
      "chợ hạng 1, hạng 2 có ít nhất 50% tiểu thương chấp nhận thanh toán bằng mã QR", Y25,
      status="target"),
    F("ít nhất 50% tiểu thương", "50", 50, "percent", "%",
      "tiểu thương chấp nhận thanh toán bằng mã QR", Y25, approx="at_least", status="target",
      optional=True),
    F("đạt trên 90%", "90", 90, "percent", "%",
      "tỷ lệ dịch vụ công đủ điều kiện được thanh toán trực tuyến", Y25, approx="over",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): tài khoản thanh toán, mã QR ở chợ, viện phí, học phí; 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.315'.",
    "Distractors: view counter 2.315, Kế hoạch số 112/KH-UBND, 'chợ hạng 1, hạng 2' (market grades), 'số 2 đường Lê Lợi', phone 0227.3831.456, dates.",
    "'trong đó có 684.500 tài khoản' after 'hơn 1,2 triệu tài khoản' (same unit, same as-of date): total 1200000. 'vượt mục tiêu 80%': target 80, met true.",
    "'chiếm khoảng 43%' is the percent of 5.870 tiểu thương; the bracketed '(cả năm 2023 là 3.950 tiểu thương)' is a figure of its own with its own period.",
    "District list after 'Dẫn đầu là': subject = the list's indicator, district in location ('thành phố Thái Bình' -> Thái Bình); no part-of cue, so no total.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-10-14. 'tăng 28,6% so với cùng kỳ' belongs to 214 tỷ (across the 'bằng 37,5%' clause).",
    "'từ 15 tuổi trở lên' (threshold) and 'ít nhất 50% tiểu thương' (criterion inside the target's defining clause) are optional.",
]

emit("p398-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thái Bình")
