"""p696-7: Sở VH&TT Hà Nội department site, no dateline — biển quảng cáo tấm lớn by district, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO HÀ NỘI
Trang chủ / Quản lý quảng cáo / Số liệu thống kê

Biển quảng cáo tấm lớn tại một số quận, huyện

Năm 2023, Sở Văn hóa và Thể thao đã rà soát 2.184 phương tiện quảng cáo ngoài trời trên địa bàn 30 quận, huyện, thị xã; trong đó 1.632 phương tiện phù hợp quy hoạch, chiếm 74,7%. Số còn lại được yêu cầu điều chỉnh hoặc tháo dỡ trong năm 2024.

Theo Quy hoạch quảng cáo ngoài trời của thành phố, đến năm 2030 Hà Nội bố trí khoảng 1.350 vị trí biển quảng cáo tấm lớn; tính đến hết năm 2023 đã thực hiện 824 vị trí, đạt 61%. Trong năm 2023, Thanh tra Sở đã xử phạt 148 trường hợp vi phạm về quảng cáo với số tiền 2,35 tỷ đồng, riêng quận Cầu Giấy có 26 trường hợp.

Số lượng biển quảng cáo tấm lớn tại một số địa bàn
Đơn vị tính: biển

Quận, huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Cầu Giấy
146
158
165
Nam Từ Liêm
132
149
160
Long Biên
118
121
130
Gia Lâm
87
95
100

Năm 2023, số biển quảng cáo tấm lớn tại 4 địa bàn trên tăng 8,3% so với năm 2022. Thu ngân sách từ đấu giá quyền khai thác vị trí quảng cáo trên đất công năm 2023 đạt 27,4 tỷ đồng, đạt 114% dự toán.

Mọi thông tin xin liên hệ: Phòng Quản lý nghệ thuật và quảng cáo, số 47 Hàng Dầu, quận Hoàn Kiếm. Điện thoại: 024.3825.6789.

Tổng số lượt truy cập: 1.204.556
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Cầu Giấy", [146, 158, 165]), ("Nam Từ Liêm", [132, 149, 160]),
        ("Long Biên", [118, 121, 130]), ("Gia Lâm", [87, 95, 100])]

TABLE = []
for place, vals in ROWS:
    prev = place
    for (col, per, status), v in zip(COLS, vals):
        kw = {"status": status} if status else {}
        TABLE.append(F(f"{prev}\n{v}", str(v), v, "count", "biển", f"biển quảng cáo tấm lớn {col.lower()}", per,
                       location=place, **kw))
        prev = str(v)

assert sum(v[1] for _, v in ROWS) / sum(v[0] for _, v in ROWS) - 1 > 0.0825

FIGS = [
    F("rà soát 2.184 phương tiện", "2.184", 2184, "count", "phương tiện quảng cáo",
      "phương tiện quảng cáo ngoài trời được rà soát", Y23),
    F("địa bàn 30 quận", "30", 30, "count", "quận, huyện, thị xã", "quận, huyện, thị xã", optional=True),
    F("trong đó 1.632 phương tiện", "1.632", 1632, "count", "phương tiện", "phương tiện phù hợp quy hoạch", Y23,
      total=2184, percent=74.7),
    F("khoảng 1.350 vị trí", "1.350", 1350, "count", "vị trí", "vị trí biển quảng cáo tấm lớn bố trí theo quy hoạch",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
    F("thực hiện 824 vị trí", "824", 824, "count", "vị trí", "vị trí biển quảng cáo tấm lớn đã thực hiện",
      P("tính đến hết năm 2023", None, "2023-12-31"), percent=61),
    F("xử phạt 148 trường hợp", "148", 148, "count", "trường hợp", "trường hợp vi phạm về quảng cáo bị xử phạt", Y23),
    F("tiền 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "số tiền xử phạt vi phạm về quảng cáo", Y23),
    F("có 26 trường hợp", "26", 26, "count", "trường hợp", "trường hợp vi phạm về quảng cáo bị xử phạt", Y23,
      location="Cầu Giấy"),
] + TABLE + [
    F("tăng 8,3%", "8,3", 8.3, "percent", "%", "số biển quảng cáo tấm lớn tại 4 địa bàn trên",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 4 địa bàn", "4", 4, "count", "địa bàn", "địa bàn trong bảng", optional=True),
    F("đạt 27,4 tỷ đồng", "27,4", 27400000000, "money", "đồng",
      "thu ngân sách từ đấu giá quyền khai thác vị trí quảng cáo trên đất công",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=114),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao Hà Nội (department site): no dateline, so no `published`; footer counter `Tổng số lượt truy cập: 1.204.556`.",
    "One-cell-per-line table with `Đơn vị tính: biển`; columns Năm 2022 | Năm 2023 | Kế hoạch 2024; district rows go to location.",
    "Column header periods are scored (as shared h23 and set 469's p469-7); `Kế hoạch 2024` cells are status target.",
    "Not figures: `số 47 Hàng Dầu`, `024.3825.6789`, the counter, `năm 2024` (deadline). `30 quận, huyện, thị xã`, `4 địa bàn` optional.",
    "`đến năm 2030 … khoảng 1.350 vị trí` (the plan) is a target; `đạt 61%` is the share of 824. `riêng quận Cầu Giấy có 26 trường hợp`:",
    "`riêng` is none of the part cues FIGURES.md names, so no total; its place is Cầu Giấy.",
    "1.632 follows `trong đó` after 2.184 (total) and carries `chiếm 74,7%`. `tăng 8,3%` is a growth rate with no base amount: percent figure.",
]

if __name__ == "__main__":
    emit("p696-7", TEXT, COMMENTS, FIGS, location="Hà Nội")
