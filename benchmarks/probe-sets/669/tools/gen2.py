"""p669-2: huyện Đức Thọ (Hà Tĩnh) district portal, procurement in 2023."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """Cổng thông tin điện tử huyện Đức Thọ
Trang chủ / Kinh tế - Xã hội / Đầu tư
Thứ Năm, 25/01/2024 - 09:30

Đức Thọ: Năm 2023 có 87,4% gói thầu được lựa chọn nhà thầu qua mạng

Năm 2023, trên địa bàn huyện đã tổ chức lựa chọn nhà thầu cho 214 gói thầu với tổng giá gói thầu hơn 386 tỷ đồng; tổng giá trúng thầu 369,2 tỷ đồng, giảm 4,35% so với giá gói thầu, tiết kiệm cho ngân sách 16,8 tỷ đồng.

Trong đó, Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư 58 gói thầu, giá trúng thầu 251,6 tỷ đồng, chiếm 68,1% tổng giá trúng thầu toàn huyện; UBND các xã, thị trấn làm chủ đầu tư 156 gói thầu.

Có 187/214 gói thầu được lựa chọn nhà thầu qua mạng, đạt 87,4%, vượt 7,4% so với chỉ tiêu tỉnh giao (80%). Các xã có nhiều gói thầu qua mạng là Tùng Ảnh (14 gói), Đức Lạng (11 gói), Trường Sơn (9 gói) và Đức Đồng (8 gói).

Số gói thầu áp dụng hình thức chỉ định thầu là 19 gói, tổng giá trị 6,8 tỷ đồng, chủ yếu là gói thầu tư vấn có giá dưới 500 triệu đồng. Số nhà thầu tham dự bình quân đạt 2,1 nhà thầu/gói thầu.

Trong năm, UBND huyện đã tổ chức 2 cuộc kiểm tra công tác đấu thầu tại 6 xã; qua kiểm tra phát hiện 3 đơn vị chậm đăng tải thông tin lựa chọn nhà thầu. Các công trình trọng điểm như đường nối Quốc lộ 8A với Tỉnh lộ 5 (Gói thầu số 03) đều được lựa chọn nhà thầu đúng tiến độ.

Năm 2024, huyện phấn đấu 100% gói thầu thuộc diện bắt buộc được lựa chọn nhà thầu qua mạng; tỷ lệ tiết kiệm đạt từ 5 đến 7%.

