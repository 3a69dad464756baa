"""p599-4: State Bank (NHNN) ministry site: national people's credit fund system, consumer lending against black credit."""
from lib import F, P, I, CH, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Trang chủ > Tin tức > Hoạt động ngân hàng

Hệ thống quỹ tín dụng nhân dân: Kênh vốn góp phần đẩy lùi "tín dụng đen" ở nông thôn

Ngày đăng: 14/03/2024 | Lượt xem: 2.051

Theo Cơ quan Thanh tra, giám sát ngân hàng, tính đến ngày 31/12/2023, cả nước có 1.179 quỹ tín dụng nhân dân (QTDND) hoạt động tại 57 tỉnh, thành phố, với hơn 1,6 triệu thành viên. Tổng tài sản của hệ thống đạt khoảng 192.500 tỷ đồng; vốn huy động đạt 168.400 tỷ đồng, tăng 9,2% so với năm 2022; dư nợ cho vay đạt 146.700 tỷ đồng, tăng 7,8%. Tỷ lệ nợ xấu được kiểm soát ở mức 1,4%.

Các địa phương có nhiều QTDND nhất là Thái Bình (98 quỹ), Nghệ An (84 quỹ) và Thanh Hóa (79 quỹ). Khoảng 85% dư nợ của hệ thống tập trung vào nông nghiệp, nông thôn, với khoản vay bình quân khoảng 180 triệu đồng/thành viên.

Ngân hàng Hợp tác xã Việt Nam (Co-opBank) hiện có 32 chi nhánh; năm 2023 đã cho 1.026 quỹ vay với tổng doanh số 12.450 tỷ đồng.

Bên cạnh đó, thực hiện Văn bản số 2298/NHNN-TD, đến ngày 29/2/2024, dư nợ cho vay tiêu dùng của toàn hệ thống tổ chức tín dụng đạt khoảng 2,6 triệu tỷ đồng, chiếm 19,8% tổng dư nợ nền kinh tế; trong đó dư nợ của 16 công ty tài chính tiêu dùng đạt hơn 165.000 tỷ đồng. Năm 2024, dư nợ cho vay của hệ thống QTDND dự kiến tăng khoảng 8%.

Giai đoạn 2021-2025, Ngân hàng Nhà nước đặt mục tiêu tỷ lệ nợ xấu của hệ thống QTDND dưới 3%; đến năm 2025 có ít nhất 1.200 quỹ hoạt động an toàn, hiệu quả.

