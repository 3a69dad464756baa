"""p1468-2: district portal (huyện Văn Lâm, Hưng Yên): a charging-cable plant opens its second phase."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Nhà máy cáp sạc Thiên Phú vận hành giai đoạn 2

Ngày đăng: 18/06/2024

Sáng 17/6, tại Khu công nghiệp Phố Nối A, Công ty TNHH Công nghệ Thiên Phú tổ chức lễ vận hành giai đoạn 2 nhà máy sản xuất cáp sạc và tai nghe. Giai đoạn này có vốn đầu tư 18,5 triệu USD, nâng tổng vốn của dự án lên 42 triệu USD; diện tích nhà xưởng tăng thêm 12.000 m2.

Theo ông Lê Minh Quang, Giám đốc công ty, sau khi mở rộng, công suất nhà máy đạt 60 triệu sợi cáp/năm, gấp đôi giai đoạn 1. Năm 2023, công ty sản xuất 27,4 triệu sợi cáp, doanh thu đạt 610 tỷ đồng, tăng 23% so với năm 2022; nộp ngân sách hơn 14 tỷ đồng. Hiện công ty có 1.320 lao động, trong đó lao động địa phương chiếm khoảng 70%; thu nhập bình quân từ 8 đến 9,5 triệu đồng/người/tháng. Trong năm nay, công ty dự kiến tuyển thêm khoảng ba trăm công nhân.

Hiện trên địa bàn huyện có 46 doanh nghiệp sản xuất linh kiện, phụ kiện điện tử, gồm 31 doanh nghiệp FDI và 15 doanh nghiệp trong nước. 5 tháng đầu năm 2024, giá trị sản xuất công nghiệp của nhóm ngành này ước đạt 3.870 tỷ đồng, chiếm 21,4% giá trị sản xuất công nghiệp toàn huyện.

Dịp này, công ty phối hợp với Trung tâm Giáo dục nghề nghiệp huyện khai giảng hai lớp đào tạo nghề lắp ráp linh kiện cho 70 học viên là con em các xã Lạc Đạo, Trưng Trắc.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Hội nghị sơ kết 6 tháng đầu năm 2024
- Nâng cấp, mở rộng đường 385 đoạn qua thị trấn Như Quỳnh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Trong năm nay", "2024-01-01", "2024-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
TP = "Công ty TNHH Công nghệ Thiên Phú"

FIGS = [
    fig("vốn đầu tư 18,5 triệu", "18,5", 18.5e6, "money", "USD",
        subject="vốn đầu tư giai đoạn 2 nhà máy cáp sạc"),
    fig("lên 42 triệu USD", "42", 42e6, "money", "USD", subject="tổng vốn của dự án"),
    fig("thêm 12.000 m2", "12.000", 12000, "measure", "m2", subject="diện tích nhà xưởng tăng thêm"),
    fig("đạt 60 triệu sợi", "60", 60e6, "measure", "sợi cáp/năm",
        change=chg("increase", 2, "lần", "giai đoạn 1"), subject="công suất nhà máy"),
    fig("sản xuất 27,4 triệu", "27,4", 27.4e6, "count", "sợi cáp",
        subject="sợi cáp công ty sản xuất", period=Y23),
    fig("đạt 610 tỷ", "610", 610e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 14 tỷ", "14", 14e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=Y23),
    fig("có 1.320 lao động", "1.320", 1320, "count", "lao động", subject="lao động của công ty"),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="lao động địa phương"),
    fig("từ 8 đến 9,5", "8", 8e6, "money", "đồng/người/tháng", value_max=9.5e6,
        subject="thu nhập bình quân của lao động"),
    fig("khoảng ba trăm", "ba trăm", 300, "count", "công nhân", approx="about", status="forecast",
        subject="công nhân công ty tuyển thêm", period=NOW),
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất linh kiện, phụ kiện điện tử trên địa bàn huyện"),
    fig("gồm 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", total=46, subject="doanh nghiệp FDI"),
    fig("và 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=46, subject="doanh nghiệp trong nước"),
    fig("ước đạt 3.870 tỷ", "3.870", 3870e9, "money", "đồng", status="estimate", percent=21.4,
        subject="giá trị sản xuất công nghiệp nhóm ngành linh kiện, phụ kiện điện tử", period=M5),
    fig("hai lớp", "hai", 2, "count", "lớp", subject="lớp đào tạo nghề lắp ráp linh kiện"),
    fig("cho 70 học viên", "70", 70, "count", "học viên", subject="học viên lớp đào tạo nghề"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, 'Ngày đăng: 18/06/2024', 'Nguồn:', 'Tin khác'.",
    "Distractors: 'Sáng 17/6', 'giai đoạn 2' / 'giai đoạn 1' (phase names), 'Khu công nghiệp Phố Nối A', 'đường 385',",
    "'6 tháng đầu năm 2024' in a link title.",
    "Location Văn Lâm (the district) for every figure: the plant stands in the district, the portal is the district's.",
    "'gấp đôi giai đoạn 1' after the capacity is a change (increase, 2 lần, baseline 'giai đoạn 1'), not a figure of its own.",
    "'Năm 2023' governs the ';'-chain of the company's results (27,4 triệu, 610 tỷ, hơn 14 tỷ); 'hơn' → over.",
    "'trong đó lao động địa phương chiếm khoảng 70%' is a percent figure of its own (no base amount; no total for a percent).",
    "'ba trăm' (number words) = 300; 'Trong năm nay' = 2024 (published); 'dự kiến' → forecast.",
    "'gồm 31 ... và 15 ...' are parts of the 46 enterprises (total 46).",
]

if __name__ == "__main__":
    write("p1468-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Văn Lâm")
