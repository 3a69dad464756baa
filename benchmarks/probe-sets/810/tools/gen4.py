from lib import emit, fig, P, I, C, T

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY LỢI
Trang chủ » Tin tức » Phòng chống hạn hán, xâm nhập mặn
Ngày đăng: 05/04/2024 | Lượt xem: 1.126

Các hệ thống cống lớn phát huy hiệu quả ngăn mặn vùng Đồng bằng sông Cửu Long

Theo Cục Thủy lợi, cả nước hiện có hơn 4.200 cống ngăn mặn, giữ ngọt vùng ven biển, trong đó vùng Đồng bằng sông Cửu Long chiếm khoảng 60%. Tính đến ngày 31/3/2024, các địa phương trong vùng đã vận hành khoảng 1.850 cống, bảo vệ an toàn gần 1,4 triệu ha lúa Đông Xuân, chiếm hơn 90% diện tích gieo trồng toàn vùng.

Riêng hệ thống thủy lợi Cái Lớn - Cái Bé (Kiên Giang), tổng mức đầu tư 3.309 tỷ đồng, đã kiểm soát mặn cho 384.120 ha đất sản xuất; từ ngày 1/12/2023 đến nay, cống Cái Lớn đã đóng, mở 142 lần, mỗi lần vận hành trung bình 2,5 giờ.

Theo số liệu quan trắc, ranh mặn 4‰ trên các sông chính vào sâu từ 40 đến 60 km, ngắn hơn khoảng 20 km so với mùa khô 2019-2020. Các tỉnh có diện tích lúa được bảo vệ lớn nhất lần lượt là Kiên Giang (khoảng 285.000 ha), Bạc Liêu (98.000 ha), Trà Vinh (76.500 ha) và Sóc Trăng (67.400 ha).

Tuy nhiên, vẫn còn khoảng 320 cống do địa phương quản lý bị xuống cấp, chiếm 12,7% tổng số cống trong vùng. Năm 2024, Bộ đã phân bổ 1.250 tỷ đồng từ nguồn dự phòng ngân sách trung ương cho 8 tỉnh ven biển để sửa chữa, xây mới cống, trong đó dự kiến 430 tỷ đồng đầu tư cống Vàm Bần (Trà Vinh).

Mục tiêu đến năm 2030, vùng Đồng bằng sông Cửu Long chủ động kiểm soát mặn cho 1,8 triệu ha đất sản xuất nông nghiệp. Tổng nhu cầu vốn cho các công trình kiểm soát mặn giai đoạn 2021-2030 ước khoảng 42.000 tỷ đồng.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5700
"""

ASOF = P("Tính đến ngày 31/3/2024", None, "2024-03-31")
CL = P("từ ngày 1/12/2023 đến nay", "2023-12-01", "2024-04-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 4.200 cống", "4.200", "count", "cống", "cống ngăn mặn, giữ ngọt vùng ven biển", approx="over"),
    fig("chiếm khoảng 60%", "60", "percent", "%", "cống ngăn mặn vùng Đồng bằng sông Cửu Long trong tổng số cả nước",
        approx="about"),
    fig("khoảng 1.850 cống", "1.850", "count", "cống", "cống được vận hành", ASOF, approx="about"),
    fig("gần 1,4 triệu ha", "1,4", "measure", "ha", "lúa Đông Xuân được bảo vệ an toàn", ASOF, m=1e6,
        approx="nearly", percent=90),
    fig("tổng mức đầu tư 3.309 tỷ đồng", "3.309", "money", "đồng", "tổng mức đầu tư hệ thống thủy lợi Cái Lớn - Cái Bé",
        m=1e9, location="Kiên Giang"),
    fig("cho 384.120 ha", "384.120", "measure", "ha", "đất sản xuất được kiểm soát mặn", location="Kiên Giang"),
    fig("mở 142 lần", "142", "count", "lần", "số lần đóng, mở cống Cái Lớn", CL, location="Kiên Giang"),
    fig("trung bình 2,5 giờ", "2,5", "measure", "giờ", "thời gian vận hành trung bình mỗi lần của cống Cái Lớn", CL,
        location="Kiên Giang"),
    fig("ranh mặn 4‰ trên", "4", "measure", "‰", "ranh mặn", optional=True),
    fig("từ 40 đến 60 km", "40", "measure", "km", "ranh mặn 4‰ trên các sông chính vào sâu", vmax=60,
        change=C("decrease", 20, "km", "mùa khô 2019-2020", approx="about")),
    fig("Kiên Giang (khoảng 285.000 ha)", "285.000", "measure", "ha", "diện tích lúa được bảo vệ", I(ASOF),
        approx="about", location="Kiên Giang"),
    fig("Bạc Liêu (98.000 ha)", "98.000", "measure", "ha", "diện tích lúa được bảo vệ", I(ASOF), location="Bạc Liêu"),
    fig("Trà Vinh (76.500 ha)", "76.500", "measure", "ha", "diện tích lúa được bảo vệ", I(ASOF), location="Trà Vinh"),
    fig("Sóc Trăng (67.400 ha)", "67.400", "measure", "ha", "diện tích lúa được bảo vệ", I(ASOF), location="Sóc Trăng"),
    fig("khoảng 320 cống", "320", "count", "cống", "cống do địa phương quản lý bị xuống cấp", approx="about",
        percent=12.7),
    fig("phân bổ 1.250 tỷ đồng", "1.250", "money", "đồng", "vốn dự phòng ngân sách trung ương phân bổ sửa chữa, xây mới cống",
        Y24, m=1e9),
    fig("cho 8 tỉnh", "8", "count", "tỉnh", "tỉnh ven biển được phân bổ vốn", Y24),
    fig("dự kiến 430 tỷ đồng", "430", "money", "đồng", "vốn đầu tư cống Vàm Bần", Y24, m=1e9, total=1250e9,
        status="forecast", location="Trà Vinh"),
    fig("cho 1,8 triệu ha", "1,8", "measure", "ha", "đất sản xuất nông nghiệp được chủ động kiểm soát mặn",
        P("đến năm 2030", None, "2030-12-31"), m=1e6, status="target"),
    fig("ước khoảng 42.000 tỷ đồng", "42.000", "money", "đồng", "tổng nhu cầu vốn cho các công trình kiểm soát mặn",
        P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), m=1e9, approx="about", status="estimate"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy lợi), 'Ngày đăng: 05/04/2024 | Lượt xem: 1.126': sluices in the Mekong Delta, dry season 2023-2024.",
    "Location: national and whole-region (ĐBSCL) figures reported by the ministry are 'Việt Nam' (the region is no province); items named with",
    "a province in brackets or a list take that province ('Cái Lớn - Cái Bé (Kiên Giang)', 'cống Vàm Bần (Trà Vinh)'); 8 tỉnh (a count of provinces) is Việt Nam.",
    "'ranh mặn 4‰' defines the salinity line: optional. 'chiếm khoảng 60%' after 'trong đó' with no amount of its own is a percent figure.",
    "'dự kiến 430 tỷ đồng' is a part of 1.250 tỷ ('trong đó'), forecast. Distractors: address Số 2 Ngọc Hà, phone, Lượt xem, 'mùa khô 2019-2020' (a baseline).",
]

if __name__ == "__main__":
    emit("p810-4", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Việt Nam")
