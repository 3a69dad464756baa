"""p812-7: Sở NN&PTNT Hòa Bình site, no dateline; mận tam hoa Pà Cò - Hang Kia; one-cell-per-line table."""
from lib import F, P, Y, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển vùng mận tam hoa Pà Cò, Hang Kia gắn với du lịch

Những năm gần đây, cây mận tam hoa đã trở thành cây trồng chủ lực của các xã vùng cao huyện Mai Châu. Năm 2023, toàn tỉnh có 1.045 ha mận, tăng 6,5% so với năm 2022; sản lượng đạt 6.820 tấn. Diện tích, sản lượng mận theo huyện như sau:

Đơn vị tính: ha, tấn
Huyện
Diện tích năm 2022
Diện tích năm 2023
Sản lượng năm 2023
Mai Châu
640
690
4.750
Đà Bắc
185
196
1.120
Tân Lạc
156
159
950
Toàn tỉnh
981
1.045
6.820

Mận tam hoa Mai Châu có năng suất bình quân 7,2 tấn/ha, giá bán tại vườn 15.000-22.000 đồng/kg. Năm 2023, hai xã Pà Cò và Hang Kia đón khoảng 52.000 lượt khách đến ngắm hoa mận, trải nghiệm hái quả; doanh thu từ dịch vụ du lịch đạt trên 18 tỷ đồng. Hiện toàn tỉnh có 5 mã số vùng trồng mận với diện tích 210 ha.

Năm 2024, Sở phấn đấu cấp thêm 3 mã số vùng trồng mận với tổng diện tích 120 ha, hỗ trợ 50 hộ làm homestay theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh.

Địa chỉ: Số 505 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình
Điện thoại: 0218.3852.231 - Email: snnptnt@hoabinh.gov.vn
Lượt truy cập: 1.284.560
"""

NOTES = [
    "Sở NN&PTNT Hòa Bình (no dateline): mận tam hoa — diện tích, sản lượng theo huyện (one-cell-per-line table), năng suất, giá, du lịch Pà Cò - Hang Kia, mã số vùng trồng, kế hoạch 2024.",
    "No date of its own: published absent. 'Nghị quyết số 12/2021/NQ-HĐND', 'Số 505 đường Trần Hưng Đạo', phone, 'Lượt truy cập: 1.284.560' are not figures.",
    "Table cells: subject from the column label, period from the column header (scored), district row → location, 'Toàn tỉnh' → Hòa Bình; no totals on cells.",
    "revised: 'hai xã Pà Cò và Hang Kia' added as optional (a count that only enumerates the named communes; cf. 'cả 03 khối' in the shared gold).",
    "Pà Cò, Hang Kia lie in Mai Châu: their figures → Mai Châu. The 2024 plan ('phấn đấu') continues into 'hỗ trợ 50 hộ': target.",
]

y22, y23 = Y("năm 2022", 2022), Y("năm 2023", 2023)
FIGS = [
    F("có 1.045 ha mận", "1.045", 1045, "measure", "ha", "diện tích mận", Y("Năm 2023", 2023),
      change=C("increase", 6.5, "%", "năm 2022")),
    F("đạt 6.820 tấn", "6.820", 6820, "measure", "tấn", "sản lượng mận", Y("Năm 2023", 2023)),
]
rows = [("Mai Châu", "640", "690", "4.750"), ("Đà Bắc", "185", "196", "1.120"),
        ("Tân Lạc", "156", "159", "950"), ("Toàn tỉnh", "981", "1.045", "6.820")]
num = lambda s: float(s.replace(".", ""))
for name, a, b, c in rows:
    loc = "Hòa Bình" if name == "Toàn tỉnh" else name
    FIGS += [
        F(f"{name}\n{a}\n", a, num(a), "measure", "ha", "diện tích mận", Y("Diện tích năm 2022", 2022), location=loc),
        F(f"\n{a}\n{b}\n", b, num(b), "measure", "ha", "diện tích mận", Y("Diện tích năm 2023", 2023), location=loc),
        F(f"\n{b}\n{c}\n", c, num(c), "measure", "tấn", "sản lượng mận", Y("Sản lượng năm 2023", 2023), location=loc),
    ]
FIGS += [
    F("bình quân 7,2 tấn/ha", "7,2", 7.2, "measure", "tấn/ha", "năng suất bình quân mận tam hoa", location="Mai Châu"),
    F("vườn 15.000-22.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá bán mận tam hoa tại vườn",
      value_max=22000, location="Mai Châu"),
    F("hai xã Pà Cò", "hai", 2, "count", "xã", "xã đón khách ngắm hoa mận", Y("Năm 2023", 2023), location="Mai Châu",
      optional=True),
    F("khoảng 52.000 lượt khách", "52.000", 52000, "count", "lượt khách", "lượt khách đến ngắm hoa mận, trải nghiệm hái quả",
      Y("Năm 2023", 2023), approx="about", location="Mai Châu"),
    F("trên 18 tỷ đồng", "18", 18e9, "money", "đồng", "doanh thu từ dịch vụ du lịch", Y("Năm 2023", 2023),
      approx="over", location="Mai Châu"),
    F("có 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng mận"),
    F("diện tích 210 ha", "210", 210, "measure", "ha", "diện tích mã số vùng trồng mận"),
    F("thêm 3 mã số", "3", 3, "count", "mã số vùng trồng", "mã số vùng trồng mận cấp thêm", Y("Năm 2024", 2024),
      status="target"),
    F("tổng diện tích 120 ha", "120", 120, "measure", "ha", "diện tích mã số vùng trồng mận cấp thêm", Y("Năm 2024", 2024),
      status="target"),
    F("hỗ trợ 50 hộ", "50", 50, "count", "hộ", "hộ được hỗ trợ làm homestay", Y("Năm 2024", 2024), status="target"),
]

if __name__ == "__main__":
    write("p812-7", TEXT, NOTES, FIGS, published=None, location="Hòa Bình")
