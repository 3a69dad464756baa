"""p651-1: province portal (Thái Bình), QTDND system at 30/6/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hệ thống quỹ tín dụng nhân dân: dư nợ đạt gần 8.900 tỷ đồng

Cập nhật: 16/07/2024 10:25
Lượt xem: 3.148

Theo Ngân hàng Nhà nước Chi nhánh tỉnh Thái Bình, tính đến ngày 30/6/2024, toàn tỉnh có 61 quỹ tín dụng nhân dân (QTDND) hoạt động tại 7 huyện, thành phố với 168.420 thành viên, tăng 2.315 thành viên so với cuối năm 2023, bình quân 9,1 thành viên/100 dân. Tổng vốn điều lệ của hệ thống đạt 312,6 tỷ đồng; nguồn vốn huy động đạt 10.245 tỷ đồng, tăng 6,8% so với đầu năm, chiếm 89,4% tổng nguồn vốn hoạt động.

Tổng dư nợ cho vay đạt 8.876 tỷ đồng, tăng 4,2% so với đầu năm; trong đó dư nợ cho vay phục vụ sản xuất nông nghiệp, nông thôn là 5.214 tỷ đồng, chiếm 58,7%. Nợ xấu toàn hệ thống là 71,5 tỷ đồng, chiếm 0,81% tổng dư nợ.

Các quỹ tập trung chủ yếu ở huyện Vũ Thư (12 quỹ), Kiến Xương (11 quỹ), Tiền Hải (10 quỹ) và Đông Hưng (9 quỹ). Có 54/61 quỹ được xếp loại tốt và khá; 2 quỹ đang được đặt trong tình trạng kiểm soát đặc biệt, giảm 1 quỹ so với cuối năm 2023.

Trong 6 tháng đầu năm 2024, Chi nhánh đã thanh tra, kiểm tra tại chỗ 14 QTDND, đưa ra 23 kiến nghị chấn chỉnh, xử phạt vi phạm hành chính 3 quỹ với tổng số tiền 145 triệu đồng.

Phấn đấu đến năm 2025, tỷ lệ nợ xấu của hệ thống QTDND dưới 1,5%, 100% quỹ duy trì tỷ lệ an toàn vốn tối thiểu 8%.

Phòng Thanh tra, giám sát ngân hàng - số 2 Lê Lợi, TP. Thái Bình. Điện thoại: 0227.3831.562.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("gần 8.900 tỷ đồng", "8.900", 8.9e12, "money", "đồng", "dư nợ hệ thống quỹ tín dụng nhân dân", I(ASOF), approx="nearly"),
    F("có 61 quỹ", "61", 61, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân (QTDND) hoạt động", ASOF),
    F("tại 7 huyện", "7", 7, "count", "huyện, thành phố", "huyện, thành phố có QTDND hoạt động", ASOF),
    F("168.420 thành viên", "168.420", 168420, "count", "thành viên", "thành viên QTDND", ASOF,
      change=CH("increase", 2315, "thành viên", "cuối năm 2023")),
    F("9,1 thành viên/100 dân", "9,1", 9.1, "measure", "thành viên/100 dân", "thành viên QTDND bình quân trên 100 dân", ASOF),
    F("đạt 312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng", "tổng vốn điều lệ của hệ thống QTDND", I(ASOF)),
    F("đạt 10.245 tỷ đồng", "10.245", 10245e9, "money", "đồng", "nguồn vốn huy động", I(ASOF),
      percent=89.4, change=CH("increase", 6.8, "%", "đầu năm")),
    F("đạt 8.876 tỷ đồng", "8.876", 8876e9, "money", "đồng", "tổng dư nợ cho vay", I(ASOF),
      change=CH("increase", 4.2, "%", "đầu năm")),
    F("là 5.214 tỷ đồng", "5.214", 5214e9, "money", "đồng", "dư nợ cho vay phục vụ sản xuất nông nghiệp, nông thôn", I(ASOF),
      total=8876e9, percent=58.7),
    F("là 71,5 tỷ đồng", "71,5", 71.5e9, "money", "đồng", "nợ xấu toàn hệ thống", I(ASOF), percent=0.81),
    F("Vũ Thư (12 quỹ)", "12", 12, "count", "quỹ", "quỹ tín dụng nhân dân", I(ASOF), location="Vũ Thư"),
    F("Kiến Xương (11 quỹ)", "11", 11, "count", "quỹ", "quỹ tín dụng nhân dân", I(ASOF), location="Kiến Xương"),
    F("Tiền Hải (10 quỹ)", "10", 10, "count", "quỹ", "quỹ tín dụng nhân dân", I(ASOF), location="Tiền Hải"),
    F("Đông Hưng (9 quỹ)", "9", 9, "count", "quỹ", "quỹ tín dụng nhân dân", I(ASOF), location="Đông Hưng"),
    F("Có 54/61 quỹ", "54", 54, "count", "quỹ", "quỹ được xếp loại tốt và khá", I(ASOF), total=61),
    F("; 2 quỹ đang", "2", 2, "count", "quỹ", "quỹ đang được đặt trong tình trạng kiểm soát đặc biệt", I(ASOF),
      change=CH("decrease", 1, "quỹ", "cuối năm 2023")),
    F("chỗ 14 QTDND", "14", 14, "count", "QTDND", "QTDND được thanh tra, kiểm tra tại chỗ", H1),
    F("23 kiến nghị", "23", 23, "count", "kiến nghị", "kiến nghị chấn chỉnh", H1),
    F("chính 3 quỹ", "3", 3, "count", "quỹ", "quỹ bị xử phạt vi phạm hành chính", H1),
    F("145 triệu đồng", "145", 145e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1),
    F("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ nợ xấu của hệ thống QTDND", T25, approx="under", status="target"),
    F("100% quỹ", "100", 100, "percent", "%", "quỹ duy trì tỷ lệ an toàn vốn tối thiểu 8%", T25, status="target"),
    F("tối thiểu 8%", "8", 8, "percent", "%", "tỷ lệ an toàn vốn", T25, approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Province portal (Thái Bình): QTDND system at 30/6/2024 (breadcrumb, 'Cập nhật:' line, 'Lượt xem:' counter).",
    "Headline figure inherits the lead's as-of date. 'tăng 2.315 thành viên' is the change of 168.420; 'chiếm 89,4%' the share of 10.245 tỷ.",
    "5.214 tỷ follows 'trong đó' after 8.876 tỷ (total). District list in brackets: location = district, subject = the list's indicator.",
    "'tối thiểu 8%' is the regulatory floor named inside the 100% target: optional. Distractors: counter 3.148, 'số 2 Lê Lợi', phone.",
]

if __name__ == "__main__":
    emit("p651-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Thái Bình")
