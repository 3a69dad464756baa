"""p651-4: ministry site (Ngân hàng Nhà nước Việt Nam), national QTDND system at end-2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Trang chủ / Tin tức / Hoạt động ngân hàng

Hệ thống quỹ tín dụng nhân dân sau 30 năm: hơn 1,6 triệu thành viên

Ngày đăng: 22/03/2024 | Lượt xem: 2.071

Theo Cơ quan Thanh tra, giám sát ngân hàng, đến ngày 31/12/2023, cả nước có 1.179 quỹ tín dụng nhân dân (QTDND) hoạt động tại 57 tỉnh, thành phố với hơn 1,6 triệu thành viên. Tổng tài sản của hệ thống đạt khoảng 178.200 tỷ đồng; vốn điều lệ đạt 7.480 tỷ đồng; nguồn vốn huy động đạt 161.400 tỷ đồng, tăng 11,3% so với năm 2022; dư nợ cho vay đạt 136.500 tỷ đồng, tăng 9,1%. Tỷ lệ nợ xấu của toàn hệ thống là 1,12%.

Các địa phương có nhiều QTDND nhất là Thái Bình (61 quỹ), Nghệ An (52 quỹ), Thanh Hóa (49 quỹ) và Hà Tĩnh (28 quỹ). Khoảng 88% thành viên là hộ gia đình, cá nhân sinh sống ở khu vực nông thôn.

Sau quá trình củng cố, chấn chỉnh, số quỹ phải đặt vào kiểm soát đặc biệt đã giảm từ 57 quỹ năm 2018 xuống còn 24 quỹ, trong đó 9 quỹ thuộc diện yếu kém kéo dài. Trong năm 2023, Ngân hàng Hợp tác xã Việt Nam đã điều hòa vốn 5.300 tỷ đồng cho 480 lượt QTDND.

Theo Đề án cơ cấu lại hệ thống các tổ chức tín dụng gắn với xử lý nợ xấu giai đoạn 2021-2025 ban hành kèm theo Quyết định số 689/QĐ-TTg, đến năm 2025 tỷ lệ nợ xấu của hệ thống QTDND phải giảm xuống dưới 3%, 100% quỹ yếu kém được xử lý dứt điểm.

Luật Các tổ chức tín dụng số 32/2024/QH15 có hiệu lực từ ngày 1/7/2024 đã dành riêng một mục quy định về QTDND.

Cổng Thông tin điện tử Ngân hàng Nhà nước - 49 Lý Thái Tổ, Hoàn Kiếm, Hà Nội
"""

ASOF = P("đến ngày 31/12/2023", end="2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("30 năm: hơn 1,6 triệu", "1,6", 1.6e6, "count", "thành viên", "thành viên hệ thống quỹ tín dụng nhân dân", I(ASOF), approx="over"),
    F("có 1.179 quỹ", "1.179", 1179, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân (QTDND) hoạt động", ASOF),
    F("tại 57 tỉnh", "57", 57, "count", "tỉnh, thành phố", "tỉnh, thành phố có QTDND hoạt động", ASOF),
    F("với hơn 1,6 triệu", "1,6", 1.6e6, "count", "thành viên", "thành viên QTDND", ASOF, approx="over"),
    F("khoảng 178.200 tỷ đồng", "178.200", 178200e9, "money", "đồng", "tổng tài sản của hệ thống QTDND", I(ASOF), approx="about"),
    F("đạt 7.480 tỷ đồng", "7.480", 7480e9, "money", "đồng", "vốn điều lệ", I(ASOF)),
    F("đạt 161.400 tỷ đồng", "161.400", 161400e9, "money", "đồng", "nguồn vốn huy động", I(ASOF),
      change=CH("increase", 11.3, "%", "năm 2022")),
    F("đạt 136.500 tỷ đồng", "136.500", 136500e9, "money", "đồng", "dư nợ cho vay", I(ASOF),
      change=CH("increase", 9.1, "%")),
    F("là 1,12%", "1,12", 1.12, "percent", "%", "tỷ lệ nợ xấu của toàn hệ thống QTDND", I(ASOF)),
    F("Thái Bình (61 quỹ)", "61", 61, "count", "quỹ", "QTDND", I(ASOF), location="Thái Bình"),
    F("Nghệ An (52 quỹ)", "52", 52, "count", "quỹ", "QTDND", I(ASOF), location="Nghệ An"),
    F("Thanh Hóa (49 quỹ)", "49", 49, "count", "quỹ", "QTDND", I(ASOF), location="Thanh Hóa"),
    F("Hà Tĩnh (28 quỹ)", "28", 28, "count", "quỹ", "QTDND", I(ASOF), location="Hà Tĩnh"),
    F("Khoảng 88%", "88", 88, "percent", "%", "thành viên là hộ gia đình, cá nhân sinh sống ở khu vực nông thôn", approx="about"),
    F("từ 57 quỹ", "57", 57, "count", "quỹ", "quỹ phải đặt vào kiểm soát đặc biệt", P("năm 2018", "2018-01-01", "2018-12-31")),
    F("còn 24 quỹ", "24", 24, "count", "quỹ", "quỹ phải đặt vào kiểm soát đặc biệt", I(ASOF)),
    F("đó 9 quỹ", "9", 9, "count", "quỹ", "quỹ thuộc diện yếu kém kéo dài", I(ASOF), total=24),
    F("vốn 5.300 tỷ đồng", "5.300", 5300e9, "money", "đồng", "vốn Ngân hàng Hợp tác xã Việt Nam điều hòa cho QTDND",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("480 lượt", "480", 480, "count", "lượt QTDND", "lượt QTDND được điều hòa vốn", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ nợ xấu của hệ thống QTDND", T25, approx="under", status="target"),
    F("100% quỹ", "100", 100, "percent", "%", "quỹ yếu kém được xử lý dứt điểm", T25, status="target"),
]

COMMENTS = [
    "Ministry site (Ngân hàng Nhà nước Việt Nam): national QTDND system at 31/12/2023; 'Ngày đăng: 22/03/2024 | Lượt xem: 2.071'.",
    "Location 'Việt Nam' (cả nước); provinces in the bracketed list go to location. 'sau 30 năm' in the headline is a duration, not a figure.",
    "'giảm từ 57 quỹ năm 2018 xuống còn 24 quỹ' is not a range: two counts, 57 for năm 2018, 24 now; '9 quỹ' after 'trong đó' has total 24.",
    "'tăng 9,1%' has no baseline. Distractors: 'Quyết định số 689/QĐ-TTg', 'giai đoạn 2021-2025', 'số 32/2024/QH15', '1/7/2024', '49 Lý Thái Tổ'.",
]

if __name__ == "__main__":
    emit("p651-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")