Hoàng Anh (Văn phòng HĐND và UBND huyện)
Địa chỉ: Khối 7, thị trấn Đức Thọ, tỉnh Hà Tĩnh. Điện thoại: 0239.3832.571
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Năm 2023 có 87,4% gói thầu", "87,4", 87.4, "percent", "%",
        "gói thầu được lựa chọn nhà thầu qua mạng", Y23),
    fig("cho 214 gói thầu", "214", 214, "count", "gói thầu", "gói thầu tổ chức lựa chọn nhà thầu", Y23),
    fig("hơn 386 tỷ đồng", "386", 386e9, "money", "đồng", "tổng giá gói thầu", Y23, approx="over"),
    fig("trúng thầu 369,2 tỷ đồng", "369,2", 369.2e9, "money", "đồng", "tổng giá trúng thầu", Y23,
        change=chg("decrease", 4.35, baseline="giá gói thầu")),
    fig("ngân sách 16,8 tỷ đồng", "16,8", 16.8e9, "money", "đồng", "giá trị tiết kiệm cho ngân sách", Y23),
    fig("chủ đầu tư 58 gói thầu", "58", 58, "count", "gói thầu",
        "gói thầu do Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư", inh(Y23), total=214),
    fig("giá trúng thầu 251,6 tỷ đồng", "251,6", 251.6e9, "money", "đồng",
        "giá trúng thầu các gói thầu của Ban Quản lý dự án đầu tư xây dựng huyện", inh(Y23),
        total=369.2e9, percent=68.1),
    fig("chủ đầu tư 156 gói thầu", "156", 156, "count", "gói thầu",
        "gói thầu do UBND các xã, thị trấn làm chủ đầu tư", inh(Y23), total=214),
    fig("Có 187/214 gói thầu", "187", 187, "count", "gói thầu",
        "gói thầu được lựa chọn nhà thầu qua mạng", inh(Y23), total=214, percent=87.4,
        change=chg("increase", 7.4, baseline="chỉ tiêu tỉnh giao"), target=tgt(80, met=True)),
    fig("Tùng Ảnh (14 gói)", "14", 14, "count", "gói", "gói thầu qua mạng của xã Tùng Ảnh", inh(Y23)),
    fig("Đức Lạng (11 gói)", "11", 11, "count", "gói", "gói thầu qua mạng của xã Đức Lạng", inh(Y23)),
    fig("Trường Sơn (9 gói)", "9", 9, "count", "gói", "gói thầu qua mạng của xã Trường Sơn", inh(Y23)),
    fig("Đức Đồng (8 gói)", "8", 8, "count", "gói", "gói thầu qua mạng của xã Đức Đồng", inh(Y23)),
    fig("là 19 gói", "19", 19, "count", "gói", "số gói thầu áp dụng hình thức chỉ định thầu", inh(Y23)),
    fig("giá trị 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng giá trị gói thầu chỉ định thầu", inh(Y23)),
    fig("dưới 500 triệu đồng", "500", 500e6, "money", "đồng", "giá gói thầu tư vấn", approx="under",
        optional=True),
    fig("đạt 2,1 nhà thầu/gói thầu", "2,1", 2.1, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân", inh(Y23)),
    fig("tổ chức 2 cuộc kiểm tra", "2", 2, "count", "cuộc kiểm tra", "cuộc kiểm tra công tác đấu thầu",
        inh(Y23)),
    fig("tại 6 xã", "6", 6, "count", "xã", "xã được kiểm tra công tác đấu thầu", inh(Y23)),
    fig("phát hiện 3 đơn vị", "3", 3, "count", "đơn vị",
        "đơn vị chậm đăng tải thông tin lựa chọn nhà thầu", inh(Y23)),
    fig("phấn đấu 100% gói thầu", "100", 100, "percent", "%",
        "gói thầu thuộc diện bắt buộc được lựa chọn nhà thầu qua mạng", Y24, status="target"),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", "tỷ lệ tiết kiệm", Y24, value_max=7, status="target"),
]

COMMENTS = [
    "Huyện Đức Thọ (Hà Tĩnh) district portal, dateline 'Thứ Năm, 25/01/2024 - 09:30', byline and contact at the end.",
    "Distractors: Quốc lộ 8A, Tỉnh lộ 5, Gói thầu số 03, Khối 7, phone 0239.3832.571, the date line.",
    "'giảm 4,35% so với giá gói thầu' is the change of 369,2 tỷ (baseline giá gói thầu). 'Trong đó' parts: 58 and 156 of 214,",
    "251,6 tỷ of 369,2 tỷ (same thing, giá trúng thầu) with its share 68,1%.",
    "187/214 … đạt 87,4%, vượt 7,4% so với chỉ tiêu tỉnh giao (80%): total, percent, change vs plan, target met (as shared h09).",
    "Commune list: FIGURES.md defines location as the province, city or district, so commune items keep the district",
    "(Đức Thọ) and name the commune in the subject ('… của xã X', as shared h26 does for investor countries).",
    "revised after the first run: the four commune items first had location = the commune (outside the spec's definition).",
    "'dưới 500 triệu đồng' is a price threshold describing the packages: optional.",
    "Location Đức Thọ (district portal) throughout.",
]

if __name__ == "__main__":
    write("p669-2", TEXT, COMMENTS, FIGS, published="2024-01-25", location="Đức Thọ")
