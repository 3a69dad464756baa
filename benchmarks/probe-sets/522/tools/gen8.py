"""p522-8: xã Hòa Tiến (huyện Hòa Vang, Đà Nẵng) commune portal - land disputes, GCN, violations in 2023."""
from lib import F, P, I, CH, emit

TEXT = """UBND XÃ HÒA TIẾN - HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin hoạt động > Địa chính - Xây dựng

Hòa Tiến hòa giải thành 23/31 vụ tranh chấp đất đai năm 2023

Ngày đăng: 28/12/2023 | Người đăng: Ban biên tập

Năm 2023, Tổ hòa giải các thôn và UBND xã đã tiếp nhận 31 đơn tranh chấp đất đai, tăng 5 đơn so với năm 2022; đã tổ chức hòa giải thành 23 vụ, đạt 74,2%; 6 vụ hòa giải không thành đã hướng dẫn công dân gửi đơn đến Tòa án nhân dân huyện, 2 vụ đang tiếp tục xác minh.

Công tác cấp giấy chứng nhận tiếp tục được đẩy mạnh. Trong năm, xã đã hướng dẫn, tiếp nhận 412 hồ sơ đề nghị cấp GCN lần đầu, trong đó 357 hồ sơ đã được UBND huyện cấp giấy. Đến nay, tỷ lệ hộ gia đình trên địa bàn xã được cấp GCN đất ở đạt 94,5%. Đối với thửa đất số 327, tờ bản đồ số 15 tại thôn Lệ Sơn 2, xã đang phối hợp Chi nhánh Văn phòng đăng ký đất đai huyện đo đạc lại ranh giới.

Bên cạnh đó, xã đã phối hợp đo đạc, chỉnh lý biến động 1.246 thửa đất. Bình quân mỗi hộ nông nghiệp hiện sử dụng 4,2 thửa/hộ, gây khó khăn cho cơ giới hóa. Xã phát hiện, lập biên bản 9 trường hợp xây dựng trái phép trên đất nông nghiệp với tổng diện tích khoảng 1.850 m², buộc tháo dỡ 7 trường hợp.

Năm 2024, xã phấn đấu hòa giải thành trên 80% số vụ tranh chấp và vận động người dân dồn điền đổi thửa ít nhất 25 ha. Mức hỗ trợ dồn điền đổi thửa là 2 triệu đồng/ha theo Nghị quyết số 12/2023/NQ-HĐND của HĐND thành phố.

Địa chỉ: Thôn Thạch Bồ, xã Hòa Tiến, huyện Hòa Vang. Điện thoại: 0236.3846.213
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành 23/31 vụ", "23", 23, "count", "vụ", total=31, subject="vụ tranh chấp đất đai hòa giải thành",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tiếp nhận 31 đơn", "31", 31, "count", "đơn", change=CH("increase", 5, unit="đơn", baseline="năm 2022"),
      subject="đơn tranh chấp đất đai tiếp nhận", period=Y23),
    F("thành 23 vụ", "23", 23, "count", "vụ", percent=74.2, subject="vụ tranh chấp đất đai hòa giải thành",
      period=Y23),
    F("; 6 vụ", "6", 6, "count", "vụ", subject="vụ hòa giải không thành", period=Y23),
    F("2 vụ đang", "2", 2, "count", "vụ", subject="vụ đang tiếp tục xác minh", period=Y23),
    F("tiếp nhận 412 hồ sơ", "412", 412, "count", "hồ sơ", subject="hồ sơ đề nghị cấp GCN lần đầu tiếp nhận",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("đó 357 hồ sơ", "357", 357, "count", "hồ sơ", total=412, subject="hồ sơ đã được UBND huyện cấp giấy",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("đạt 94,5%", "94,5", 94.5, "percent", "%", subject="tỷ lệ hộ gia đình được cấp GCN đất ở",
      period=P("Đến nay", None, "2023-12-28")),
    F("biến động 1.246 thửa", "1.246", 1246, "count", "thửa đất", subject="thửa đất đo đạc, chỉnh lý biến động",
      period=I(Y23)),
    F("4,2 thửa/hộ", "4,2", 4.2, "measure", "thửa/hộ", subject="số thửa bình quân mỗi hộ nông nghiệp sử dụng"),
    F("biên bản 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp xây dựng trái phép trên đất nông nghiệp",
      period=I(Y23)),
    F("khoảng 1.850 m²", "1.850", 1850, "measure", "m²", approx="about",
      subject="tổng diện tích xây dựng trái phép trên đất nông nghiệp", period=I(Y23)),
    F("tháo dỡ 7 trường hợp", "7", 7, "count", "trường hợp", subject="trường hợp buộc tháo dỡ", period=I(Y23)),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hòa giải thành số vụ tranh chấp", period=Y24),
    F("ít nhất 25 ha", "25", 25, "measure", "ha", approx="at_least", status="target",
      subject="diện tích dồn điền đổi thửa", period=Y24),
    F("là 2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", subject="mức hỗ trợ dồn điền đổi thửa"),
]

COMMENTS = [
    "Commune portal (UBND xã Hòa Tiến, huyện Hòa Vang, TP Đà Nẵng): tranh chấp đất đai, cấp GCN, vi phạm năm 2023; mục tiêu 2024.",
    "'Ngày đăng: 28/12/2023' is published. Location: the spec's finest level is the district, so the commune's figures take",
    "'Hòa Vang' (choice). Distractors: 'thửa đất số 327, tờ bản đồ số 15', 'thôn Lệ Sơn 2', 'Nghị quyết số 12/2023/NQ-HĐND',",
    "phone 0236.3846.213. '23/31' -> total 31; the later 23 / 6 / 2 vụ have no part-of cue -> no total (23 carries 'đạt 74,2%').",
    "'tăng 5 đơn so với năm 2022' is the change of 31 đơn. 'trong đó 357 hồ sơ' -> total 412. 'Trong năm' in a 2023 article = 2023.",
    "'4,2 thửa/hộ' is a rate (unit with its denominator); 'Hiện' gives no period. '2 triệu đồng/ha' is a policy rate: actual, no period.",
]

emit("p522-8", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Hòa Vang")
