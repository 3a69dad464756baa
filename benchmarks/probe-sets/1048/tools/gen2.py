"""p1048-2: huyện Yên Thành (Nghệ An) district portal, velvet-cutting season Q1/2024."""
from lib import F, write, period, inherit, change

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ » Tin tức » Kinh tế - Nông nghiệp
Thứ Ba, 19/03/2024 - 10:42

Yên Thành: Nông dân vào vụ cắt nhung hươu

Quý I/2024, toàn huyện có khoảng 1.350 con hươu đực cho nhung trên tổng đàn 3.120 con, tập trung ở các xã Hoa Thành, Tăng Thành, Đức Thành và Mỹ Thành. Số hộ nuôi hươu đạt 640 hộ, tăng 35 hộ so với cùng kỳ năm 2023.

Theo Phòng Nông nghiệp và PTNT huyện, vụ nhung năm 2024 dự kiến cho sản lượng khoảng 1,1 tấn. Hiện giá bán nhung tại chuồng từ 1,5 đến 1,8 triệu đồng/lạng, thấp hơn khoảng 10% so với cùng kỳ năm trước.

Gia đình ông Nguyễn Văn Ba ở xóm 7, xã Hoa Thành nuôi 18 con hươu, trong đó có 9 con đực. Mỗi con hươu đực cho từ 0,8 đến 1,2 kg nhung mỗi năm; năm 2023 gia đình ông thu được 9,5 kg nhung, thu về khoảng 170 triệu đồng.

Huyện hiện có 2 hợp tác xã chăn nuôi hươu. Hợp tác xã Chăn nuôi hươu Hoa Thành có 27 thành viên, năm 2023 tiêu thụ 320 kg nhung, doanh thu đạt 5,6 tỷ đồng, bằng 118% so với năm 2022. Các xã Hoa Thành, Tăng Thành có số hộ nuôi nhiều nhất, lần lượt 215 hộ và 160 hộ.

Năm 2024, huyện phấn đấu phát triển tổng đàn hươu lên 3.500 con, số hộ nuôi đạt 700 hộ.

Tin, ảnh: Minh Tâm - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1.350 con", "1.350", 1350, "count", "con", "hươu đực cho nhung", approx="about", total=3120, period=Q1),
    F("trên tổng đàn 3.120 con", "3.120", 3120, "count", "con", "tổng đàn hươu", period=Q1),
    F("đạt 640 hộ", "640", 640, "count", "hộ", "hộ nuôi hươu",
      change=change("increase", 35, "hộ", "cùng kỳ năm 2023"), period=inherit(Q1)),
    F("khoảng 1,1 tấn", "1,1", 1.1, "measure", "tấn", "sản lượng nhung vụ nhung", approx="about",
      status="forecast", period=Y24),
    F("từ 1,5 đến 1,8 triệu", "1,5", 1500000, "money", "đồng/lạng", "giá bán nhung tại chuồng", value_max=1800000,
      change=change("decrease", 10, "%", "cùng kỳ năm trước", "about")),
    F("nuôi 18 con", "18", 18, "count", "con", "hươu của gia đình ông Nguyễn Văn Ba"),
    F("có 9 con đực", "9", 9, "count", "con", "hươu đực", total=18),
    F("từ 0,8 đến 1,2 kg", "0,8", 0.8, "measure", "kg/con", "nhung mỗi con hươu đực cho mỗi năm", value_max=1.2),
    F("thu được 9,5 kg", "9,5", 9.5, "measure", "kg", "nhung gia đình ông thu được", period=Y23),
    F("khoảng 170 triệu đồng", "170", 170e6, "money", "đồng", "tiền thu về từ nhung", approx="about", period=Y23),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chăn nuôi hươu"),
    F("có 27 thành viên", "27", 27, "count", "thành viên", "thành viên Hợp tác xã Chăn nuôi hươu Hoa Thành"),
    F("tiêu thụ 320 kg", "320", 320, "measure", "kg", "nhung hợp tác xã tiêu thụ", period=Y23),
    F("đạt 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "doanh thu của hợp tác xã", percent=118, period=Y23),
    F("lần lượt 215 hộ", "215", 215, "count", "hộ", "hộ nuôi hươu", period=inherit(Q1)),
    F("và 160 hộ", "160", 160, "count", "hộ", "hộ nuôi hươu", period=inherit(Q1)),
    F("lên 3.500 con", "3.500", 3500, "count", "con", "tổng đàn hươu", status="target", period=Y24b),
    F("đạt 700 hộ", "700", 700, "count", "hộ", "hộ nuôi hươu", status="target", period=Y24b),
]

NOTES = [
    "Probe 1048-2: district portal of Yên Thành (Nghệ An), 'Thứ Ba, 19/03/2024 - 10:42'. Location is the district throughout",
    "(communes Hoa Thành, Tăng Thành lie in it; the spec's location is province/city/district).",
    "'trên tổng đàn 3.120 con' = out of (total), not approx 'over'. 'Hiện giá ...' has no period (bare 'hiện').",
    "Not figures: xóm 7, Nguyễn Văn Ba, Thứ Ba, 10:42, Quý I/2024 itself.",
    "The 0,8-1,2 kg per male per year is a general yield (no period although 'năm 2023' follows after ';').",
]

write(2, TEXT, FIGS, NOTES, published="2024-03-19", location="Yên Thành")
