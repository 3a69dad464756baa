from lib import F, P, CH, TG, emit

TEXT = """Chợ truyền thống "bắt nhịp" thanh toán số

Thứ Sáu, 15/03/2024 - 07:42

(ĐLO) - Không còn cảnh lúng túng tìm tiền lẻ, nhiều tiểu thương ở các chợ tại TP Buôn Ma Thuột giờ chỉ cần dán tấm mã QR trước quầy hàng là có thể nhận tiền ngay.

Bà Nguyễn Thị Lan, bán rau tại ki-ốt số 17 chợ Trung tâm Buôn Ma Thuột, cho biết mỗi ngày quầy hàng có từ 30 đến 40 lượt khách thanh toán bằng cách quét mã, chiếm khoảng 45% số khách. "Từ khi có mã QR, khách trẻ ghé nhiều hơn, doanh thu tăng khoảng 15%", bà Lan nói.

Theo Ngân hàng Nhà nước chi nhánh tỉnh Đắk Lắk, đến cuối tháng 2/2024, toàn tỉnh đã có 112/131 chợ triển khai mô hình "Chợ 4.0" với 9.465 điểm kinh doanh chấp nhận thanh toán bằng mã QR. Trong đó, TP Buôn Ma Thuột có 3.120 điểm, huyện Krông Pắc 1.046 điểm, huyện Cư M'gar 878 điểm, thị xã Buôn Hồ 702 điểm.

Giá trị giao dịch qua mã QR tại các chợ trong 2 tháng đầu năm 2024 ước đạt 186,4 tỷ đồng, gấp 3 lần cùng kỳ năm 2023. Số giao dịch bình quân đạt khoảng 21 nghìn giao dịch/ngày.

Tuy vậy, tỷ lệ tiểu thương sử dụng mã QR ở các huyện vùng sâu, vùng xa còn thấp, chỉ từ 12% đến 18%. Nguyên nhân là nhiều người lớn tuổi chưa quen dùng điện thoại thông minh, sóng di động ở một số buôn còn yếu.

Ông Trần Văn Hùng, Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh, cho biết năm 2024 ngành ngân hàng phấn đấu nâng số chợ triển khai "Chợ 4.0" lên 125 chợ, trong đó ít nhất 30 chợ ở các huyện Ea Súp, Buôn Đôn, M'Drắk. Tiểu thương cần hỗ trợ có thể liên hệ đường dây nóng 0262.3852.369.

HẠNH NGUYÊN
"""

M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
ASOF = P("đến cuối tháng 2/2024", None, "2024-02-29")
ASOF_I = P("đến cuối tháng 2/2024", None, "2024-02-29", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("từ 30 đến 40 lượt khách", "30", 30, "count", "lượt khách",
      "lượt khách thanh toán bằng cách quét mã mỗi ngày", value_max=40, percent=45,
      location="Buôn Ma Thuột"),
    F("doanh thu tăng khoảng 15%", "15", 15, "percent", "%", "doanh thu", approx="about",
      location="Buôn Ma Thuột"),
    F("có 112/131 chợ", "112", 112, "count", "chợ",
      "chợ triển khai mô hình \"Chợ 4.0\"", ASOF, total=131),
    F("với 9.465 điểm", "9.465", 9465, "count", "điểm kinh doanh",
      "điểm kinh doanh chấp nhận thanh toán bằng mã QR", ASOF),
    F("có 3.120 điểm", "3.120", 3120, "count", "điểm",
      "điểm kinh doanh chấp nhận thanh toán bằng mã QR", ASOF_I, total=9465,
      location="Buôn Ma Thuột"),
    F("Krông Pắc 1.046 điểm", "1.046", 1046, "count", "điểm",
      "điểm kinh doanh chấp nhận thanh toán bằng mã QR", ASOF_I, total=9465,
      location="Krông Pắc"),
    F("M'gar 878 điểm", "878", 878, "count", "điểm",
      "điểm kinh doanh chấp nhận thanh toán bằng mã QR", ASOF_I, total=9465,
      location="Cư M'gar"),
    F("Buôn Hồ 702 điểm", "702", 702, "count", "điểm",
      "điểm kinh doanh chấp nhận thanh toán bằng mã QR", ASOF_I, total=9465,
      location="Buôn Hồ"),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng",
      "Giá trị giao dịch qua mã QR tại các chợ", M2, status="estimate",
      change=CH("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("khoảng 21 nghìn giao dịch/ngày", "21", 21000, "measure", "giao dịch/ngày",
      "Số giao dịch bình quân", P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29", inh=True),
      approx="about"),
    F("chỉ từ 12% đến 18%", "12", 12, "percent", "%",
      "tỷ lệ tiểu thương sử dụng mã QR ở các huyện vùng sâu, vùng xa", value_max=18),
    F("lên 125 chợ", "125", 125, "count", "chợ", "chợ triển khai \"Chợ 4.0\"", Y24,
      status="target"),
    F("ít nhất 30 chợ", "30", 30, "count", "chợ", "chợ triển khai \"Chợ 4.0\" ở các huyện Ea Súp, Buôn Đôn, M'Drắk",
      Y24, approx="at_least", total=125, status="target"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper, tag ĐLO): mã QR ở chợ truyền thống; dateline 'Thứ Sáu, 15/03/2024 - 07:42', byline at the end.",
    "Distractors: 'ki-ốt số 17', '\"Chợ 4.0\"' (a model's name), phone 0262.3852.369, dates; 'một số buôn' is no number.",
    "'từ 30 đến 40 lượt khách' range with value_max 40 and its share 'chiếm khoảng 45%'; 'doanh thu tăng khoảng 15%' is a growth rate as the claim (no change).",
    "'Trong đó, TP Buôn Ma Thuột có 3.120 điểm, …' after 9.465 điểm (same thing, same date): each part has total 9465 and its district as location.",
    "'gấp 3 lần cùng kỳ năm 2023' after the money figure is its change (3 lần). '21 nghìn giao dịch/ngày' is a rate: measure, unit with its denominator.",
    "'ít nhất 30 chợ' follows 'trong đó' after the 125-market target: total 125; several districts named, so the province stays the location.",
    "No period stated for the stall-holder's daily figures and the 12-18% range (no period in the gold).",
]

emit("p398-2", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Đắk Lắk")
