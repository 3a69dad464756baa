"""p700-8: commune portal, xã Hợp Thanh (Lương Sơn, Hòa Bình), quarries' contributions Q1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND XÃ HỢP THANH - HUYỆN LƯƠNG SƠN - TỈNH HÒA BÌNH
Trang chủ » Tin hoạt động
Hợp Thanh: Doanh nghiệp khai thác đá đóng góp hơn 2,3 tỷ đồng xây dựng nông thôn mới
28/03/2024 10:05

Trên địa bàn xã hiện có 7 doanh nghiệp được cấp phép khai thác đá vôi làm vật liệu xây dựng thông thường, tổng diện tích các mỏ khoảng 86 ha, công suất mỗi mỏ từ 150.000 đến 500.000 m³/năm.

Quý I/2024, các mỏ trên địa bàn xã khai thác khoảng 610.000 m³ đá nguyên khai, nộp ngân sách nhà nước 18,7 tỷ đồng; thu ngân sách của xã đứng thứ 2 trong 19 xã, thị trấn của huyện Lương Sơn.

Các doanh nghiệp đang sử dụng 312 lao động, trong đó 245 lao động là người địa phương, thu nhập bình quân 7,2 triệu đồng/người/tháng. Từ năm 2021 đến nay, các doanh nghiệp đã đóng góp hơn 2,3 tỷ đồng xây dựng nông thôn mới, làm mới 4,6 km đường bê tông và 2 nhà văn hóa thôn.

Tuy nhiên, hoạt động nổ mìn, vận chuyển đá vẫn ảnh hưởng tới khoảng 120 hộ dân ở xóm Đồng Bái và xóm Rú 1. Trong quý I, UBND xã đã tiếp nhận 6 đơn kiến nghị của người dân, giải quyết xong 5/6 đơn; các kiến nghị chủ yếu về bụi, rung chấn và nứt tường nhà.

Năm 2024, xã phấn đấu 100% doanh nghiệp ký cam kết bảo vệ môi trường với UBND xã, giảm ít nhất 30% số vụ xe chở đá rơi vãi trên Quốc lộ 6 so với năm 2023.

Hotline: 0218.3866.305
"""

HT = "Lương Sơn"
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-03-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("góp hơn 2,3 tỷ đồng xây dựng nông thôn mới\n", "2,3", 2.3e9, "money", "đồng",
        "doanh nghiệp khai thác đá đóng góp xây dựng nông thôn mới", approx="over"),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        "doanh nghiệp được cấp phép khai thác đá vôi làm vật liệu xây dựng thông thường"),
    fig("khoảng 86 ha", "86", 86, "measure", "ha", "tổng diện tích các mỏ", approx="about"),
    fig("từ 150.000 đến 500.000 m³/năm", "150.000", 150000, "measure", "m³/năm", "công suất mỗi mỏ",
        value_max=500000),
    fig("khoảng 610.000 m³", "610.000", 610000, "measure", "m³", "đá nguyên khai khai thác", Q1,
        approx="about"),
    fig("18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "nộp ngân sách nhà nước", Q1),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", "thu ngân sách của xã", Q1, total=19),
    fig("19 xã, thị trấn", "19", 19, "count", "xã, thị trấn", "xã, thị trấn của huyện Lương Sơn",
        location="Lương Sơn", optional=True),
    fig("312 lao động", "312", 312, "count", "lao động", "lao động doanh nghiệp sử dụng"),
    fig("245 lao động", "245", 245, "count", "lao động", "lao động là người địa phương", total=312),
    fig("7,2 triệu đồng/người/tháng", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    fig("góp hơn 2,3 tỷ đồng xây dựng nông thôn mới,", "2,3", 2.3e9, "money", "đồng",
        "doanh nghiệp đóng góp xây dựng nông thôn mới", SINCE, approx="over"),
    fig("4,6 km", "4,6", 4.6, "measure", "km", "đường bê tông làm mới", SINCE),
    fig("2 nhà văn hóa", "2", 2, "count", "nhà văn hóa", "nhà văn hóa thôn", SINCE),
    fig("khoảng 120 hộ", "120", 120, "count", "hộ", "hộ dân bị ảnh hưởng bởi nổ mìn, vận chuyển đá",
        approx="about"),
    fig("tiếp nhận 6 đơn", "6", 6, "count", "đơn", "đơn kiến nghị của người dân",
        per("Trong quý I", "2024-01-01", "2024-03-31")),
    fig("5/6 đơn", "5", 5, "count", "đơn", "đơn giải quyết xong",
        per("Trong quý I", "2024-01-01", "2024-03-31"), total=6),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp ký cam kết bảo vệ môi trường", Y24,
        status="target"),
    fig("ít nhất 30%", "30", 30, "percent", "%", "giảm số vụ xe chở đá rơi vãi trên Quốc lộ 6", Y24,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Hợp Thanh, huyện Lương Sơn, Hòa Bình), breadcrumb, bare dateline '28/03/2024 10:05', hotline.",
    "Location: Lương Sơn (the district) for all figures of the commune; '19 xã, thị trấn' (optional) is Lương Sơn's too.",
    "revised: first annotated with the commune 'Hợp Thanh'; FIGURES.md defines location as 'the province, city or district",
    "the figure describes' (no commune level), so the commune's figures take the district that contains it.",
    "'thu ngân sách của xã đứng thứ 2 trong 19 xã, thị trấn': rank 2 with total 19 ('trong N', as '25/63' in shared h04);",
    "the 19 itself is optional (belongs to the rank). Headline repeats the 2,3 tỷ as its own figure without period.",
    "'Từ năm 2021 đến nay' ends at the dateline. 'giảm ít nhất 30% … so với năm 2023' is a target rate (percent, no change).",
    "Not figures: 'xóm Rú 1', 'Quốc lộ 6', hotline, dateline.",
]

if __name__ == "__main__":
    emit("p700-8", TEXT, COMMENTS, FIGS, published="2024-03-28", location=HT)
