"""p549-8: commune portal (xã Vũ Hội, huyện Vũ Thư, Thái Bình), people's credit fund annual meeting 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HỘI - HUYỆN VŨ THƯ - TỈNH THÁI BÌNH
Tin tức - Sự kiện
Đăng ngày: 12/03/2024 | Người đăng: Ban biên tập

Quỹ tín dụng nhân dân Vũ Hội tổ chức Đại hội thành viên thường niên năm 2024

Ngày 9/3, Quỹ tín dụng nhân dân (QTDND) xã Vũ Hội tổ chức Đại hội thành viên thường niên lần thứ 29, tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024. Dự đại hội có 312 đại biểu đại diện cho 3.126 thành viên của Quỹ.

Được thành lập từ năm 1995, đến nay Quỹ đã trở thành địa chỉ tin cậy của người dân 5 thôn trong xã. Năm 2023, Quỹ kết nạp thêm 84 thành viên mới.

Tính đến 31/12/2023, tổng nguồn vốn hoạt động của Quỹ đạt 186,4 tỷ đồng, tăng 9,7% so với năm 2022; trong đó vốn điều lệ 4,82 tỷ đồng, tiền gửi tiết kiệm của dân cư 168,9 tỷ đồng, chiếm 90,6% tổng nguồn vốn.

Tổng dư nợ cho vay đạt 152,7 tỷ đồng với 1.948 món vay, chủ yếu cho phát triển sản xuất, kinh doanh và tiêu dùng; nợ xấu chiếm 0,21%. Lợi nhuận trước thuế đạt 2,36 tỷ đồng, bằng 107,3% kế hoạch; mức chi trả lãi vốn góp cho thành viên là 8,5%/năm. Lãi suất cho vay bình quân 0,78%/tháng.

Năm 2024, Quỹ phấn đấu tổng nguồn vốn tăng 8-10%, dư nợ đạt 165 tỷ đồng, kết nạp thêm 100 thành viên mới, tỷ lệ nợ xấu dưới 0,5%.

Đại hội đã bầu bổ sung 01 thành viên Hội đồng quản trị và thông qua phương án phân phối lợi nhuận theo Điều 31 Điều lệ Quỹ.

Mọi thông tin xin liên hệ: QTDND Vũ Hội, thôn Vũ Hội 2; điện thoại 0227.3827.188.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SRC = 186_400_000_000

FIGS = [
    F("có 312 đại biểu", "312", 312, "count", "đại biểu", "đại biểu dự đại hội"),
    F("cho 3.126 thành viên", "3.126", 3126, "count", "thành viên", "thành viên của Quỹ"),
    F("người dân 5 thôn", "5", 5, "count", "thôn", "thôn trong xã", optional=True),
    F("thêm 84 thành viên", "84", 84, "count", "thành viên", "thành viên mới kết nạp thêm", Y23),
    F("đạt 186,4 tỷ đồng", "186,4", SRC, "money", "đồng", "tổng nguồn vốn hoạt động của Quỹ", ASOF,
      change=CH("increase", 9.7, "%", "năm 2022")),
    F("lệ 4,82 tỷ đồng", "4,82", 4_820_000_000, "money", "đồng", "vốn điều lệ", ASOF, total=SRC),
    F("cư 168,9 tỷ đồng", "168,9", 168_900_000_000, "money", "đồng", "tiền gửi tiết kiệm của dân cư", ASOF,
      total=SRC, percent=90.6),
    F("đạt 152,7 tỷ đồng", "152,7", 152_700_000_000, "money", "đồng", "tổng dư nợ cho vay", I(ASOF)),
    F("với 1.948 món vay", "1.948", 1948, "count", "món vay", "món vay", I(ASOF)),
    F("chiếm 0,21%", "0,21", 0.21, "percent", "%", "nợ xấu", I(ASOF)),
    F("đạt 2,36 tỷ đồng", "2,36", 2_360_000_000, "money", "đồng", "lợi nhuận trước thuế", I(Y23), percent=107.3),
    F("là 8,5%/năm", "8,5", 8.5, "percent", "%", "mức chi trả lãi vốn góp cho thành viên", I(Y23)),
    F("bình quân 0,78%/tháng", "0,78", 0.78, "percent", "%", "lãi suất cho vay bình quân", I(Y23)),
    F("tăng 8-10%", "8", 8, "percent", "%", "tổng nguồn vốn", Y24, value_max=10, status="target"),
    F("đạt 165 tỷ đồng", "165", 165_000_000_000, "money", "đồng", "dư nợ", Y24, status="target"),
    F("thêm 100 thành viên", "100", 100, "count", "thành viên", "thành viên mới kết nạp thêm", Y24, status="target"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ nợ xấu", Y24, approx="under", status="target"),
    F("bổ sung 01 thành viên", "01", 1, "count", "thành viên", "thành viên Hội đồng quản trị được bầu bổ sung"),
]

COMMENTS = [
    "Cổng TTĐT xã Vũ Hội (huyện Vũ Thư, Thái Bình): Đại hội thành viên thường niên QTDND Vũ Hội (invented, probe set 549).",
    "'Đăng ngày: 12/03/2024' gives published. A commune is not a province, city or district: location is its district Vũ Thư.",
    "Not figures: 'lần thứ 29' (ordinal), 'Ngày 9/3', 'từ năm 1995', 'Điều 31 Điều lệ', 'thôn Vũ Hội 2', phone 0227.3827.188.",
    "'5 thôn trong xã' describes the commune (optional). 'trong đó' parts (vốn điều lệ, tiền gửi) take the total 186,4 tỷ.",
    "'nợ xấu chiếm 0,21%' has no amount of its own: a percent figure, not the percent of 152,7 tỷ.",
    "'bằng 107,3% kế hoạch' is the percent of 2,36 tỷ. Rates '%/năm', '%/tháng' are percent figures with unit '%'.",
    "'Năm 2024, Quỹ phấn đấu ...' governs all four clauses: status target, period năm 2024.",
]

if __name__ == "__main__":
    emit("p549-8", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Vũ Thư")
