"""p1082-7: department site (Chi cục Chăn nuôi và Thú y Thái Bình), no dateline; livestock insurance, one-cell-per-line table."""
from lib import F, build, period, inherit, change, target

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH THÁI BÌNH
Trang chủ » Tin chuyên ngành » Chăn nuôi - Thú y
Bảo hiểm vật nuôi: số con được bảo hiểm tăng mạnh

Năm 2024, toàn tỉnh Thái Bình có 2.146 hộ chăn nuôi tham gia bảo hiểm vật nuôi, tăng 38,5% so với năm 2023; tổng phí bảo hiểm đạt 3,82 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 2,97 tỷ đồng, bằng 77,7% tổng phí. Đàn vật nuôi được bảo hiểm đạt 32.909 con, gấp 1,34 lần năm 2023.

Số con vật nuôi được bảo hiểm theo từng loại như sau:
Đơn vị tính: con
Loại vật nuôi
Năm 2023
Năm 2024
Kế hoạch 2025
Lợn thịt
21.450
28.730
35.000
Lợn nái
1.820
2.365
3.000
Bò
1.046
1.412
2.000
Trâu
318
402
500
Tổng số
24.634
32.909
40.500

Mức phí bảo hiểm bình quân là 95.000 đồng/con/năm đối với lợn thịt và 480.000 đồng/con/năm đối với bò. Năm 2024, các doanh nghiệp bảo hiểm đã bồi thường cho 1.274 con lợn và 36 con bò bị chết do dịch bệnh với tổng số tiền 2,15 tỷ đồng, bằng 56,3% phí bảo hiểm; thời gian giải quyết hồ sơ bồi thường bình quân 12 ngày.

Năm 2025, Chi cục phấn đấu 100% xã có cơ sở chăn nuôi lợn quy mô trên 500 con được tuyên truyền, vận động tham gia bảo hiểm; số con được bảo hiểm tăng thêm khoảng 23% so với năm 2024.

Chi cục Chăn nuôi và Thú y tỉnh Thái Bình
Địa chỉ: Số 8 đường Lê Quý Đôn, phường Tiền Phong, TP Thái Bình
Điện thoại: 0227.3831.547 - Fax: 0227.3836.209
Tổng lượt truy cập: 1.284.306 | Đang trực tuyến: 27
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")

ROWS = [("Lợn thịt", ["21.450", "28.730", "35.000"]),
        ("Lợn nái", ["1.820", "2.365", "3.000"]),
        ("Bò", ["1.046", "1.412", "2.000"]),
        ("Trâu", ["318", "402", "500"]),
        ("Tổng số", ["24.634", "32.909", "40.500"])]
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (ctext, per, st), cell in zip(COLS, cells):
            out.append(F(f"{prev}\n{cell}\n", cell, float(cell.replace(".", "")), "count", "con",
                         f"{label} được bảo hiểm {ctext}", status=st, period=per))
            prev = cell
    return out


FIGS = [
    F("có 2.146 hộ", "2.146", 2146, "count", "hộ", "hộ chăn nuôi tham gia bảo hiểm vật nuôi",
      change=change("increase", 38.5, "%", "năm 2023"), period=Y24),
    F("đạt 3,82 tỷ đồng", "3,82", 3.82e9, "money", "đồng", "tổng phí bảo hiểm vật nuôi", period=Y24),
    F("hỗ trợ 2,97 tỷ đồng", "2,97", 2.97e9, "money", "đồng", "ngân sách nhà nước hỗ trợ phí bảo hiểm",
      total=3.82e9, percent=77.7, period=Y24),
    F("đạt 32.909 con", "32.909", 32909, "count", "con", "đàn vật nuôi được bảo hiểm",
      change=change("increase", 1.34, "lần", "năm 2023"), period=inherit(Y24)),
] + table() + [
    F("là 95.000 đồng/con/năm", "95.000", 95000, "money", "đồng/con/năm", "mức phí bảo hiểm bình quân đối với lợn thịt"),
    F("và 480.000 đồng/con/năm", "480.000", 480000, "money", "đồng/con/năm", "mức phí bảo hiểm bình quân đối với bò"),
    F("cho 1.274 con lợn", "1.274", 1274, "count", "con", "lợn bị chết do dịch bệnh được bồi thường", period=Y24),
    F("và 36 con bò", "36", 36, "count", "con", "bò bị chết do dịch bệnh được bồi thường", period=Y24),
    F("số tiền 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "tổng số tiền bồi thường", percent=56.3, period=Y24),
    F("bình quân 12 ngày", "12", 12, "measure", "ngày", "thời gian giải quyết hồ sơ bồi thường bình quân", period=Y24),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã có cơ sở chăn nuôi lợn được tuyên truyền, vận động tham gia bảo hiểm",
      status="target", period=Y25),
    F("trên 500 con", "500", 500, "count", "con", "quy mô cơ sở chăn nuôi lợn", approx="over", optional=True),
    F("khoảng 23%", "23", 23, "percent", "%", "số con được bảo hiểm tăng thêm", approx="about",
      status="target", period=Y25),
]

build("p1082-7", TEXT, FIGS, location="Thái Bình", comments=[
    "Department site (Chi cục Chăn nuôi và Thú y Thái Bình), no dateline: footer address, phone, fax, visit counter.",
    "One-cell-per-line table (Đơn vị tính: con; Năm 2023 | Năm 2024 | Kế hoạch 2025): subject = row label + column; period from the column",
    "header (scored); Kế hoạch 2025 → target. No place column: location Thái Bình. The Tổng số row is its own figures; cells get no totals.",
    "'gấp 1,34 lần năm 2023' after 32.909 con → change (lần). 'tăng 38,5% so với năm 2023' → change of 2.146 hộ.",
    "'bằng 56,3% phí bảo hiểm' → percent of 2,15 tỷ. '12 ngày' is a duration stated as the claim (measure).",
    "'quy mô trên 500 con' is a category threshold: optional. 'tăng thêm khoảng 23% so với năm 2024' has no base amount: percent figure, target.",
    "Distractors: Số 8 đường Lê Quý Đôn, 0227.3831.547, 0227.3836.209, Tổng lượt truy cập 1.284.306, Đang trực tuyến 27.",
])
