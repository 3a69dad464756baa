"""p602-7: department site (Sở Công Thương Gia Lai), no dateline — grid growth 2021-2023, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ » Quản lý năng lượng » Điện lực

Gia Lai: Lưới điện trung áp tăng thêm hơn 640 km sau 3 năm

Giai đoạn 2021-2023, toàn tỉnh xây dựng mới 643,8 km đường dây trung áp, 1.027 trạm biến áp phân phối và 912,4 km đường dây hạ áp, tổng vốn đầu tư khoảng 1.450 tỷ đồng. Tỷ lệ hộ dân sử dụng điện đạt 99,6%, trong đó hộ sử dụng điện lưới quốc gia đạt 98,9%.

Khối lượng đường dây trung áp xây dựng mới theo địa bàn
Đơn vị tính: km
Địa bàn
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
TP Pleiku
48,2
52,6
61,3
55
Huyện Chư Sê
36,5
41,0
39,8
40
Huyện Đức Cơ
27,4
33,1
35,6
30
Toàn tỉnh
198,7
211,5
233,6
220

Nhờ lưới điện được tăng cường, SAIDI năm 2023 của tỉnh giảm còn 402 phút, bằng khoảng 60% so với năm 2020. Điện thương phẩm năm 2023 đạt 2.086 triệu kWh; tốc độ tăng bình quân giai đoạn 2021-2023 đạt 8,7%/năm. Điện năng tiêu thụ bình quân đầu người năm 2023 đạt 1.032 kWh/người.

Hiện toàn tỉnh còn 1.215 hộ đồng bào dân tộc thiểu số tại 23 làng chưa có điện lưới quốc gia, chủ yếu ở các huyện Kông Chro và Krông Pa. Năm 2024, Sở phấn đấu cấp điện cho khoảng 600 hộ, đưa tỷ lệ hộ sử dụng điện lưới quốc gia lên trên 99,2%.

Mọi ý kiến góp ý xin gửi về Phòng Quản lý năng lượng, số 02 Hai Bà Trưng, TP Pleiku. ĐT: 0269.3824.115
Lượt truy cập: 2.416.908
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2021", P("Năm 2021", "2021-01-01", "2021-12-31"), None),
        ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
SUBJ = "đường dây trung áp xây dựng mới"


def row(label, place, nums, nxt):
    out = []
    for i, (num, (col, per, st)) in enumerate(zip(nums, COLS)):
        # anchor: the cell with its neighbours on both sides, so that each is unique
        prev = label if i == 0 else nums[i - 1]
        after = nums[i + 1] if i + 1 < len(nums) else nxt
        anchor = f"{prev}\n{num}\n{after}"
        from lib import parse_num
        kw = {"status": st} if st else {}
        out.append(F(anchor, num, parse_num(num), "measure", "km", f"{SUBJ} {col}", per, location=place, **kw))
    return out


FIGS = [
    F("hơn 640 km", "640", 640, "measure", "km", "Lưới điện trung áp tăng thêm", approx="over"),
    F("mới 643,8 km", "643,8", 643.8, "measure", "km", "đường dây trung áp xây dựng mới", GD),
    F("1.027 trạm", "1.027", 1027, "count", "trạm biến áp", "trạm biến áp phân phối xây dựng mới", GD),
    F("912,4 km", "912,4", 912.4, "measure", "km", "đường dây hạ áp xây dựng mới", GD),
    F("khoảng 1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng", "tổng vốn đầu tư", GD, approx="about"),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "Tỷ lệ hộ dân sử dụng điện", INH(GD)),
    F("đạt 98,9%", "98,9", 98.9, "percent", "%", "hộ sử dụng điện lưới quốc gia", INH(GD)),
]
FIGS += row("TP Pleiku", "Pleiku", ["48,2", "52,6", "61,3", "55"], "Huyện Chư Sê")
FIGS += row("Huyện Chư Sê", "Chư Sê", ["36,5", "41,0", "39,8", "40"], "Huyện Đức Cơ")
FIGS += row("Huyện Đức Cơ", "Đức Cơ", ["27,4", "33,1", "35,6", "30"], "Toàn tỉnh")
FIGS += row("Toàn tỉnh", "Gia Lai", ["198,7", "211,5", "233,6", "220"], "")
FIGS[-1]["anchor"] = "233,6\n220\n\nNhờ"
FIGS += [
    F("còn 402 phút", "402", 402, "measure", "phút", "SAIDI", Y23, percent=60),
    F("đạt 2.086 triệu kWh", "2.086", 2086000000, "measure", "kWh", "Điện thương phẩm", Y23),
    F("đạt 8,7%/năm", "8,7", 8.7, "percent", "%", "tốc độ tăng bình quân điện thương phẩm",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("đạt 1.032 kWh/người", "1.032", 1032, "measure", "kWh/người", "Điện năng tiêu thụ bình quân đầu người", Y23),
    F("còn 1.215 hộ", "1.215", 1215, "count", "hộ", "hộ đồng bào dân tộc thiểu số chưa có điện lưới quốc gia"),
    F("tại 23 làng", "23", 23, "count", "làng", "làng chưa có điện lưới quốc gia"),
    F("khoảng 600 hộ", "600", 600, "count", "hộ", "hộ được cấp điện", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="target"),
    F("trên 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ hộ sử dụng điện lưới quốc gia",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Sở Công Thương Gia Lai (department site, no dateline -> no published): lưới điện 2021-2023 and a one-cell-per-line",
    "table 'Khối lượng đường dây trung áp xây dựng mới theo địa bàn' with 'Đơn vị tính: km', columns Năm 2021/2022/2023 and",
    "Kế hoạch 2024 (target). Row labels are places -> location (TP Pleiku -> Pleiku, Toàn tỉnh -> Gia Lai); subject = the",
    "table's indicator + column; period from the column header (scored). '41,0' = 41.",
    "'sau 3 năm' in the headline is a duration, not a figure. 'giảm còn 402 phút' is the level (not a change);",
    "'bằng khoảng 60% so với năm 2020' is its share. '8,7%/năm' average growth rate: percent, no change.",
    "'Hiện toàn tỉnh còn 1.215 hộ … tại 23 làng' has no period. Lượt truy cập is page furniture.",
    "Distractors: 'số 02 Hai Bà Trưng', phone 0269.3824.115, 'Lượt truy cập: 2.416.908', 'Giai đoạn 2021-2023'.",
]

if __name__ == "__main__":
    emit("p602-7", TEXT, COMMENTS, FIGS, location="Gia Lai")
