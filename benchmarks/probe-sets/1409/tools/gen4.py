"""p1409-4: ministry site (Bộ NN&PTNT, Cục Kiểm lâm): national forest-law violations 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Năm 2023, diện tích rừng bị thiệt hại giảm 36%

20/02/2024 | 09:45 | Cục Kiểm lâm

Theo báo cáo của Cục Kiểm lâm, năm 2023 cả nước phát hiện 9.514 vụ vi phạm pháp luật về lâm nghiệp, giảm 8,2% so với năm 2022. Diện tích rừng bị thiệt hại là 1.103 ha, giảm 36%; trong đó diện tích rừng bị phá trái phép 415 ha, chiếm 37,6%, còn lại do cháy rừng và các nguyên nhân khác.

Lực lượng chức năng đã xử lý 8.870 vụ, trong đó xử phạt hành chính 8.512 vụ, khởi tố hình sự 358 vụ; tịch thu 9.640 m3 gỗ các loại và 1.227 phương tiện; thu nộp ngân sách nhà nước gần 248 tỷ đồng.

Các địa phương có diện tích rừng bị phá lớn nhất gồm Đắk Lắk (72 ha), Gia Lai (58 ha), Lâm Đồng (44 ha) và Kon Tum (31 ha). Nghệ An là địa phương có số vụ vi phạm nhiều nhất với 612 vụ.

Năm 2023, tỷ lệ che phủ rừng toàn quốc đạt 42,02%. Năm 2024, Bộ đặt mục tiêu giảm ít nhất 5% số vụ vi phạm, duy trì tỷ lệ che phủ rừng ổn định ở mức 42%; dự kiến bổ sung khoảng 1.200 công chức kiểm lâm cho các địa phương trọng điểm.

Phó Cục trưởng Cục Kiểm lâm Nguyễn Hữu Thành cho biết, Cục sẽ đề xuất sửa đổi Nghị định số 35/2019/NĐ-CP theo hướng tăng mức xử phạt đối với hành vi phá rừng tự nhiên, đồng thời nhân rộng mô hình ứng dụng ảnh viễn thám Sentinel-2 trong phát hiện mất rừng.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024
- Tăng cường phòng cháy, chữa cháy rừng mùa khô 2023-2024

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giảm 36%\n", "36", 36, "percent", "%",
        subject="diện tích rừng bị thiệt hại", period=Y23H),
    fig("phát hiện 9.514 vụ", "9.514", 9514, "count", "vụ",
        change=chg("decrease", 8.2, "%", "năm 2022"),
        subject="vụ vi phạm pháp luật về lâm nghiệp", period=Y23),
    fig("là 1.103 ha", "1.103", 1103, "measure", "ha",
        change=chg("decrease", 36, "%"),
        subject="diện tích rừng bị thiệt hại", period=inh(Y23)),
    fig("trái phép 415 ha", "415", 415, "measure", "ha", total=1103, percent=37.6,
        subject="diện tích rừng bị phá trái phép", period=inh(Y23)),
    fig("xử lý 8.870 vụ", "8.870", 8870, "count", "vụ", subject="vụ vi phạm đã xử lý", period=inh(Y23)),
    fig("hành chính 8.512 vụ", "8.512", 8512, "count", "vụ", total=8870,
        subject="vụ xử phạt hành chính", period=inh(Y23)),
    fig("hình sự 358 vụ", "358", 358, "count", "vụ", total=8870,
        subject="vụ khởi tố hình sự", period=inh(Y23)),
    fig("tịch thu 9.640 m3", "9.640", 9640, "measure", "m3", subject="gỗ các loại tịch thu", period=inh(Y23)),
    fig("và 1.227 phương tiện", "1.227", 1227, "count", "phương tiện", subject="phương tiện tịch thu",
        period=inh(Y23)),
    fig("gần 248 tỷ", "248", 248e9, "money", "đồng", approx="nearly",
        subject="thu nộp ngân sách nhà nước", period=inh(Y23)),
    fig("(72 ha)", "72", 72, "measure", "ha", subject="diện tích rừng bị phá", period=inh(Y23), location="Đắk Lắk"),
    fig("(58 ha)", "58", 58, "measure", "ha", subject="diện tích rừng bị phá", period=inh(Y23), location="Gia Lai"),
    fig("(44 ha)", "44", 44, "measure", "ha", subject="diện tích rừng bị phá", period=inh(Y23), location="Lâm Đồng"),
    fig("(31 ha)", "31", 31, "measure", "ha", subject="diện tích rừng bị phá", period=inh(Y23), location="Kon Tum"),
    fig("với 612 vụ", "612", 612, "count", "vụ", subject="số vụ vi phạm", period=inh(Y23), location="Nghệ An"),
    fig("đạt 42,02%", "42,02", 42.02, "percent", "%", subject="tỷ lệ che phủ rừng toàn quốc", period=Y23b),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="số vụ vi phạm giảm", period=Y24),
    fig("mức 42%", "42", 42, "percent", "%", status="target", subject="tỷ lệ che phủ rừng", period=Y24),
    fig("khoảng 1.200 công chức", "1.200", 1200, "count", "công chức", approx="about", status="forecast",
        subject="công chức kiểm lâm bổ sung cho các địa phương trọng điểm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/02/2024 | 09:45 | Cục Kiểm lâm' (published), related links, address footer.",
    "Distractors: 09:45, Nghị định số 35/2019/NĐ-CP, 'Sentinel-2', 'mùa khô 2023-2024', years in links, 'Số 2 Ngọc Hà'.",
    "National figures: location Việt Nam; the list of provinces and 'Nghệ An ... 612 vụ' are located in each province.",
    "'Các địa phương ... gồm Đắk Lắk (72 ha), ...': 'gồm' follows no figure (the group has no number), so the items get no total.",
    "'1.103 ha, giảm 36%; trong đó ... 415 ha, chiếm 37,6%' → change −36% (baseline left implicit); 415 takes total 1103 and percent 37.6.",
    "'đã xử lý 8.870 vụ, trong đó ... 8.512 vụ, ... 358 vụ' → total 8870 (8512+358).",
    "Headline 'Năm 2023, diện tích rừng bị thiệt hại giảm 36%' is a growth rate stated as the claim: percent, no change.",
    "'Năm 2024, Bộ đặt mục tiêu giảm ít nhất 5% ..., duy trì ... 42%' → two target percents; 'dự kiến bổ sung khoảng 1.200' → forecast.",
]

if __name__ == "__main__":
    write("p1409-4", TEXT, NOTES, FIGS, published="2024-02-20", location="Việt Nam")
