"""p770-7: Sở NN&PTNT Vĩnh Phúc site, no dateline — winter crop 2023 with a one-cell-per-line table."""
from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH VĨNH PHÚC
Trang chủ / Trồng trọt / Tin chuyên ngành

Kết quả sản xuất vụ đông năm 2023: diện tích vượt kế hoạch 4,7%

Vụ đông năm 2023, toàn tỉnh Vĩnh Phúc gieo trồng 11.520 ha cây vụ đông, vượt 4,7% kế hoạch; trong đó ngô 4.860 ha, khoai tây 1.286,5 ha, rau các loại 3.940 ha. Các huyện có diện tích lớn là Vĩnh Tường, Yên Lạc, Lập Thạch và Tam Dương.

Diện tích cây vụ đông phân theo huyện
Đơn vị tính: ha
Huyện, thành phố
Năm 2022
Năm 2023
Kế hoạch năm 2024
Vĩnh Tường
2.950
3.105
3.200
Yên Lạc
2.130
2.244
2.300
Lập Thạch
1.415
1.508
1.600
Tam Dương
1.180
1.236
1.300
Toàn tỉnh
11.050
11.520
12.000

Năng suất khoai tây bình quân đạt 19,8 tấn/ha; bắp cải đạt 41,2 tấn/ha. Tổng giá trị sản xuất vụ đông ước đạt 1.265 tỷ đồng, bình quân 109,8 triệu đồng/ha.

Để mở rộng diện tích trên đất 2 lúa, Sở khuyến cáo các địa phương áp dụng cơ giới hóa khâu làm đất, trồng khoai tây bằng phương pháp làm đất tối thiểu, sử dụng giống ngô chịu lạnh và tăng cường liên kết tiêu thụ sản phẩm. Năm 2023, tỉnh hỗ trợ 1,5 triệu đồng/ha cho các vùng khoai tây tập trung có quy mô từ 3 ha trở lên, tổng kinh phí trên 1.930 triệu đồng.

Địa chỉ: Số 8 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên, tỉnh Vĩnh Phúc
Điện thoại: 0211.3862.574
Số lượt truy cập: 1.204.337
"""

Y23 = Y(2023, "Vụ đông năm 2023")
FIGS = [
    F("kế hoạch 4,7%", "4,7", 4.7, "percent", "%", "diện tích vụ đông vượt kế hoạch", Y(2023, "vụ đông năm 2023")),
    F("gieo trồng 11.520 ha", "11.520", 11520, "measure", "ha", "diện tích cây vụ đông gieo trồng", Y23,
      change=CH("increase", 4.7, "%", "kế hoạch")),
    F("ngô 4.860 ha", "4.860", 4860, "measure", "ha", "diện tích ngô", Y23, total=11520),
    F("khoai tây 1.286,5 ha", "1.286,5", 1286.5, "measure", "ha", "diện tích khoai tây", Y23, total=11520),
    F("rau các loại 3.940 ha", "3.940", 3940, "measure", "ha", "diện tích rau các loại", Y23, total=11520),
]
COLS = [(Y(2022), None), (Y(2023), None), (Y(2024, "Kế hoạch năm 2024"), "target")]
ROWS = [("Vĩnh Tường", ["2.950", "3.105", "3.200"]), ("Yên Lạc", ["2.130", "2.244", "2.300"]),
        ("Lập Thạch", ["1.415", "1.508", "1.600"]), ("Tam Dương", ["1.180", "1.236", "1.300"]),
        ("Toàn tỉnh", ["11.050", "11.520", "12.000"])]
for row, cells in ROWS:
    prev = row
    for (per, st), c in zip(COLS, cells):
        anchor = f"{prev}\n{c}"
        subj = "diện tích cây vụ đông " + ("kế hoạch " if st else "") + per["text"].replace("Kế hoạch ", "")
        kw = {"status": st} if st else {}
        loc = "Vĩnh Phúc" if row == "Toàn tỉnh" else row
        FIGS.append(F(anchor, c, parse_num(c), "measure", "ha", subj, per, location=loc, **kw))
        prev = c
FIGS += [
    F("đạt 19,8 tấn/ha", "19,8", 19.8, "measure", "tấn/ha", "năng suất khoai tây bình quân"),
    F("đạt 41,2 tấn/ha", "41,2", 41.2, "measure", "tấn/ha", "năng suất bắp cải"),
    F("ước đạt 1.265 tỷ đồng", "1.265", 1.265e12, "money", "đồng", "tổng giá trị sản xuất vụ đông", status="estimate"),
    F("bình quân 109,8 triệu", "109,8", 109.8e6, "money", "đồng/ha", "giá trị sản xuất vụ đông bình quân",
      status="estimate"),
    F("hỗ trợ 1,5 triệu đồng/ha", "1,5", 1.5e6, "money", "đồng/ha", "mức hỗ trợ cho các vùng khoai tây tập trung",
      Y(2023, "Năm 2023")),
    F("từ 3 ha trở lên", "3", 3, "measure", "ha", "quy mô vùng khoai tây tập trung được hỗ trợ", approx="at_least",
      optional=True),
    F("trên 1.930 triệu đồng", "1.930", 1.93e9, "money", "đồng", "tổng kinh phí hỗ trợ vùng khoai tây tập trung",
      Y(2023, "Năm 2023"), approx="over"),
]

COMMENTS = [
    "Sở NN&PTNT Vĩnh Phúc (department site, no dateline): kết quả vụ đông năm 2023 with a one-cell-per-line table by district",
    "(columns Năm 2022 | Năm 2023 | Kế hoạch năm 2024; 'Đơn vị tính: ha'). Table periods come from the column headers (scored, as in h23);",
    "the Kế hoạch column is status target; district rows go to location, 'Toàn tỉnh' is Vĩnh Phúc. No totals for rows (no cue).",
    "'vượt 4,7% kế hoạch' after the area is its change (baseline kế hoạch); the headline's '4,7%' stands alone as a percent figure.",
    "'bình quân 109,8 triệu đồng/ha' continues the 'ước đạt' clause: estimate. Not figures: 'đất 2 lúa', address, phone, visit counter; 'từ 3 ha trở lên' (threshold) optional.",
]

if __name__ == "__main__":
    emit("p770-7", TEXT, COMMENTS, FIGS, location="Vĩnh Phúc")
