from lib import emit, fig, P, I, C, T

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG
CHI CỤC THỦY LỢI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả vận hành các cống đầu mối hệ thống thủy lợi Gò Công năm 2023

Năm 2023, Chi cục Thủy lợi phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Tiền Giang vận hành 4 cống đầu mối của hệ thống thủy lợi Gò Công, bảo vệ khoảng 45.000 ha đất sản xuất của thị xã Gò Công và các huyện Gò Công Đông, Gò Công Tây, Tân Phú Đông.

Trong tháng 3/2023, độ mặn lớn nhất tại cống Vàm Giồng đo được 14,2 g/l, thấp hơn 2,6 g/l so với cùng kỳ năm 2020. Các cống được đóng từ ngày 10/1 đến ngày 25/5 và chỉ mở lấy nước khi độ mặn ngoài sông dưới 0,5 g/l.

Số lần mở cống, số giờ vận hành và lượng nước lấy vào năm 2023:
Đơn vị tính: lần; giờ; triệu m3
Tên cống
Số lần mở cống
Số giờ vận hành
Lượng nước lấy vào
Cống Xuân Hòa
186
1.240
92,5
Cống Vàm Giồng
154
1.085
78,3
Cống Long Uông
97
640
41,6
Cống Gò Công
72
485
28,4
Tổng cộng
509
3.450
240,8

Tổng kinh phí vận hành, duy tu các cống đầu mối năm 2023 là 5,8 tỷ đồng, đạt 96,7% kế hoạch vốn. Năm 2024, Chi cục dự kiến bố trí 6,5 tỷ đồng và phấn đấu duy trì độ mặn trong vùng ngọt hóa dưới 1 g/l.

Chi cục Thủy lợi tỉnh Tiền Giang
Địa chỉ: Số 35 đường 30/4, phường 1, thành phố Mỹ Tho, tỉnh Tiền Giang
Điện thoại: 0273.3872.145 - Email: ccthuyloi@tiengiang.gov.vn
Tổng lượt truy cập: 1.284.630 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Cống Xuân Hòa", "186", "1.240", "92,5"), ("Cống Vàm Giồng", "154", "1.085", "78,3"),
        ("Cống Long Uông", "97", "640", "41,6"), ("Cống Gò Công", "72", "485", "28,4"),
        ("Tổng cộng", "509", "3.450", "240,8")]

FIGS = [
    fig("vận hành 4 cống", "4", "count", "cống", "cống đầu mối của hệ thống thủy lợi Gò Công được vận hành", Y23),
    fig("khoảng 45.000 ha", "45.000", "measure", "ha", "đất sản xuất được bảo vệ", Y23, approx="about"),
    fig("được 14,2 g/l", "14,2", "measure", "g/l", "độ mặn lớn nhất tại cống Vàm Giồng",
        P("Trong tháng 3/2023", "2023-03-01", "2023-03-31"), change=C("decrease", 2.6, "g/l", "cùng kỳ năm 2020")),
    fig("dưới 0,5 g/l", "0,5", "measure", "g/l", "độ mặn ngoài sông để mở cống lấy nước", approx="under", optional=True),
]
for name, times, hours, water in ROWS:
    if name == "Tổng cộng":
        s1, s2, s3 = "tổng số lần mở cống", "tổng số giờ vận hành", "tổng lượng nước lấy vào"
    else:
        c = name.replace("Cống ", "cống ")
        s1, s2, s3 = f"số lần mở {c}", f"số giờ vận hành {c}", f"lượng nước lấy vào qua {c}"
    FIGS += [
        fig(f"{name}\n{times}\n", times, "count", "lần", s1, TAB),
        fig(f"\n{times}\n{hours}\n", hours, "measure", "giờ", s2, TAB),
        fig(f"\n{hours}\n{water}\n", water, "measure", "m3", s3, TAB, m=1e6),
    ]
FIGS += [
    fig("là 5,8 tỷ đồng", "5,8", "money", "đồng", "tổng kinh phí vận hành, duy tu các cống đầu mối",
        P("năm 2023", "2023-01-01", "2023-12-31"), m=1e9, percent=96.7),
    fig("bố trí 6,5 tỷ đồng", "6,5", "money", "đồng", "kinh phí vận hành, duy tu các cống đầu mối", Y24, m=1e9,
        status="forecast"),
    fig("dưới 1 g/l", "1", "measure", "g/l", "độ mặn trong vùng ngọt hóa", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Department site (Chi cục Thủy lợi Tiền Giang), no dateline: Gò Công sluices in 2023, a table pasted one cell per line",
    "(header cells, then each row's cells). Units from 'Đơn vị tính: lần; giờ; triệu m3' by column; period from the line above the table (inherited).",
    "Row labels are sluices, not places ('Cống Gò Công' is a sluice): location stays Tiền Giang; subject = row label + column label.",
    "'dưới 0,5 g/l' is the opening rule's threshold: optional. 'dưới 1 g/l' after 'phấn đấu duy trì' is a target figure.",
    "Distractors: address Số 35 đường 30/4, phường 1; phone; Tổng lượt truy cập 1.284.630; Đang online: 37; dates 10/1-25/5.",
]

if __name__ == "__main__":
    emit("p810-7", TEXT, COMMENTS, FIGS, published=None, location="Tiền Giang")
