from lib import *

TEXT = """Đồng Nai: Gần 69% lượt khám, chữa bệnh BHYT dùng căn cước công dân gắn chíp

Theo BHXH tỉnh Đồng Nai, 9 tháng năm 2024, toàn tỉnh có khoảng 3,42 triệu lượt người khám, chữa bệnh BHYT với chi phí đề nghị thanh toán trên 2.870 tỷ đồng, tăng 11,3% so với cùng kỳ. Trong đó, số lượt khám, chữa bệnh sử dụng căn cước công dân gắn chíp là 2,35 triệu lượt, chiếm 68,7%.

Số lượt KCB BHYT bằng CCCD gắn chíp 9 tháng năm 2024 tại một số địa phương
Đơn vị tính: nghìn lượt
Địa phương\tTổng lượt KCB\tLượt dùng CCCD\tTỷ lệ (%)
Biên Hòa\t1.065,4\t781,2\t73,3
Long Khánh\t212,8\t151,6\t71,2
Trảng Bom\t298,1\t196,4\t65,9
Định Quán\t164,7\t94,3\t57,3

Tại Bệnh viện Quân y 7B, Bệnh viện Đa khoa Thống Nhất, người bệnh chỉ cần xuất trình căn cước công dân hoặc VNeID mức độ 2 khi làm thủ tục.

Về thanh toán viện phí điện tử, đến hết tháng 9/2024, có 43/54 cơ sở khám, chữa bệnh BHYT trên địa bàn tỉnh đã kết nối thanh toán với ngân hàng. Trong 9 tháng, tổng số tiền người bệnh thanh toán không dùng tiền mặt đạt 312,4 tỷ đồng, tăng 35,2% so với cùng kỳ.

Ngoài ra, hơn 1,1 triệu người dân trong tỉnh đã tích hợp thẻ BHYT trên ứng dụng VNeID. Thực hiện Nghị định 75/2023/NĐ-CP, BHXH tỉnh phấn đấu đến năm 2025 tỷ lệ bao phủ BHYT đạt 95% dân số; tỷ lệ sử dụng căn cước công dân khi khám, chữa bệnh đạt khoảng 80–85%.
"""

HEADER = """Tạp chí BHXH style (invented), no dateline: Đồng Nai — KCB BHYT bằng CCCD gắn chíp, 9 tháng 2024; tab-separated table of districts/cities.
Title 'Gần 69%' restates 68,7% (nearly). 'Trong đó … 2,35 triệu lượt, chiếm 68,7%': total 3420000 (same unit lượt), percent 68.7.
Table: 'Đơn vị tính: nghìn lượt' multiplies the count cells by 1000 ('1.065,4' = 1065400); the '(%)' column is percent; the row label is a place
(location), the column label is the subject; period from the table title '9 tháng năm 2024' (inherited).
Distractors: 'Bệnh viện Quân y 7B', 'mức độ 2', 'Nghị định 75/2023/NĐ-CP'. '43/54 cơ sở' total 54 as of end 9/2024. 'Trong 9 tháng' takes 2024.
'hơn 1,1 triệu người dân' has no period. Targets 'đến năm 2025': 95% and the about-range '80–85%' (en dash)."""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
PT = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 69% lượt", "69", 69, "percent", "%", "lượt khám, chữa bệnh BHYT dùng căn cước công dân gắn chíp",
      approx="nearly"),
    F("khoảng 3,42 triệu lượt", "3,42", 3.42e6, "count", "lượt người", "lượt người khám, chữa bệnh BHYT",
      approx="about", period=P9),
    F("trên 2.870 tỷ đồng", "2.870", 2870e9, "money", "đồng", "chi phí khám, chữa bệnh BHYT đề nghị thanh toán",
      approx="over", change=chg("increase", 11.3, "%", "cùng kỳ"), period=P9),
    F("là 2,35 triệu lượt", "2,35", 2.35e6, "count", "lượt",
      "số lượt khám, chữa bệnh sử dụng căn cước công dân gắn chíp", total=3.42e6, percent=68.7, period=P9i),
]
ROWS = [("Biên Hòa", "1.065,4", "781,2", "73,3"), ("Long Khánh", "212,8", "151,6", "71,2"),
        ("Trảng Bom", "298,1", "196,4", "65,9"), ("Định Quán", "164,7", "94,3", "57,3")]
for place, tot, cccd, rate in ROWS:
    FIGS.append(F(f"{place}\t{tot}\t", tot, round(parse_num(tot) * 1000), "count", "lượt", "Tổng lượt KCB",
                  location=place, period=P9i))
    FIGS.append(F(f"{tot}\t{cccd}\t", cccd, round(parse_num(cccd) * 1000), "count", "lượt", "Lượt dùng CCCD",
                  location=place, period=P9i))
    FIGS.append(F(f"{cccd}\t{rate}\n", rate, parse_num(rate), "percent", "%", "Tỷ lệ lượt dùng CCCD",
                  location=place, period=P9i))

FIGS += [
    F("có 43/54 cơ sở", "43", 43, "count", "cơ sở khám, chữa bệnh BHYT",
      "cơ sở khám, chữa bệnh BHYT đã kết nối thanh toán với ngân hàng", total=54,
      period=per("đến hết tháng 9/2024", None, "2024-09-30")),
    F("đạt 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng",
      "tổng số tiền người bệnh thanh toán không dùng tiền mặt", change=chg("increase", 35.2, "%", "cùng kỳ"),
      period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 1,1 triệu người dân", "1,1", 1.1e6, "count", "người dân",
      "người dân đã tích hợp thẻ BHYT trên ứng dụng VNeID", approx="over"),
    F("đạt 95% dân số", "95", 95, "percent", "%", "tỷ lệ bao phủ BHYT", status="target", period=PT),
    F("khoảng 80–85%", "80", 80, "percent", "%", "tỷ lệ sử dụng căn cước công dân khi khám, chữa bệnh",
      approx="about", value_max=85, status="target", period=PT),
]

build("p428-8", TEXT, FIGS, HEADER, published=None, location="Đồng Nai")
