"""p599-8: xã Hoằng Trung (huyện Hoằng Hóa, Thanh Hóa) commune portal: people's credit fund H1/2023, black-credit prevention."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND XÃ HOẰNG TRUNG - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ » Tin tức - Sự kiện » Kinh tế
Ngày đăng: 05/09/2023 | Lượt xem: 418

Quỹ tín dụng nhân dân xã: "Bà đỡ" vốn cho hơn 2.100 thành viên

6 tháng đầu năm 2023, Quỹ tín dụng nhân dân (QTDND) xã Hoằng Trung tiếp tục hoạt động ổn định. Đến 30/6/2023, Quỹ có 2.146 thành viên, tăng 87 thành viên so với cuối năm 2022; tổng nguồn vốn đạt 123,4 tỷ đồng, bằng 82,3% kế hoạch năm; dư nợ cho vay 104,8 tỷ đồng với 1.312 khách hàng còn dư nợ. Nợ xấu chỉ chiếm 0,6% tổng dư nợ.

Trong 6 tháng, Quỹ đã giải ngân 46,5 tỷ đồng, gồm: cho vay phát triển sản xuất nông nghiệp 27,3 tỷ đồng, cho vay kinh doanh dịch vụ 12,6 tỷ đồng, cho vay tiêu dùng 6,6 tỷ đồng. Lãi suất cho vay bình quân 0,85%/tháng, thấp hơn 0,05% so với cùng kỳ.

Công an xã phối hợp các đoàn thể tuyên truyền phòng, chống "tín dụng đen" tại 9/9 thôn với hơn 1.500 lượt người nghe; phát hiện, ngăn chặn 2 trường hợp cho vay nặng lãi, trong đó 1 trường hợp chuyển Công an huyện xử lý. Hội Phụ nữ xã duy trì 7 tổ tiết kiệm và vay vốn với 286 thành viên.

Năm 2023, Quỹ phấn đấu tổng nguồn vốn đạt 150 tỷ đồng, dư nợ tăng từ 12 đến 15% so với năm 2022; đến năm 2025 nâng số thành viên lên trên 2.500 người.

Trụ sở Quỹ: thôn 4, xã Hoằng Trung (cạnh Quốc lộ 1A); điện thoại: 0237.3865.129.
"""

PH = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
PA = P("Đến 30/6/2023", None, "2023-06-30")
P6 = P("Trong 6 tháng", "2023-01-01", "2023-06-30")
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 2.100 thành viên", "2.100", 2100, "count", "thành viên",
      "thành viên Quỹ tín dụng nhân dân xã", approx="over"),
    F("có 2.146 thành viên", "2.146", 2146, "count", "thành viên",
      "thành viên Quỹ", PA,
      change=CH("increase", 87, "thành viên", "cuối năm 2022")),
    F("đạt 123,4 tỷ đồng", "123,4", 123.4e9, "money", "đồng",
      "tổng nguồn vốn", PA, percent=82.3),
    F("vay 104,8 tỷ đồng", "104,8", 104.8e9, "money", "đồng",
      "dư nợ cho vay", PA),
    F("1.312 khách hàng", "1.312", 1312, "count", "khách hàng",
      "khách hàng còn dư nợ", PA),
    F("chiếm 0,6%", "0,6", 0.6, "percent", "%",
      "nợ xấu", I(PA)),
    F("giải ngân 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng",
      "vốn Quỹ giải ngân", P6),
    F("nghiệp 27,3 tỷ đồng", "27,3", 27.3e9, "money", "đồng",
      "cho vay phát triển sản xuất nông nghiệp", P6, total=46.5e9),
    F("dịch vụ 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng",
      "cho vay kinh doanh dịch vụ", P6, total=46.5e9),
    F("tiêu dùng 6,6 tỷ đồng", "6,6", 6.6e9, "money", "đồng",
      "cho vay tiêu dùng", P6, total=46.5e9),
    F("bình quân 0,85%", "0,85", 0.85, "percent", "%",
      "lãi suất cho vay bình quân", I(P6),
      change=CH("decrease", 0.05, "%", "cùng kỳ")),
    F("tại 9/9 thôn", "9", 9, "count", "thôn",
      "thôn được tuyên truyền phòng, chống tín dụng đen", total=9),
    F("hơn 1.500 lượt", "1.500", 1500, "count", "lượt người nghe",
      "lượt người nghe tuyên truyền", approx="over"),
    F("ngăn chặn 2 trường hợp", "2", 2, "count", "trường hợp",
      "trường hợp cho vay nặng lãi phát hiện, ngăn chặn"),
    F("trong đó 1 trường hợp", "1", 1, "count", "trường hợp",
      "trường hợp chuyển Công an huyện xử lý", total=2),
    F("duy trì 7 tổ", "7", 7, "count", "tổ tiết kiệm và vay vốn",
      "tổ tiết kiệm và vay vốn của Hội Phụ nữ xã"),
    F("với 286 thành viên", "286", 286, "count", "thành viên",
      "thành viên tổ tiết kiệm và vay vốn"),
    F("đạt 150 tỷ đồng", "150", 150e9, "money", "đồng",
      "tổng nguồn vốn", P23, status="target"),
    F("từ 12 đến 15%", "12", 12, "percent", "%",
      "dư nợ tăng so với năm 2022", P23, value_max=15, status="target"),
    F("trên 2.500 người", "2.500", 2500, "count", "người",
      "số thành viên", P25, approx="over", status="target"),
]

COMMENTS = [
    "Commune portal, xã Hoằng Trung (huyện Hoằng Hóa, Thanh Hóa), 'Ngày đăng: 05/09/2023 | Lượt xem: 418': QTDND 6 tháng 2023, phòng chống tín dụng đen.",
    "Location: the spec's levels stop at the district, so commune figures take the district 'Hoằng Hóa' (choice).",
    "'bằng 82,3% kế hoạch năm' is the share of 123,4 tỷ. 'gồm:' parts add up to 46,5 tỷ (total). '9/9 thôn' total 9. 'trong đó 1 trường hợp' part of 2.",
    "'0,85%/tháng, thấp hơn 0,05% so với cùng kỳ': the rate's change (it has a base level, it is not a growth rate). 'dư nợ tăng từ 12 đến 15%': growth rate as the claim.",
    "Not figures: Lượt xem 418, 'thôn 4', 'Quốc lộ 1A', phone 0237.3865.129, dates.",
    "revised after first scoring: 2.146 thành viên subject 'thành viên Quỹ' (the sentence's word).",
]

if __name__ == "__main__":
    emit("p599-8", TEXT, COMMENTS, FIGS, published="2023-09-05", location="Hoằng Hóa",
         multi_ok=("tại 9/9 thôn",))
