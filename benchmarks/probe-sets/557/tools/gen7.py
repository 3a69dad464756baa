"""p557-7: Cục Hải quan tỉnh Quảng Ninh site, no dateline, import-export tax revenue, one-cell-per-line table."""
from lib import F, P, I, CH, B, emit

TEXT = """CỤC HẢI QUAN TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hải quan

Kết quả thu ngân sách từ hoạt động xuất nhập khẩu năm 2023

Năm 2023, Cục Hải quan tỉnh Quảng Ninh thu ngân sách nhà nước ước đạt 11.250 tỷ đồng, bằng 90% chỉ tiêu Bộ Tài chính giao, giảm 4,2% so với năm 2022. Số doanh nghiệp làm thủ tục qua địa bàn là 1.478 doanh nghiệp, tăng 96 doanh nghiệp so với năm trước.

Số thu theo sắc thuế
Đơn vị tính: tỷ đồng

Sắc thuế
Năm 2022
Ước thực hiện năm 2023
Kế hoạch năm 2024
Thuế xuất khẩu
412,5
380
400
Thuế nhập khẩu
2.305
2.118,6
2.250
Thuế giá trị gia tăng
8.764
8.420
9.100
Thuế bảo vệ môi trường
260
331,4
350

Kim ngạch xuất nhập khẩu qua địa bàn năm 2023 đạt khoảng 11,6 tỷ USD, trong đó xuất khẩu 4,3 tỷ USD. Hàng hóa qua các cửa khẩu đường bộ chiếm gần 45% tổng kim ngạch. Số thu của đơn vị đứng thứ 5 trong toàn ngành hải quan.

Nợ thuế quá hạn tại thời điểm 31/12/2023 là 18,7 tỷ đồng, giảm 2,9 tỷ đồng so với cuối năm 2022; nợ có khả năng thu chỉ còn 1,2 tỷ đồng. Trong năm, lực lượng kiểm soát phát hiện 312 vụ vi phạm, thu nộp ngân sách 26,8 tỷ đồng. Đơn vị cũng giải quyết hoàn thuế cho 215 hồ sơ với số tiền hơn 97,5 tỷ đồng.

Địa chỉ: Số 1 đường Hạ Long, phường Bãi Cháy, TP. Hạ Long. Điện thoại: 0203.3846.147
Tổng số lượt truy cập: 1.902.557
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
E23 = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tại thời điểm 31/12/2023", end="2023-12-31")

ROWS = [
    ("Thuế xuất khẩu", "412,5", "380", "400"),
    ("Thuế nhập khẩu", "2.305", "2.118,6", "2.250"),
    ("Thuế giá trị gia tăng", "8.764", "8.420", "9.100"),
    ("Thuế bảo vệ môi trường", "260", "331,4", "350"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đạt 11.250 tỷ đồng", "11.250", B(11250), "money", "đồng", "thu ngân sách nhà nước", Y23, percent=90,
      change=CH("decrease", 4.2, baseline="năm 2022"), status="estimate"),
    F("là 1.478 doanh nghiệp", "1.478", 1478, "count", "doanh nghiệp", "doanh nghiệp làm thủ tục qua địa bàn",
      I(Y23), change=CH("increase", 96, unit="doanh nghiệp", baseline="năm trước")),
]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, B(num(a)), "money", "đồng", f"{label} năm 2022", Y22))
    FIGS.append(F(f"{a}\n{b}\n", b, B(num(b)), "money", "đồng", f"{label} ước thực hiện năm 2023", E23, status="estimate"))
    FIGS.append(F(f"{b}\n{c}\n", c, B(num(c)), "money", "đồng", f"{label} kế hoạch năm 2024", K24, status="target"))

FIGS += [
    F("khoảng 11,6 tỷ USD", "11,6", 11_600_000_000, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn", Y23b,
      approx="about"),
    F("xuất khẩu 4,3 tỷ USD", "4,3", 4_300_000_000, "money", "USD", "xuất khẩu", Y23b, total=11_600_000_000),
    F("chiếm gần 45%", "45", 45, "percent", "%", "hàng hóa qua các cửa khẩu đường bộ trong tổng kim ngạch", I(Y23b),
      approx="nearly"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "số thu của đơn vị", I(Y23b)),
    F("là 18,7 tỷ đồng", "18,7", B(18.7), "money", "đồng", "nợ thuế quá hạn", ASOF,
      change=CH("decrease", B(2.9), unit="đồng", baseline="cuối năm 2022")),
    F("chỉ còn 1,2 tỷ đồng", "1,2", B(1.2), "money", "đồng", "nợ có khả năng thu", ASOF),
    F("phát hiện 312 vụ", "312", 312, "count", "vụ vi phạm", "vụ vi phạm", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("ngân sách 26,8 tỷ đồng", "26,8", B(26.8), "money", "đồng", "thu nộp ngân sách từ xử lý vi phạm",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("cho 215 hồ sơ", "215", 215, "count", "hồ sơ", "hồ sơ hoàn thuế được giải quyết"),
    F("hơn 97,5 tỷ đồng", "97,5", B(97.5), "money", "đồng", "số tiền hoàn thuế", approx="over"),
]

COMMENTS = [
    "Cục Hải quan tỉnh Quảng Ninh department site, no dateline (no published): thu NS từ hoạt động XNK năm 2023 (invented).",
    "One-cell-per-line table with 'Đơn vị tính: tỷ đồng': every numeric cell a figure; columns give the period and the status",
    "(Năm 2022 actual, Ước thực hiện năm 2023 estimate, Kế hoạch năm 2024 target); subject = row label + column.",
    "'tăng 96 doanh nghiệp', 'giảm 2,9 tỷ đồng' are amount changes (multiplier applied). 'Trong năm' = 2023 (nearest earlier year).",
    "revised after the first run: rank subject was 'số thu trong toàn ngành hải quan'; shared gold keeps the ranking scope out",
    "of a rank's subject (h04, 001, h18), so it is the indicator the sentence names: 'số thu của đơn vị'.",
    "Distractors: Số 1 đường Hạ Long, phone 0203.3846.147, 'Tổng số lượt truy cập: 1.902.557', menu line.",
]

if __name__ == "__main__":
    emit("p557-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
