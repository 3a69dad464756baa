"""p1450-2: district portal (huyện Đức Hòa, Long An): a tissue mill opens in KCN Hựu Thạnh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khánh thành nhà máy giấy tissue 1.250 tỷ đồng tại Khu công nghiệp Hựu Thạnh

20/11/2024 - 15:10

Sáng 19/11, Công ty TNHH Giấy Tân Phú Hưng tổ chức lễ khánh thành nhà máy sản xuất giấy tissue tại Khu công nghiệp Hựu Thạnh, xã Hựu Thạnh. Nhà máy có tổng vốn đầu tư 1.250 tỷ đồng, xây dựng trên diện tích 8,6 ha, vận hành hai dây chuyền xeo giấy nhập khẩu từ Ý với tổng công suất 30.000 tấn/năm. Công suất này gấp 3 lần tổng công suất của 4 doanh nghiệp giấy tissue hiện có trên địa bàn huyện.

Giai đoạn 1, nhà máy sử dụng 320 lao động, trong đó 185 người là lao động địa phương, thu nhập bình quân 9,5 triệu đồng/người/tháng. Từ tháng 8 đến tháng 10/2024, nhà máy chạy thử và xuất xưởng 4.150 tấn giấy cuộn lớn. Năm 2025, công ty phấn đấu sản xuất ít nhất 24.000 tấn, nộp ngân sách trên 35 tỷ đồng; doanh thu dự kiến khoảng 720 tỷ đồng, trong đó khoảng 40% từ xuất khẩu sang Nhật Bản và Hàn Quốc.

Hiện trên địa bàn huyện có 14 doanh nghiệp sản xuất giấy và bao bì giấy. Năm 2024, giá trị sản xuất ngành giấy của huyện ước đạt 3.860 tỷ đồng, chiếm 6,2% giá trị sản xuất công nghiệp toàn huyện. Phát biểu tại buổi lễ, ông Trần Văn Lợi, Phó Chủ tịch UBND huyện đề nghị công ty sớm hoàn thành hệ thống xử lý nước thải công suất 1.200 m3/ngày đêm.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Đức Hòa

Tin khác:
- Đức Hòa: Tổng kết Hội thao Công đoàn lần thứ VI
- Lịch tiếp công dân tháng 12/2024

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.116
"""

AUGOCT = per("Từ tháng 8 đến tháng 10/2024", "2024-08-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giấy tissue 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="nhà máy giấy tissue"),
    fig("đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy"),
    fig("diện tích 8,6 ha", "8,6", 8.6, "measure", "ha", subject="diện tích xây dựng nhà máy"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền xeo giấy nhà máy vận hành"),
    fig("công suất 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", subject="tổng công suất hai dây chuyền xeo giấy"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="công suất nhà máy so với tổng công suất của 4 doanh nghiệp giấy tissue hiện có"),
    fig("của 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp giấy tissue hiện có trên địa bàn huyện"),
    fig("sử dụng 320 lao động", "320", 320, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("185 người", "185", 185, "count", "người", total=320, subject="lao động địa phương"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động nhà máy"),
    fig("xuất xưởng 4.150 tấn", "4.150", 4150, "measure", "tấn",
        subject="giấy cuộn lớn nhà máy chạy thử và xuất xưởng", period=AUGOCT),
    fig("ít nhất 24.000 tấn", "24.000", 24000, "measure", "tấn", approx="at_least", status="target",
        subject="sản lượng công ty sản xuất", period=Y25),
    fig("trên 35 tỷ", "35", 35e9, "money", "đồng", approx="over", status="target",
        subject="nộp ngân sách của công ty", period=Y25),
    fig("khoảng 720 tỷ", "720", 720e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu của công ty", period=Y25),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", status="forecast",
        subject="doanh thu từ xuất khẩu sang Nhật Bản và Hàn Quốc", period=Y25),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giấy và bao bì giấy trên địa bàn huyện"),
    fig("ước đạt 3.860 tỷ", "3.860", 3860e9, "money", "đồng", status="estimate", percent=6.2,
        subject="giá trị sản xuất ngành giấy của huyện", period=Y24),
    fig("công suất 1.200 m3", "1.200", 1200, "measure", "m3/ngày đêm",
        subject="công suất hệ thống xử lý nước thải"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '20/11/2024 - 15:10' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 19/11', 15:10, 'Giai đoạn 1', 'lần thứ VI', 'tháng 12/2024' in a link, 'Khu phố 3', phone 0272.3850.116.",
    "Location Đức Hòa throughout (the district portal and the text name it). Nhật Bản, Hàn Quốc, Ý are trade partners, not places.",
    "Headline '1.250 tỷ đồng' is a figure (subject as the headline names it: the plant). 'Công suất này gấp 3 lần ...' stands alone",
    "with no base amount in its sentence → kind multiple. '185 người' after 'trong đó' takes total 320 (the same workers).",
    "'phấn đấu ... ít nhất 24.000 tấn, nộp ngân sách trên 35 tỷ' → target; after ';' 'doanh thu dự kiến khoảng 720 tỷ' → forecast,",
    "and its 'trong đó khoảng 40%' is a percent figure of its own (forecast). 'Năm 2024 ... ước đạt 3.860 tỷ, chiếm 6,2%' → percent attribute.",
    "revised after the first run: 30.000 tấn/năm subject 'tổng công suất nhà máy' → 'tổng công suất hai dây chuyền xeo giấy': the sentence",
    "gives the total capacity to the two lines ('vận hành hai dây chuyền ... với tổng công suất'), as p1450-8 does for 'ba máy xeo giấy'.",
    "The wastewater plant's 1.200 m3/ngày đêm is the capacity of a system being built: actual, no period.",
]

if __name__ == "__main__":
    write("p1450-2", TEXT, NOTES, FIGS, published="2024-11-20", location="Đức Hòa")
