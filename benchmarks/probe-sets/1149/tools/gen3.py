"""p1149-3: formal report (UBND tỉnh Lai Châu), cold-water fish 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LAI CHÂU
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển nuôi cá nước lạnh năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, sản lượng
Năm 2023, toàn tỉnh có 54 cơ sở nuôi cá nước lạnh, tăng 6 cơ sở so với năm 2022, tổng thể tích bể nuôi 38.600 m3. Sản lượng cá thương phẩm ước đạt 812 tấn, bằng 101,5% kế hoạch, trong đó cá hồi 498 tấn, cá tầm 314 tấn.

2. Kết quả theo địa bàn
Đơn vị tính: cơ sở; m3; tấn
Huyện | Số cơ sở | Thể tích bể (m3) | Sản lượng ước đạt (tấn)
Tam Đường | 21 | 15.200 | 335
Sìn Hồ | 14 | 9.800 | 198
Phong Thổ | 11 | 8.100 | 176
Các huyện khác | 8 | 5.500 | 103
Tổng cộng | 54 | 38.600 | 812

3. Giá bán, doanh thu, lao động
Giá cá hồi bán tại cơ sở từ 200.000 đến 230.000 đồng/kg, giảm khoảng 10% so với năm 2022 do cạnh tranh với cá hồi nhập khẩu; cá tầm từ 160.000 đến 180.000 đồng/kg. Doanh thu ước đạt 162 tỷ đồng. Các cơ sở sử dụng 386 lao động, trong đó 291 người là đồng bào dân tộc thiểu số.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng cá nước lạnh đạt 900 tấn; tăng thêm 4.000 m3 thể tích bể nuôi; hỗ trợ 5 cơ sở áp dụng quy trình VietGAP.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"cs": ("Số cơ sở", "count", "cơ sở", 1, {}),
        "tt": ("Thể tích bể", "measure", "m3", 1, {}),
        "sl": ("Sản lượng ước đạt", "measure", "tấn", 1, {"status": "estimate"})}


def cell(anchor, number, value, row, col, place=None):
    label, kind, unit, _, kw = COLS[col]
    subject = label if place else f"{label} {row}"
    extra = dict(kw)
    if place:
        extra["location"] = place
    return F(anchor, number, value, kind, unit, subject=subject, period=I(Y23), **extra)


FIGS = [
    F("có 54 cơ sở", "54", 54, "count", "cơ sở", change=C("increase", 6, "cơ sở", "năm 2022"),
      subject="cơ sở nuôi cá nước lạnh", period=Y23),
    F("bể nuôi 38.600 m3", "38.600", 38600, "measure", "m3", subject="tổng thể tích bể nuôi", period=Y23),
    F("ước đạt 812 tấn", "812", 812, "measure", "tấn", percent=101.5, status="estimate",
      subject="sản lượng cá thương phẩm", period=I(Y23)),
    F("cá hồi 498 tấn", "498", 498, "measure", "tấn", total=812, status="estimate",
      subject="sản lượng cá hồi", period=I(Y23)),
    F("cá tầm 314 tấn", "314", 314, "measure", "tấn", total=812, status="estimate",
      subject="sản lượng cá tầm", period=I(Y23)),
    cell("Tam Đường | 21", "21", 21, "Tam Đường", "cs", "Tam Đường"),
    cell("21 | 15.200", "15.200", 15200, "Tam Đường", "tt", "Tam Đường"),
    cell("15.200 | 335", "335", 335, "Tam Đường", "sl", "Tam Đường"),
    cell("Sìn Hồ | 14", "14", 14, "Sìn Hồ", "cs", "Sìn Hồ"),
    cell("14 | 9.800", "9.800", 9800, "Sìn Hồ", "tt", "Sìn Hồ"),
    cell("9.800 | 198", "198", 198, "Sìn Hồ", "sl", "Sìn Hồ"),
    cell("Phong Thổ | 11", "11", 11, "Phong Thổ", "cs", "Phong Thổ"),
    cell("11 | 8.100", "8.100", 8100, "Phong Thổ", "tt", "Phong Thổ"),
    cell("8.100 | 176", "176", 176, "Phong Thổ", "sl", "Phong Thổ"),
    cell("khác | 8", "8", 8, "các huyện khác", "cs"),
    cell("8 | 5.500", "5.500", 5500, "các huyện khác", "tt"),
    cell("5.500 | 103", "103", 103, "các huyện khác", "sl"),
    cell("Tổng cộng | 54", "54", 54, "tổng cộng", "cs"),
    cell("54 | 38.600", "38.600", 38600, "tổng cộng", "tt"),
    cell("38.600 | 812", "812", 812, "tổng cộng", "sl"),
    F("từ 200.000 đến 230.000", "200.000", 200000, "money", "đồng/kg", value_max=230000,
      change=C("decrease", 10, "%", "năm 2022", approx="about"),
      subject="giá cá hồi bán tại cơ sở", period=I(Y23)),
    F("từ 160.000 đến 180.000", "160.000", 160000, "money", "đồng/kg", value_max=180000,
      subject="giá cá tầm bán tại cơ sở", period=I(Y23)),
    F("ước đạt 162 tỷ", "162", 162000000000, "money", "đồng", status="estimate",
      subject="doanh thu", period=I(Y23)),
    F("sử dụng 386 lao động", "386", 386, "count", "lao động", subject="lao động các cơ sở sử dụng",
      period=I(Y23)),
    F("291 người", "291", 291, "count", "người", total=386,
      subject="lao động là đồng bào dân tộc thiểu số", period=I(Y23)),
    F("đạt 900 tấn", "900", 900, "measure", "tấn", status="target", subject="sản lượng cá nước lạnh",
      period=Y24),
    F("thêm 4.000 m3", "4.000", 4000, "measure", "m3", status="target",
      subject="thể tích bể nuôi tăng thêm", period=Y24),
    F("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", status="target",
      subject="cơ sở được hỗ trợ áp dụng quy trình VietGAP", period=Y24),
]

NOTES = [
    "Formal report: UBND TỈNH LAI CHÂU, 'Số: 318/BC-UBND', 'Lai Châu, ngày 18 tháng 12 năm 2023', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number 318, section numbers, 'VietGAP', the date line. Flattened '|' table by district:",
    "cells of a district row take the district as location and the column label as subject; 'Các huyện khác' and 'Tổng cộng' stay",
    "in the subject (not places). Column 'Sản lượng ước đạt' gives status estimate. Table periods come from the report year (inherited).",
    "'ước đạt 812 tấn ..., trong đó cá hồi 498 tấn, cá tầm 314 tấn': the parts continue the estimate clause, so estimate too.",
    "'giảm khoảng 10%' follows the salmon price only (the sturgeon price stands after ';').",
]

if __name__ == "__main__":
    write("p1149-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Lai Châu")
