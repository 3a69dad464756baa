"""p1558-2: district portal (huyện Đức Hòa, Long An): a diaper and pad factory opens in KCN Hựu Thạnh."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Nhà máy tã giấy 1.200 tỷ đồng đi vào hoạt động tại Khu công nghiệp Hựu Thạnh

21/08/2024 - 10:05

Sáng 20/8, Công ty cổ phần Hóa phẩm Vệ sinh Phương Nam khánh thành nhà máy sản xuất tã giấy và băng vệ sinh tại Lô C2-5, đường số 3, Khu công nghiệp Hựu Thạnh, xã Hựu Thạnh.

Nhà máy có tổng vốn đầu tư 1.200 tỷ đồng, xây dựng trên diện tích 6,5 ha, gồm 8 dây chuyền, trong đó 5 dây chuyền tã trẻ em, 2 dây chuyền tã người lớn và một dây chuyền băng vệ sinh. Công suất thiết kế đạt 720 triệu sản phẩm/năm. Năm 2025, nhà máy dự kiến sản xuất khoảng 400 triệu sản phẩm, trong đó khoảng 60% xuất khẩu sang Nhật Bản và Hàn Quốc.

Nhà máy tạo việc làm cho khoảng 650 lao động, trong đó hơn 450 người là lao động địa phương, mức lương khởi điểm từ 7,5 đến 8 triệu đồng/người/tháng. Ông Nguyễn Văn Khải, Tổng Giám đốc công ty cho biết, hồ sơ giai đoạn 2 của dự án đang được hoàn thiện.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện Lê Minh Tâm cho biết, Đức Hòa hiện có 4 doanh nghiệp sản xuất tã giấy, băng vệ sinh, khăn ướt. Từ đầu năm đến nay, huyện thu hút 12 dự án đầu tư trong nước với tổng vốn đăng ký 4.850 tỷ đồng, tăng 18% so với cùng kỳ, và 9 dự án FDI với tổng vốn 136,5 triệu USD. Giá trị sản xuất công nghiệp 7 tháng đầu năm 2024 ước đạt 38.600 tỷ đồng, bằng 59,2% kế hoạch năm.

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.234
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-21")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    fig("giấy 1.200 tỷ", "1.200", 1200e9, "money", "đồng", subject="nhà máy tã giấy"),
    fig("đầu tư 1.200 tỷ", "1.200", 1200e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy"),
    fig("6,5 ha", "6,5", 6.5, "measure", "ha", subject="diện tích xây dựng nhà máy"),
    fig("gồm 8 dây chuyền", "8", 8, "count", "dây chuyền", subject="dây chuyền của nhà máy"),
    fig("5 dây chuyền tã trẻ em", "5", 5, "count", "dây chuyền", total=8, subject="dây chuyền tã trẻ em"),
    fig("2 dây chuyền tã người lớn", "2", 2, "count", "dây chuyền", total=8, subject="dây chuyền tã người lớn"),
    fig("một dây chuyền băng vệ sinh", "một", 1, "count", "dây chuyền", total=8,
        subject="dây chuyền băng vệ sinh"),
    fig("đạt 720 triệu", "720", 720e6, "measure", "sản phẩm/năm", subject="công suất thiết kế của nhà máy"),
    fig("khoảng 400 triệu", "400", 400e6, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản phẩm nhà máy sản xuất", period=Y25),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="forecast",
        subject="sản phẩm xuất khẩu sang Nhật Bản và Hàn Quốc", period=Y25),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động nhà máy tạo việc làm"),
    fig("hơn 450 người", "450", 450, "count", "người", approx="over", total=650,
        subject="lao động địa phương"),
    fig("từ 7,5 đến 8 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="mức lương khởi điểm"),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh, khăn ướt"),
    fig("thu hút 12 dự án", "12", 12, "count", "dự án", subject="dự án đầu tư trong nước huyện thu hút",
        period=YTD),
    fig("đăng ký 4.850 tỷ", "4.850", 4850e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="tổng vốn đăng ký của dự án đầu tư trong nước", period=YTD),
    fig("và 9 dự án FDI", "9", 9, "count", "dự án FDI", subject="dự án FDI huyện thu hút", period=YTD),
    fig("136,5 triệu USD", "136,5", 136.5e6, "money", "USD", subject="tổng vốn dự án FDI", period=YTD),
    fig("ước đạt 38.600 tỷ", "38.600", 38600e9, "money", "đồng", status="estimate", percent=59.2,
        subject="giá trị sản xuất công nghiệp", period=M7),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): portal banner naming the district, menu, '21/08/2024 - 10:05' under the headline, address footer.",
    "Distractors: 10:05, 'Sáng 20/8', 'Lô C2-5, đường số 3', 'giai đoạn 2 của dự án', 'Khu phố 3', phone 0272.3851.234.",
    "Headline '1.200 tỷ đồng' is a figure of its own; its subject is what the headline names (the factory).",
    "'gồm 8 dây chuyền, trong đó 5 ..., 2 ... và một ...': parts add up to 8 → total 8 (number word 'một' = 1).",
    "'trong đó khoảng 60% xuất khẩu' is a share of the part, a percent figure of its own, forecast like its clause ('dự kiến').",
    "'hơn 450 người' after 'trong đó' takes total 650 (the whole counts workers too).",
    "Location: the whole article is the district's (district portal): Đức Hòa for every figure.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-21; '7 tháng đầu năm 2024' written with its year.",
]

if __name__ == "__main__":
    write("p1558-2", TEXT, NOTES, FIGS, published="2024-08-21", location="Đức Hòa")
