from lib import F, P, I, CH, emit

TEXT = """SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Hoạt động chuyên môn » Ghép tạng

Kết quả ghép thận tại các bệnh viện trên địa bàn thành phố

Năm 2023, các bệnh viện trên địa bàn TP. Hồ Chí Minh thực hiện 418 ca ghép thận, tăng 16,4% so với năm 2022. Kết quả cụ thể như sau:

Bảng: Số ca ghép thận theo bệnh viện
Đơn vị tính: ca
Bệnh viện
Năm 2022
Năm 2023
Kế hoạch 2024
Chợ Rẫy
192
212
230
Nhân dân 115
58
71
80
Đại học Y Dược
37
52
60
Nhi đồng 2
12
15
18
Thống Nhất
60
68
75
Tổng cộng
359
418
463

Năm 2024, ngành y tế thành phố phấn đấu thực hiện 463 ca ghép thận, tăng 10,8% so với năm 2023. Cũng trong năm 2023, thành phố ghi nhận 31 trường hợp hiến tạng sau chết não, trong đó Bệnh viện Chợ Rẫy điều phối 19 trường hợp; từ các trường hợp này, gần 120 tạng và mô đã được ghép cho người bệnh. Tính đến ngày 31/12/2023, thành phố có 9.874 người đăng ký hiến mô, tạng sau khi chết.

Tỷ lệ người bệnh sống sau ghép 1 năm đạt 97,5%, sau 5 năm đạt 89%. Thành phố hiện có khoảng 9.200 người bệnh suy thận mạn đang lọc máu chu kỳ, trong đó hơn 1.300 người đã đăng ký chờ ghép thận.

Người dân có nhu cầu đăng ký hiến mô, tạng liên hệ Phòng Nghiệp vụ Y, Sở Y tế, số 59 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1; điện thoại (028) 3930.9912.

Tổng số lượt truy cập: 5.621.043
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cells(label, anchors, values):
    out = []
    for (a, n), v, (col, per) in zip(anchors, values, (("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24))):
        kw = {"status": "target"} if per is K24 else {}
        out.append(F(a, n, v, "count", "ca", f"Số ca ghép thận {label} {col}", per, **kw))
    return out


FIGS = [
    F("thực hiện 418 ca", "418", 418, "count", "ca", "ca ghép thận các bệnh viện trên địa bàn thực hiện", Y23,
      change=CH("increase", 16.4, "%", "năm 2022")),
    *cells("Bệnh viện Chợ Rẫy", (("Rẫy\n192", "192"), ("192\n212", "212"), ("212\n230", "230")), (192, 212, 230)),
    *cells("Bệnh viện Nhân dân 115", (("115\n58", "58"), ("58\n71", "71"), ("71\n80", "80")), (58, 71, 80)),
    *cells("Bệnh viện Đại học Y Dược", (("Dược\n37", "37"), ("37\n52", "52"), ("52\n60", "60")), (37, 52, 60)),
    *cells("Bệnh viện Nhi đồng 2", (("2\n12", "12"), ("12\n15", "15"), ("15\n18", "18")), (12, 15, 18)),
    *cells("Bệnh viện Thống Nhất", (("Nhất\n60", "60"), ("60\n68", "68"), ("68\n75", "75")), (60, 68, 75)),
    *cells("tổng cộng", (("cộng\n359", "359"), ("359\n418", "418"), ("418\n463", "463")), (359, 418, 463)),
    F("thực hiện 463 ca", "463", 463, "count", "ca", "ca ghép thận", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target", change=CH("increase", 10.8, "%", "năm 2023")),
    F("nhận 31 trường hợp", "31", 31, "count", "trường hợp", "trường hợp hiến tạng sau chết não",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("điều phối 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp hiến tạng sau chết não Bệnh viện Chợ Rẫy điều phối",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=31),
    F("gần 120 tạng", "120", 120, "count", "tạng và mô", "tạng và mô được ghép cho người bệnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("có 9.874 người", "9.874", 9874, "count", "người", "người đăng ký hiến mô, tạng sau khi chết",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("ghép 1 năm", "1", 1, "measure", "năm", "thời gian sống sau ghép", optional=True),
    F("sau 5 năm", "5", 5, "measure", "năm", "thời gian sống sau ghép", optional=True),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", "tỷ lệ người bệnh sống sau ghép 1 năm"),
    F("đạt 89%", "89", 89, "percent", "%", "tỷ lệ người bệnh sống sau ghép 5 năm"),
    F("khoảng 9.200 người", "9.200", 9200, "count", "người bệnh", "người bệnh suy thận mạn đang lọc máu chu kỳ",
      approx="about"),
    F("hơn 1.300 người", "1.300", 1300, "count", "người", "người đã đăng ký chờ ghép thận", approx="over",
      total=9200),
]

COMMENTS = [
    "Sở Y tế TP. Hồ Chí Minh (department site, no dateline -> no published): ca ghép thận by hospital, one cell per line,",
    "'Đơn vị tính: ca', columns Năm 2022 | Năm 2023 | Kế hoạch 2024 (target). Every numeric cell is a figure; subject = indicator + hospital",
    "(row label, not a place) + column; period from the column header (scored, as shared h23). Row labels 'Nhân dân 115', 'Nhi đồng 2'",
    "are hospital names, not cells. Choice: the hospital cells get no total from the 'Tổng cộng' row (no part-of cue in the text).",
    "'sau ghép 1 năm', 'sau 5 năm' are durations naming the survival rate (optional, like 'dưới 1 tuổi' in h24). 'Thành phố hiện có ...' -> no period; 'trong đó' part",
    "takes 9.200. '463 ca ... tăng 10,8% so với năm 2023' (text) is a target with a change; 'trong đó ... 19 trường hợp' takes 31.",
    "Not figures: số 59 Nguyễn Thị Minh Khai, Quận 1, phone (028) 3930.9912, 'Tổng số lượt truy cập: 5.621.043'.",
]

if __name__ == "__main__":
    emit("p774-7", TEXT, COMMENTS, FIGS, location="TP. Hồ Chí Minh")
