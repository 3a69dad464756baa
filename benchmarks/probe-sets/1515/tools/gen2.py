"""p1515-2: district portal (huyện Đức Hòa, Long An): a silicone nipple maker expands; district's producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Tin tức | Kinh tế | Văn bản | Liên hệ

Doanh nghiệp núm ti silicone ở Đức Hòa mở rộng sản xuất

18/06/2024 - 08:40

Công ty TNHH Silicone Mẹ Hiền, đặt tại Cụm công nghiệp Hoàng Gia (xã Mỹ Hạnh Nam), chuyên sản xuất núm ti, núm vú giả và ống hút bình sữa bằng silicone y tế. Năm 2023, công ty sản xuất 7,5 triệu sản phẩm, doanh thu đạt 126 tỷ đồng, tăng 18% so với năm 2022; nộp ngân sách gần 9 tỷ đồng.

Theo ông Lê Minh Khoa, Giám đốc công ty, 5 tháng đầu năm 2024, công ty đã tiêu thụ 3,4 triệu sản phẩm, trong đó xuất khẩu sang Campuchia và Philippines khoảng 1,1 triệu sản phẩm. Giá bán núm ti dao động từ 25.000 đến 60.000 đồng/chiếc tùy loại. Hiện công ty có 145 lao động, trong đó 98 lao động là người địa phương.

Để đáp ứng đơn hàng, công ty đầu tư thêm ba máy ép silicone tự động, nâng công suất lên 1 triệu sản phẩm/tháng, tổng vốn khoảng 40 tỷ đồng. Năm 2024, công ty phấn đấu doanh thu đạt 150 tỷ đồng và tuyển thêm 30-40 lao động.

Toàn huyện hiện có 12 doanh nghiệp sản xuất đồ dùng cho trẻ em, gồm 7 doanh nghiệp trong khu, cụm công nghiệp và 5 doanh nghiệp ngoài khu. Phòng Kinh tế huyện duy trì kiểm tra chất lượng sản phẩm ít nhất 2 lần/năm.

Nguồn: Trung tâm Văn hóa, Thể thao và Truyền thanh huyện

Tin khác:
- Đức Hòa tổ chức Hội nghị đối thoại doanh nghiệp năm 2024
- Xã Hựu Thạnh đón nhận danh hiệu xã nông thôn mới nâng cao

UBND HUYỆN ĐỨC HÒA
Địa chỉ: Khu phố 2, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3779.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("sản xuất 7,5 triệu", "7,5", 7.5e6, "count", "sản phẩm",
        subject="sản phẩm công ty sản xuất", period=Y23),
    fig("đạt 126 tỷ", "126", 126e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly",
        subject="nộp ngân sách", period=Y23),
    fig("tiêu thụ 3,4 triệu", "3,4", 3.4e6, "count", "sản phẩm",
        subject="sản phẩm công ty tiêu thụ", period=M5),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="about", total=3.4e6,
        subject="sản phẩm xuất khẩu sang Campuchia và Philippines", period=M5),
    fig("từ 25.000 đến 60.000", "25.000", 25000, "money", "đồng/chiếc", value_max=60000,
        subject="giá bán núm ti"),
    fig("có 145 lao động", "145", 145, "count", "lao động", subject="lao động của công ty"),
    fig("98 lao động", "98", 98, "count", "lao động", total=145, subject="lao động là người địa phương"),
    fig("thêm ba máy", "ba", 3, "count", "máy", subject="máy ép silicone tự động đầu tư thêm"),
    fig("lên 1 triệu", "1", 1e6, "measure", "sản phẩm/tháng", subject="công suất"),
    fig("khoảng 40 tỷ", "40", 40e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư máy ép"),
    fig("đạt 150 tỷ", "150", 150e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm 30-40 lao động", "30", 30, "count", "lao động", value_max=40, status="target",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ dùng cho trẻ em"),
    fig("gồm 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=12,
        subject="doanh nghiệp trong khu, cụm công nghiệp"),
    fig("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=12,
        subject="doanh nghiệp ngoài khu"),
    fig("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", approx="at_least",
        subject="kiểm tra chất lượng sản phẩm"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, menu, '18/06/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, 'Cụm công nghiệp Hoàng Gia', 'Khu phố 2', phone 0272.3779.215, 'năm 2024' in a link title.",
    "Default location Đức Hòa (the district of the portal and of the company); Campuchia, Philippines are trade partners.",
    "'trong đó xuất khẩu ... khoảng 1,1 triệu sản phẩm' → total 3,4 triệu; '145 lao động, trong đó 98 lao động' → total 145; 'gồm 7 ... và 5' → total 12.",
    "'Năm 2024, công ty phấn đấu ... và tuyển thêm 30-40 lao động' → both target (the cue governs the coordinated clause).",
    "Standing facts (price, workers, machines, capacity, investment) have no period; 'ít nhất 2 lần/năm' is a rate: measure, 'lần/năm'.",
]

if __name__ == "__main__":
    write("p1515-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đức Hòa")
