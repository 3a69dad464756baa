"""p814-7: department site (Sở VHTTDL Đắk Lắk), no dateline: mobile library, 9 months 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Thư viện tỉnh đẩy mạnh phục vụ lưu động 9 tháng năm 2024

Trong 9 tháng năm 2024, Thư viện tỉnh đã tổ chức 64 chuyến xe thư viện lưu động đến các buôn, trường học vùng sâu, vùng xa, đạt 80% kế hoạch năm (80 chuyến); phục vụ 41.300 lượt bạn đọc, luân chuyển 96.500 lượt sách, báo. Trong đó, 38 chuyến phục vụ tại các trường tiểu học và trung học cơ sở.

Kết quả phục vụ lưu động theo quý:
Chỉ tiêu
Quý I
Quý II
Quý III
Cộng
Số chuyến xe (chuyến)
18
24
22
64
Lượt bạn đọc (lượt)
11.200
15.600
14.500
41.300
Lượt sách, báo luân chuyển (lượt)
26.800
35.900
33.800
96.500

Bên cạnh đó, Thư viện tỉnh bổ sung 7.850 bản sách mới, nâng tổng vốn tài liệu lên hơn 412.000 bản; số hóa 1.260 tài liệu địa chí. Hệ thống 15 thư viện cấp huyện và 184 thư viện, tủ sách cơ sở được luân chuyển 23.600 bản sách từ kho Thư viện tỉnh.

Dự kiến trong quý IV, Thư viện tỉnh tổ chức thêm 16 chuyến xe, tập trung tại các huyện Ea Súp, Buôn Đôn và Lắk, phấn đấu hoàn thành 100% kế hoạch năm.

Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk
Địa chỉ: số 09 Lê Duẩn, TP Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.417 - Fax: 0262.3852.418
Tổng lượt truy cập: 1.482.065
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q1 = P("Quý I", "2024-01-01", "2024-03-31")
Q2 = P("Quý II", "2024-04-01", "2024-06-30")
Q3 = P("Quý III", "2024-07-01", "2024-09-30")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
SUM = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

def row(cells, unit, label):
    out = []
    for (anchor, number, value), per, col in zip(cells, (Q1, Q2, Q3, SUM), ("quý I", "quý II", "quý III", "cộng")):
        out.append(F(anchor, number, value, "count", unit, f"{label} {col}", per))
    return out

FIGS = [
    F("tổ chức 64 chuyến", "64", 64, "count", "chuyến",
      "chuyến xe thư viện lưu động", M9, percent=80, target=T(80, "chuyến")),
    F("phục vụ 41.300 lượt", "41.300", 41300, "count", "lượt bạn đọc",
      "lượt bạn đọc được phục vụ lưu động", M9),
    F("luân chuyển 96.500 lượt", "96.500", 96500, "count", "lượt sách, báo",
      "lượt sách, báo luân chuyển", M9),
    F("38 chuyến", "38", 38, "count", "chuyến",
      "chuyến xe phục vụ tại trường tiểu học và trung học cơ sở", I(M9), total=64),
]
FIGS += row([("(chuyến)\n18", "18", 18), ("18\n24", "24", 24), ("24\n22", "22", 22),
             ("22\n64", "64", 64)], "chuyến", "số chuyến xe")
FIGS += row([("11.200", "11.200", 11200), ("15.600", "15.600", 15600), ("14.500", "14.500", 14500),
             ("14.500\n41.300", "41.300", 41300)], "lượt", "lượt bạn đọc")
FIGS += row([("26.800", "26.800", 26800), ("35.900", "35.900", 35900), ("33.800", "33.800", 33800),
             ("33.800\n96.500", "96.500", 96500)], "lượt", "lượt sách, báo luân chuyển")
FIGS += [
    F("bổ sung 7.850 bản", "7.850", 7850, "count", "bản sách", "bản sách mới bổ sung", I(M9)),
    F("hơn 412.000 bản", "412.000", 412000, "count", "bản", "tổng vốn tài liệu của Thư viện tỉnh",
      approx="over"),
    F("số hóa 1.260 tài liệu", "1.260", 1260, "count", "tài liệu", "tài liệu địa chí được số hóa", I(M9)),
    F("Hệ thống 15 thư viện", "15", 15, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    F("184 thư viện", "184", 184, "count", "thư viện, tủ sách cơ sở", "thư viện, tủ sách cơ sở"),
    F("luân chuyển 23.600 bản", "23.600", 23600, "count", "bản sách",
      "bản sách luân chuyển từ kho Thư viện tỉnh xuống thư viện cơ sở", I(M9)),
    F("thêm 16 chuyến", "16", 16, "count", "chuyến", "chuyến xe thư viện lưu động", Q4,
      status="forecast"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "kế hoạch năm về chuyến xe thư viện lưu động",
      P("năm", "2024-01-01", "2024-12-31", inh=True), status="target"),
]

NOTES = [
    "Sở VHTTDL Đắk Lắk site, no dateline (published absent): Thư viện tỉnh mobile library service, 9 months 2024; table one cell per line.",
    "Not figures: footer address 'số 09 Lê Duẩn', phone/fax 0262.3852.417/418, 'Tổng lượt truy cập: 1.482.065', menu items.",
    "'đạt 80% kế hoạch năm (80 chuyến)' after 64 chuyến: percent 80 and target 80 (the plan is the bracketed number).",
    "Table cells (header cells Chỉ tiêu / Quý I / Quý II / Quý III / Cộng, then each row's label and cells): period from the quarter",
    "column headers (year 2024 from the headline/lead), scored; the 'Cộng' column inherits '9 tháng năm 2024'. Unit from the row label bracket.",
    "'Trong đó, 38 chuyến' (new sentence) is a part of the 64 chuyến before the cue: total 64, period inherited.",
    "Stock figures (412.000 bản, 15 and 184 thư viện) get no period; the 7.850, 1.260 and 23.600 flows inherit the 9-month period.",
    "'Dự kiến trong quý IV' -> forecast 16 chuyến; 'phấn đấu hoàn thành 100% kế hoạch năm' -> target.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Đắk Lắk")
