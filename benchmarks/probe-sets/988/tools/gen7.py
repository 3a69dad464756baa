"""p988-7: Sở Du lịch TP. Cần Thơ site, no dateline — du lịch đường sông, chợ nổi Cái Răng; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức > Du lịch đường sông

Khai thác lợi thế du lịch đường sông gắn với chợ nổi Cái Răng

Du lịch đường sông là sản phẩm đặc trưng của Cần Thơ. Theo Sở Du lịch, toàn thành phố hiện có 9 bến tàu, thuyền du lịch, trong đó bến Ninh Kiều có 146 phương tiện đăng ký hoạt động, chiếm 41% số phương tiện toàn thành phố. Mỗi sáng, chợ nổi Cái Răng có khoảng 250 ghe, xuồng đến buôn bán.

Giá tour chợ nổi bằng thuyền nhỏ từ 100.000 đến 150.000 đồng/khách; tour tàu lớn kết hợp tham quan vườn trái cây ở Phong Điền khoảng 350.000 đồng/khách. Sáu tháng đầu năm 2024, Sở phối hợp các quận, huyện tổ chức 4 đợt kiểm tra, nhắc nhở 23 chủ phương tiện chưa trang bị đủ áo phao, phao cứu sinh.

Kết quả hoạt động du lịch đường sông như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Phương tiện thủy chở khách du lịch
chiếc
342
356
380
Lượt khách tham quan bằng tàu, thuyền
nghìn lượt
1.125
648
1.300
Doanh thu dịch vụ tàu, thuyền du lịch
tỷ đồng
96,5
58,2
110

Năm 2024, thành phố phấn đấu đón 1,3 triệu lượt khách đi tàu, thuyền, tăng 15,6% so với năm 2023; đồng thời hoàn thành nâng cấp bến tàu du lịch Ninh Kiều 2 với 24 vị trí neo đậu.

SỞ DU LỊCH THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 2 Hai Bà Trưng, phường Tân An, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.207
Tổng lượt truy cập: 1.386.742 | Đang trực tuyến: 57
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C24P = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Phương tiện thủy chở khách du lịch", "chiếc", 1, ["chiếc\n342\n", "342\n356\n", "356\n380\n"],
     ["342", "356", "380"]),
    ("Lượt khách tham quan bằng tàu, thuyền", "lượt", 1000, ["lượt\n1.125\n", "1.125\n648\n", "648\n1.300\n"],
     ["1.125", "648", "1.300"]),
    ("Doanh thu dịch vụ tàu, thuyền du lịch", "đồng", 10 ** 9, ["đồng\n96,5\n", "96,5\n58,2\n", "58,2\n110\n"],
     ["96,5", "58,2", "110"]),
]

FIGS = [
    F("có 9 bến tàu", "9", 9, "count", "bến tàu, thuyền du lịch", "bến tàu, thuyền du lịch"),
    F("có 146 phương tiện", "146", 146, "count", "phương tiện", "phương tiện đăng ký hoạt động tại bến Ninh Kiều",
      percent=41),
    F("khoảng 250 ghe", "250", 250, "count", "ghe, xuồng", "ghe, xuồng đến buôn bán mỗi sáng tại chợ nổi Cái Răng",
      approx="about"),
    F("từ 100.000 đến 150.000 đồng/khách", "100.000", 100000, "money", "đồng/khách",
      "giá tour chợ nổi bằng thuyền nhỏ", value_max=150000),
    F("khoảng 350.000 đồng/khách", "350.000", 350000, "money", "đồng/khách",
      "giá tour tàu lớn kết hợp tham quan vườn trái cây", approx="about"),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt kiểm tra", "đợt kiểm tra", H1),
    F("nhắc nhở 23 chủ", "23", 23, "count", "chủ phương tiện",
      "chủ phương tiện chưa trang bị đủ áo phao, phao cứu sinh bị nhắc nhở", H1),
]
for label, unit, mult, anchors, numbers in ROWS:
    for col, (anchor, number) in enumerate(zip(anchors, numbers)):
        v = float(number.replace(".", "").replace(",", ".")) * mult
        per = (C23, C24H, C24P)[col]
        kw = {"status": "target"} if col == 2 else {}
        FIGS.append(F(anchor, number, v, "count" if unit != "đồng" else "money", unit, label, per, **kw))

FIGS += [
    F("đón 1,3 triệu lượt khách", "1,3", 1_300_000, "count", "lượt khách", "lượt khách đi tàu, thuyền", Y24,
      change=C("increase", 15.6, baseline="năm 2023"), status="target"),
    F("với 24 vị trí", "24", 24, "count", "vị trí neo đậu", "vị trí neo đậu của bến tàu du lịch Ninh Kiều 2", Y24,
      status="target"),
]

NOTES = [
    "Sở Du lịch TP. Cần Thơ site, no dateline (no published): du lịch đường sông, chợ nổi Cái Răng (invented, probe set 988).",
    "One-cell-per-line table: 9 cells; subject = row label, unit and multiplier from the unit cell (nghìn lượt, tỷ đồng),",
    "period from the column header, 'Kế hoạch năm 2024' -> status target. Footer address, phone, Tổng lượt truy cập 1.386.742,",
    "Đang trực tuyến 57 and the name 'Ninh Kiều 2' are not figures. '146 phương tiện' follows 'trong đó' after 9 bến (another thing): no total.",
    "Site names (bến Ninh Kiều, chợ nổi Cái Răng, Phong Điền garden) do not localise: all figures Cần Thơ.",
]

write("p988-7", TEXT, FIGS, NOTES, location="Cần Thơ")
