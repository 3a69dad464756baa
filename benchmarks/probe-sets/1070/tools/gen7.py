"""p1070-7: Chi cục Kiểm lâm Trà Vinh (department site, no dateline), one-cell-per-line table."""
from lib import F, P, C, T, write

ROWS = [("Huyện Cầu Ngang", "Cầu Ngang", ["1.236", "1.258", "1.290"]),
        ("Huyện Duyên Hải", "Duyên Hải", ["2.874", "2.915", "2.960"]),
        ("Thị xã Duyên Hải", "Duyên Hải", ["1.652", "1.671", "1.700"]),
        ("Toàn tỉnh", "Trà Vinh", ["5.762", "5.844", "5.950"])]
COLS = [("Năm 2022", "2022", "actual"), ("Năm 2023", "2023", "actual"), ("Kế hoạch 2024", "2024", "target")]

TABLE = "\n".join(["Diện tích rừng phòng hộ ven biển theo địa phương", "Đơn vị tính: ha", "Địa phương"]
                  + [c[0] for c in COLS]
                  + [line for label, _, cells in ROWS for line in [label] + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
CHI CỤC KIỂM LÂM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Rừng phòng hộ ven biển - lá chắn xanh bảo vệ đê biển

Tỉnh Trà Vinh có 65 km bờ biển và hơn 61 km đê biển, đê cửa sông. Rừng phòng hộ ven biển tập trung tại các huyện Cầu Ngang, Duyên Hải và thị xã Duyên Hải, giúp giảm sóng, bảo vệ đê và sản xuất của người dân.

""" + TABLE + """

Năm 2023, toàn tỉnh trồng mới 82 ha rừng ngập mặn ven biển, tăng 19 ha so với năm 2022; tỷ lệ che phủ rừng và cây phân tán đạt 4,2%. Từ đầu năm đến tháng 9/2024, đã trồng được 64/106 ha kế hoạch năm, đạt 60,4%; chi phí trồng rừng ngập mặn bình quân khoảng 95 triệu đồng/ha.

Bên cạnh trồng rừng, tỉnh đã đầu tư 3 công trình kè chống sạt lở bờ biển tại các xã Hiệp Thạnh và Trường Long Hòa (thị xã Duyên Hải) với tổng chiều dài 5,6 km, tổng kinh phí 420 tỷ đồng. Nhờ hệ thống đê, kè và rừng phòng hộ, khoảng 1.500 hộ dân ven biển không còn bị ngập khi triều cường.

CHI CỤC KIỂM LÂM TỈNH TRÀ VINH
Địa chỉ: Số 99A Nguyễn Đáng, phường 7, thành phố Trà Vinh
Điện thoại: 0294.3862.417 | Email: ccklem@travinh.gov.vn
Tổng lượt truy cập: 1.284.506 | Đang trực tuyến: 37
"""


def table():
    out = []
    for label, place, cells in ROWS:
        for i, cell in enumerate(cells):
            head, year, status = COLS[i]
            anchor = "\n".join([label] + cells[:i + 1])
            subj = "diện tích rừng phòng hộ ven biển" + (" kế hoạch" if status == "target" else "")
            out.append(F(anchor, cell, float(cell.replace(".", "")), "measure", "ha", subj, status=status,
                         period=P(head, f"{year}-01-01", f"{year}-12-31"), location=place))
    return out


FIGS = [
    F("có 65 km bờ biển", "65", 65, "measure", "km", "bờ biển tỉnh Trà Vinh"),
    F("hơn 61 km", "61", 61, "measure", "km", "đê biển, đê cửa sông", approx="over"),
] + table() + [
    F("trồng mới 82 ha", "82", 82, "measure", "ha", "rừng ngập mặn ven biển trồng mới",
      change=C("increase", 19, "ha", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ che phủ rừng và cây phân tán",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("được 64/106 ha", "64", 64, "measure", "ha", "rừng trồng được", percent=60.4, target=T(106, "ha"),
      period=P("Từ đầu năm đến tháng 9/2024", "2024-01-01", "2024-09-30")),
    F("khoảng 95 triệu đồng/ha", "95", 95e6, "money", "đồng/ha", "chi phí trồng rừng ngập mặn bình quân",
      approx="about"),
    F("đầu tư 3 công trình", "3", 3, "count", "công trình", "công trình kè chống sạt lở bờ biển", location="Duyên Hải"),
    F("dài 5,6 km", "5,6", 5.6, "measure", "km", "tổng chiều dài kè chống sạt lở", location="Duyên Hải"),
    F("phí 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng kinh phí kè chống sạt lở", location="Duyên Hải"),
    F("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ dân ven biển không còn bị ngập khi triều cường",
      approx="about"),
]

NOTES = [
    "Chi cục Kiểm lâm Trà Vinh department page (invented): no dateline, so no published; footer address 'Số 99A Nguyễn Đáng,",
    "phường 7', phone '0294.3862.417', 'Tổng lượt truy cập: 1.284.506', 'Đang trực tuyến: 37' are page furniture.",
    "One-cell-per-line table (Đơn vị tính: ha): every cell a measure in ha; the place column goes to location (huyện and thị xã",
    "Duyên Hải both read 'Duyên Hải'; 'Toàn tỉnh' -> Trà Vinh); periods from the column headers (scored); 'Kế hoạch 2024' -> target.",
    "'64/106 ha kế hoạch năm, đạt 60,4%': 106 is the plan (target attribute), 60,4% the percent. The 'tăng 19 ha' is a change in ha.",
    "The kè works stand in two communes of thị xã Duyên Hải: location Duyên Hải.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Trà Vinh")