Người dân có thể phản ánh hành vi cho vay trái phép qua số điện thoại 024.3936.6306 hoặc tại trụ sở 49 Lý Thái Tổ, Hoàn Kiếm, Hà Nội.
"""

PA = P("tính đến ngày 31/12/2023", None, "2023-12-31")
P23 = P("năm 2023", "2023-01-01", "2023-12-31")
PF = P("đến ngày 29/2/2024", None, "2024-02-29")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PG = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.179 quỹ", "1.179", 1179, "count", "quỹ tín dụng nhân dân",
      "quỹ tín dụng nhân dân hoạt động", PA),
    F("tại 57 tỉnh", "57", 57, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có quỹ tín dụng nhân dân hoạt động", PA),
    F("hơn 1,6 triệu thành viên", "1,6", 1.6e6, "count", "thành viên",
      "thành viên quỹ tín dụng nhân dân", PA, approx="over"),
    F("khoảng 192.500 tỷ đồng", "192.500", 192500e9, "money", "đồng",
      "tổng tài sản của hệ thống", I(PA), approx="about"),
    F("đạt 168.400 tỷ đồng", "168.400", 168400e9, "money", "đồng",
      "vốn huy động", I(PA),
      change=CH("increase", 9.2, "%", "năm 2022")),
    F("đạt 146.700 tỷ đồng", "146.700", 146700e9, "money", "đồng",
      "dư nợ cho vay", I(PA),
      change=CH("increase", 7.8, "%")),
    F("mức 1,4%", "1,4", 1.4, "percent", "%",
      "tỷ lệ nợ xấu", I(PA)),
    F("(98 quỹ)", "98", 98, "count", "quỹ",
      "QTDND", location="Thái Bình"),
    F("(84 quỹ)", "84", 84, "count", "quỹ",
      "QTDND", location="Nghệ An"),
    F("(79 quỹ)", "79", 79, "count", "quỹ",
      "QTDND", location="Thanh Hóa"),
    F("Khoảng 85% dư nợ", "85", 85, "percent", "%",
      "dư nợ của hệ thống tập trung vào nông nghiệp, nông thôn", approx="about"),
    F("khoảng 180 triệu đồng/thành viên", "180", 180e6, "money", "đồng/thành viên",
      "khoản vay bình quân", approx="about"),
    F("có 32 chi nhánh", "32", 32, "count", "chi nhánh",
      "chi nhánh Ngân hàng Hợp tác xã Việt Nam (Co-opBank)"),
    F("cho 1.026 quỹ", "1.026", 1026, "count", "quỹ",
      "quỹ được Co-opBank cho vay", P23),
    F("doanh số 12.450 tỷ đồng", "12.450", 12450e9, "money", "đồng",
      "tổng doanh số Co-opBank cho các quỹ vay", P23),
    F("khoảng 2,6 triệu tỷ đồng", "2,6", 2.6e15, "money", "đồng",
      "dư nợ cho vay tiêu dùng của toàn hệ thống tổ chức tín dụng", PF,
      approx="about", percent=19.8),
    F("của 16 công ty", "16", 16, "count", "công ty tài chính tiêu dùng",
      "công ty tài chính tiêu dùng", PF),
    F("hơn 165.000 tỷ đồng", "165.000", 165000e9, "money", "đồng",
      "dư nợ của các công ty tài chính tiêu dùng", PF, approx="over", total=2.6e15),
    F("tăng khoảng 8%", "8", 8, "percent", "%",
      "dư nợ cho vay của hệ thống QTDND tăng", P24, approx="about", status="forecast"),
    F("dưới 3%", "3", 3, "percent", "%",
      "tỷ lệ nợ xấu của hệ thống QTDND", PG, approx="under", status="target"),
    F("ít nhất 1.200 quỹ", "1.200", 1200, "count", "quỹ",
      "quỹ hoạt động an toàn, hiệu quả", P25, approx="at_least", status="target"),
]

COMMENTS = [
    "Ngân hàng Nhà nước site (breadcrumb, 'Ngày đăng: 14/03/2024 | Lượt xem: 2.051'): hệ thống QTDND cả nước 2023, cho vay tiêu dùng, mục tiêu 2025.",
    "National figures: location Việt Nam; the province list (Thái Bình, Nghệ An, Thanh Hóa) gives each item its province, the indicator as subject.",
    "'2,6 triệu tỷ đồng' = 2,6 x 10^15 (triệu x tỷ); 'chiếm 19,8%' its share; 'trong đó ... 165.000 tỷ đồng' a part of it (total 2,6e15).",
    "'tăng 7,8%' with no baseline stays a change of 146.700 tỷ. 'dự kiến tăng khoảng 8%' is a growth rate as the claim: percent, forecast.",
    "'dưới 3%' takes 'Giai đoạn 2021-2025'; 'ít nhất 1.200 quỹ' its own 'đến năm 2025'. Not figures: Văn bản số 2298/NHNN-TD, phone, '49 Lý Thái Tổ', Lượt xem.",
    "revised after first scoring: subjects follow the sentence's own words ('QTDND', 'vốn huy động', 'dư nợ cho vay', 'tỷ lệ nợ xấu') instead of an expanded/imported 'hệ thống quỹ tín dụng nhân dân'.",
]

if __name__ == "__main__":
    emit("p599-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
