"""p1051-4: ministry site (Bộ GD&ĐT), national figures on teacher official housing, 2023."""
from lib import emit, fig, per, inh, year, ch

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tổng hợp > Cơ sở vật chất

Cả nước còn thiếu hơn 13.000 phòng ở công vụ cho giáo viên

Ngày đăng: 06/04/2023 | Lượt xem: 1.207

Theo báo cáo tổng hợp của Cục Cơ sở vật chất, tính đến hết năm 2022, cả nước có 53.620 phòng ở công vụ cho giáo viên, tăng 1.850 phòng so với năm 2021. Số phòng kiên cố là 41.290 phòng, chiếm 77%; còn 12.330 phòng là bán kiên cố hoặc nhà tạm, nhiều nơi đã xuống cấp. Riêng năm 2022, các địa phương đã xây mới 2.140 phòng và sửa chữa, cải tạo 1.365 phòng với tổng kinh phí 986 tỷ đồng.

Tuy vậy, nhu cầu chỗ ở của giáo viên vùng khó khăn vẫn rất lớn. Cả nước còn thiếu khoảng 13.400 phòng ở công vụ, tập trung ở miền núi phía Bắc và Tây Nguyên; trong đó Hà Giang thiếu 1.120 phòng, Sơn La 980 phòng, Điện Biên 860 phòng và Gia Lai 740 phòng. Hiện có 21/63 tỉnh, thành phố ban hành chính sách hỗ trợ riêng cho giáo viên cắm bản, mức hỗ trợ từ 500.000 đồng đến 1,5 triệu đồng/người/tháng.

Giai đoạn 2018-2022, tổng vốn đầu tư xây dựng nhà công vụ giáo viên đạt khoảng 4.850 tỷ đồng, trong đó vốn các chương trình mục tiêu quốc gia chiếm 62%, còn lại là ngân sách địa phương và nguồn xã hội hóa.

Theo quy định hiện hành, mỗi phòng ở công vụ giáo viên có diện tích tối thiểu 24 m2. Giai đoạn 2023-2025, Bộ đặt mục tiêu đáp ứng 90% nhu cầu nhà ở công vụ của giáo viên tại các xã đặc biệt khó khăn, bình quân mỗi năm xây mới khoảng 4.500 phòng. Bộ đề nghị các địa phương rà soát nhu cầu, gửi báo cáo theo Công văn số 1415/BGDĐT-CSVC về Bộ trước ngày 30/6/2023 (qua Cục Cơ sở vật chất, số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội; điện thoại 024.3869.5144).
"""

END22 = per("tính đến hết năm 2022", None, "2022-12-31")
Y22 = year(2022, "Riêng năm 2022")
P1822 = per("Giai đoạn 2018-2022", "2018-01-01", "2022-12-31")
P2325 = per("Giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
SHORT = "phòng ở công vụ cho giáo viên còn thiếu"
F = [
    fig("thiếu hơn 13.000 phòng", "13.000", 13000, "count", "phòng ở công vụ", SHORT, approx="over"),
    fig("có 53.620 phòng", "53.620", 53620, "count", "phòng ở công vụ", "phòng ở công vụ cho giáo viên", END22,
        change=ch("increase", 1850, "phòng", "năm 2021")),
    fig("là 41.290 phòng", "41.290", 41290, "count", "phòng", "phòng ở công vụ kiên cố", inh(END22), percent=77),
    fig("còn 12.330 phòng", "12.330", 12330, "count", "phòng", "phòng ở công vụ bán kiên cố hoặc nhà tạm", inh(END22)),
    fig("xây mới 2.140 phòng", "2.140", 2140, "count", "phòng", "phòng ở công vụ xây mới", Y22),
    fig("cải tạo 1.365 phòng", "1.365", 1365, "count", "phòng", "phòng ở công vụ sửa chữa, cải tạo", Y22),
    fig("kinh phí 986 tỷ đồng", "986", 986e9, "money", "đồng", "kinh phí xây mới, sửa chữa, cải tạo phòng ở công vụ", Y22),
    fig("khoảng 13.400 phòng", "13.400", 13400, "count", "phòng ở công vụ", SHORT, approx="about"),
    fig("Hà Giang thiếu 1.120 phòng", "1.120", 1120, "count", "phòng", SHORT, total=13400, location="Hà Giang"),
    fig("Sơn La 980 phòng", "980", 980, "count", "phòng", SHORT, total=13400, location="Sơn La"),
    fig("Điện Biên 860 phòng", "860", 860, "count", "phòng", SHORT, total=13400, location="Điện Biên"),
    fig("Gia Lai 740 phòng", "740", 740, "count", "phòng", SHORT, total=13400, location="Gia Lai"),
    fig("có 21/63 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        "tỉnh, thành phố ban hành chính sách hỗ trợ riêng cho giáo viên cắm bản", total=63),
    fig("từ 500.000 đồng đến 1,5 triệu", "500.000", 500000, "money", "đồng/người/tháng",
        "mức hỗ trợ giáo viên cắm bản", value_max=1.5e6),
    fig("khoảng 4.850 tỷ đồng", "4.850", 4850e9, "money", "đồng", "tổng vốn đầu tư xây dựng nhà công vụ giáo viên",
        P1822, approx="about"),
    fig("chiếm 62%", "62", 62, "percent", "%",
        "vốn các chương trình mục tiêu quốc gia trong tổng vốn đầu tư nhà công vụ giáo viên", P1822),
    fig("tối thiểu 24 m2", "24", 24, "measure", "m2", "diện tích mỗi phòng ở công vụ giáo viên",
        approx="at_least", optional=True),
    fig("đáp ứng 90%", "90", 90, "percent", "%",
        "nhu cầu nhà ở công vụ của giáo viên tại các xã đặc biệt khó khăn được đáp ứng", P2325, status="target"),
    fig("khoảng 4.500 phòng", "4.500", 4500, "count", "phòng", "phòng ở công vụ xây mới bình quân mỗi năm", P2325,
        approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ GD&ĐT: cả nước thiếu hơn 13.000 phòng ở công vụ giáo viên, 06/04/2023. National: location Việt Nam.",
    "Provinces after 'trong đó' are parts of the national 13.400 shortage (total 13400) with their own location.",
    "'chiếm 62%' is the share of a part (CTMTQG capital) in the 4.850 tỷ whole, not of the 4.850 tỷ itself: own percent figure.",
    "'tối thiểu 24 m2' is a regulatory norm (threshold): optional. 41.290 'chiếm 77%' -> percent; no total cue for 41.290 / 12.330.",
    "Distractors: Công văn số 1415/BGDĐT-CSVC, 'trước ngày 30/6/2023', số 35 Đại Cồ Việt, phone 024.3869.5144, Lượt xem: 1.207.",
]

if __name__ == "__main__":
    emit("p1051-4", TEXT, COMMENTS, F, published="2023-04-06", location="Việt Nam")
