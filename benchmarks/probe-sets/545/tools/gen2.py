"""p545-2: huyện Ba Tri (Bến Tre) district portal — salinity on rivers, households lacking fresh water, March 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TRI
Trang chủ / Tin hoạt động / Nông nghiệp - Tài nguyên
Thứ Ba, 12/03/2024 - 09:15

Ba Tri: Độ mặn lên tới 14,2‰, hơn 4.200 hộ thiếu nước ngọt

Theo Phòng Tài nguyên và Môi trường huyện, từ đầu tháng 3 đến nay, xâm nhập mặn trên các sông chính tiếp tục diễn biến phức tạp. Ngày 10/3, độ mặn cao nhất đo được tại cống Tân Hưng (xã Tân Xuân) là 14,2‰, cao hơn 3,6‰ so với cùng kỳ năm 2023; tại trạm Vàm Hồ là 8,5‰. Ranh mặn 4‰ đã vào sâu khoảng 52 km trên sông Hàm Luông.

Hiện toàn huyện có khoảng 4.230 hộ dân thiếu nước ngọt sinh hoạt, tập trung ở các xã An Thủy (1.120 hộ), Bảo Thuận (865 hộ), Tân Xuân (740 hộ) và Vĩnh An (612 hộ). Trong tháng 3, huyện đã hỗ trợ chở miễn phí 2.850 m³ nước ngọt cho người dân, trong đó Nhà máy nước Ba Tri cấp 1.600 m³.

Về sản xuất, có 326 ha lúa Đông Xuân và 185 ha cây ăn trái bị ảnh hưởng do mặn, mức thiệt hại từ 30 đến 50%. Huyện đã vận hành 24/31 cống ngăn mặn để trữ ngọt, giữ được khoảng 2,1 triệu m³ nước trong kênh nội đồng.

Dự báo trong tháng 4/2024, ranh mặn 4‰ có thể vào sâu 55-60 km. Phòng Tài nguyên và Môi trường khuyến cáo người dân chỉ lấy nước khi độ mặn dưới 1‰ và trữ nước bằng lu, bồn, túi trữ nước. Đường dây nóng tiếp nhận phản ánh: 0275.3850.222.

Ngọc Hân (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)
"""

D10 = per("Ngày 10/3", "2024-03-10", "2024-03-10")
SINCE = per("từ đầu tháng 3 đến nay", "2024-03-01", "2024-03-12")
M3 = per("Trong tháng 3", "2024-03-01", "2024-03-31")
M4 = per("trong tháng 4/2024", "2024-04-01", "2024-04-30")

FIGS = [
    fig("lên tới 14,2‰", "14,2", 14.2, "measure", "‰", "độ mặn"),
    fig("hơn 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ thiếu nước ngọt", approx="over"),
    fig("là 14,2‰", "14,2", 14.2, "measure", "‰", "độ mặn cao nhất đo được tại cống Tân Hưng (xã Tân Xuân)", D10,
        change=chg("increase", 3.6, "‰", "cùng kỳ năm 2023")),
    fig("là 8,5‰", "8,5", 8.5, "measure", "‰", "độ mặn cao nhất tại trạm Vàm Hồ", D10),
    fig("Ranh mặn 4‰ đã", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    fig("khoảng 52 km", "52", 52, "measure", "km", "ranh mặn 4‰ vào sâu trên sông Hàm Luông", inh(SINCE),
        approx="about"),
    fig("khoảng 4.230 hộ", "4.230", 4230, "count", "hộ", "hộ dân thiếu nước ngọt sinh hoạt", approx="about"),
    fig("(1.120 hộ)", "1.120", 1120, "count", "hộ", "hộ dân thiếu nước ngọt sinh hoạt xã An Thủy"),
    fig("(865 hộ)", "865", 865, "count", "hộ", "hộ dân thiếu nước ngọt sinh hoạt xã Bảo Thuận"),
    fig("(740 hộ)", "740", 740, "count", "hộ", "hộ dân thiếu nước ngọt sinh hoạt xã Tân Xuân"),
    fig("(612 hộ)", "612", 612, "count", "hộ", "hộ dân thiếu nước ngọt sinh hoạt xã Vĩnh An"),
    fig("miễn phí 2.850 m³", "2.850", 2850, "measure", "m³", "nước ngọt hỗ trợ chở miễn phí cho người dân", M3),
    fig("cấp 1.600 m³", "1.600", 1600, "measure", "m³", "nước ngọt Nhà máy nước Ba Tri cấp", M3, total=2850),
    fig("có 326 ha", "326", 326, "measure", "ha", "lúa Đông Xuân bị ảnh hưởng do mặn"),
    fig("và 185 ha", "185", 185, "measure", "ha", "cây ăn trái bị ảnh hưởng do mặn"),
    fig("từ 30 đến 50%", "30", 30, "percent", "%", "mức thiệt hại do mặn", value_max=50),
    fig("vận hành 24/31 cống", "24", 24, "count", "cống", "cống ngăn mặn vận hành để trữ ngọt", total=31),
    fig("khoảng 2,1 triệu m³", "2,1", 2_100_000, "measure", "m³", "nước giữ được trong kênh nội đồng",
        approx="about"),
    fig("ranh mặn 4‰ có thể", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    fig("sâu 55-60 km", "55", 55, "measure", "km", "ranh mặn 4‰ vào sâu", M4, value_max=60, status="forecast"),
    fig("dưới 1‰", "1", 1, "measure", "‰", "độ mặn lấy nước", approx="under", optional=True),
]

COMMENTS = [
    "p545-2 (invented): huyện Ba Tri (Bến Tre) district portal — salinity intrusion, households short of fresh water, March 2024.",
    "Dateline 'Thứ Ba, 12/03/2024 - 09:15' under the breadcrumb; byline at the end. Distractors: hotline 0275.3850.222, dates 10/3.",
    "'Ranh mặn 4‰' names the 4‰ isohaline and 'dưới 1‰' is a threshold: optional. A single day ('Ngày 10/3') is the period of that day.",
    "Communes (xã) are not locations in the record: they stay in the subject, location is the district. The commune list does not add",
    "up to 4.230 and has no cue, so no total. 'cao hơn 3,6‰ so với cùng kỳ năm 2023' is the change of 14,2‰ (unit ‰).",
]

if __name__ == "__main__":
    emit("p545-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Ba Tri")
