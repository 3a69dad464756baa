"""p705-2: Quế Phong district portal (Nghệ An), passion fruit linkage to end-2023."""
from lib import fig, per, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẾ PHONG
Trang chủ > Kinh tế > Nông - Lâm nghiệp
Quế Phong: Chanh leo giúp gần 1.500 hộ dân có thu nhập ổn định
Thứ Sáu, 22/03/2024 09:47

Sau 8 năm liên kết trồng chanh leo với doanh nghiệp, đến cuối năm 2023, toàn huyện có 612 ha chanh leo tại 9 xã, với 1.480 hộ tham gia; trong đó 1.125 hộ là đồng bào dân tộc Thái, Khơ Mú. Giống chủ lực là chanh leo tím Đài Nông 1, trồng tập trung dọc Quốc lộ 48.

Năm 2023, sản lượng chanh leo toàn huyện đạt 7.350 tấn, giá trị ước đạt 66,2 tỷ đồng, tăng 12% so với năm 2022. Nhiều hộ có thu nhập từ chanh leo trên 100 triệu đồng/năm; riêng xã Tri Lễ có 57 hộ thu trên 200 triệu đồng.

Thực hiện Nghị quyết số 05-NQ/HU ngày 20/4/2021 của Huyện ủy, giai đoạn 2021-2023 huyện đã hỗ trợ phát triển vùng nguyên liệu chanh leo 14,8 tỷ đồng, gồm: ngân sách tỉnh 6,5 tỷ đồng, ngân sách huyện 3,1 tỷ đồng, doanh nghiệp đối ứng 5,2 tỷ đồng.

Hiện huyện có 4 hợp tác xã và 21 tổ hợp tác trồng chanh leo; 186 ha đã được cấp mã số vùng trồng, chiếm 30,4% tổng diện tích.

Năm 2024, huyện phấn đấu trồng mới 150 ha, nâng tổng diện tích lên khoảng 760 ha. Dự kiến sản lượng năm 2024 đạt trên 8.000 tấn.

Phòng Nông nghiệp và PTNT huyện Quế Phong - ĐT: 0238.3885.226
"""

END23 = per("đến cuối năm 2023", end="2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
SUP = "kinh phí hỗ trợ phát triển vùng nguyên liệu chanh leo"

F = [
    fig("gần 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ dân có thu nhập ổn định từ chanh leo", inh(END23),
        approx="nearly"),
    fig("có 612 ha", "612", 612, "measure", "ha", "diện tích chanh leo", END23),
    fig("tại 9 xã", "9", 9, "count", "xã", "xã trồng chanh leo", END23),
    fig("1.480 hộ", "1.480", 1480, "count", "hộ", "hộ tham gia trồng chanh leo", END23),
    fig("1.125 hộ", "1.125", 1125, "count", "hộ", "hộ đồng bào dân tộc Thái, Khơ Mú tham gia trồng chanh leo", END23,
        total=1480),
    fig("đạt 7.350 tấn", "7.350", 7350, "measure", "tấn", "sản lượng chanh leo", Y23),
    fig("ước đạt 66,2 tỷ đồng", "66,2", 66.2e9, "money", "đồng", "giá trị sản lượng chanh leo", Y23,
        change=ch("increase", 12, "%", "năm 2022"), status="estimate"),
    fig("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập từ chanh leo của nhiều hộ",
        approx="over"),
    fig("có 57 hộ", "57", 57, "count", "hộ", "hộ có thu nhập từ chanh leo trên 200 triệu đồng"),
    fig("trên 200 triệu đồng", "200", 200e6, "money", "đồng", "thu nhập từ chanh leo", approx="over", optional=True),
    fig("chanh leo 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng", SUP, G),
    fig("tỉnh 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", SUP + " từ ngân sách tỉnh", G, total=14.8e9),
    fig("huyện 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", SUP + " từ ngân sách huyện", G, total=14.8e9),
    fig("đối ứng 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", SUP + " doanh nghiệp đối ứng", G, total=14.8e9),
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã trồng chanh leo"),
    fig("21 tổ hợp tác", "21", 21, "count", "tổ hợp tác", "tổ hợp tác trồng chanh leo"),
    fig("186 ha", "186", 186, "measure", "ha", "diện tích chanh leo được cấp mã số vùng trồng", percent=30.4),
    fig("mới 150 ha", "150", 150, "measure", "ha", "diện tích chanh leo trồng mới", Y24, status="target"),
    fig("khoảng 760 ha", "760", 760, "measure", "ha", "tổng diện tích chanh leo", Y24, approx="about",
        status="target"),
    fig("trên 8.000 tấn", "8.000", 8000, "measure", "tấn", "sản lượng chanh leo", Y24b, approx="over",
        status="forecast"),
]

NOTES = [
    "Quế Phong district portal (Nghệ An): chanh leo area, households, output and value 2023, support funds 2021-2023, 2024 plan.",
    "District portal -> location Quế Phong throughout (commune Tri Lễ is below the district level the spec names).",
    "'Sau 8 năm' is a duration, 'Đài Nông 1' a variety name, 'Quốc lộ 48', 'Nghị quyết số 05-NQ/HU ngày 20/4/2021', phone: not figures.",
    "'gồm:' breakdown adds up (6,5 + 3,1 + 5,2 = 14,8) -> total. '1.125 hộ' after 'trong đó' -> total 1.480.",
    "'trên 200 triệu đồng' is the threshold defining the 57 households: optional.",
    "'chiếm 30,4% tổng diện tích' -> percent of 186 ha; the whole is not stated as a number there, so no total.",
]

if __name__ == "__main__":
    write("p705-2", TEXT, NOTES, F, published="2024-03-22", location="Quế Phong")
