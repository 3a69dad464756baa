"""p1549-2: district portal (huyện Đức Hòa, Long An): a toothpaste maker's 2024 results and 2025 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức / Kinh tế - Xã hội

Công ty CP Hóa mỹ phẩm Sao Phương Nam: năm 2024 sản xuất 96 triệu tuýp kem đánh răng

25/02/2025 - 08:40

Năm 2024, Công ty cổ phần Hóa mỹ phẩm Sao Phương Nam (Khu công nghiệp Đức Hòa 1, xã Đức Hòa Đông) sản xuất 96 triệu tuýp kem đánh răng, tăng 8% so với năm 2023; doanh thu đạt 1.240 tỷ đồng, vượt 3,3% kế hoạch; nộp ngân sách gần 85 tỷ đồng.

Hiện công ty có 5 dây chuyền trộn và đóng tuýp, trong đó hai dây chuyền mới đưa vào vận hành, công suất 9.000 tuýp/giờ mỗi dây chuyền. Công ty sử dụng 860 lao động, trong đó 512 lao động nữ; thu nhập bình quân 10,5 triệu đồng/người/tháng, cao hơn 7% so với năm trước.

Sản phẩm của công ty gồm 14 loại kem đánh răng và 6 loại nước súc miệng, được phân phối qua khoảng 45.000 điểm bán trên cả nước. Riêng 2 tháng đầu năm 2025, công ty tiêu thụ 17,2 triệu tuýp, trong đó dòng kem đánh răng thảo dược SPN Herbal 5in1 chiếm khoảng 40%.

Năm 2025, công ty phấn đấu sản xuất 105 triệu tuýp và dự kiến tuyển thêm từ 80 đến 100 lao động. Trong năm 2024, công ty còn phối hợp với Phòng Giáo dục và Đào tạo huyện trao tặng 12.000 bộ bàn chải và kem đánh răng cho học sinh của 35 trường tiểu học trên địa bàn.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Đức Hòa: Hội nghị sơ kết công tác quý IV/2024
- Xã Mỹ Hạnh Nam tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. ĐT: 0272.3851.226
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M2 = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("năm 2024 sản xuất 96 triệu", "96", 96e6, "count", "tuýp",
        subject="kem đánh răng Công ty CP Hóa mỹ phẩm Sao Phương Nam sản xuất", period=Y24H),
    fig("96 triệu tuýp kem đánh răng, tăng", "96", 96e6, "count", "tuýp",
        change=chg("increase", 8, "%", "năm 2023"),
        subject="kem đánh răng Công ty cổ phần Hóa mỹ phẩm Sao Phương Nam sản xuất", period=Y24),
    fig("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", change=chg("increase", 3.3, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y24),
    fig("gần 85 tỷ", "85", 85e9, "money", "đồng", approx="nearly", subject="nộp ngân sách của công ty", period=Y24),
    fig("có 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền trộn và đóng tuýp"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", total=5, subject="dây chuyền mới đưa vào vận hành"),
    fig("9.000 tuýp/giờ", "9.000", 9000, "measure", "tuýp/giờ", subject="công suất mỗi dây chuyền"),
    fig("dụng 860 lao động", "860", 860, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("512 lao động nữ", "512", 512, "count", "lao động", total=860, subject="lao động nữ"),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước"), subject="thu nhập bình quân của lao động"),
    fig("gồm 14 loại", "14", 14, "count", "loại", subject="loại kem đánh răng của công ty"),
    fig("6 loại nước", "6", 6, "count", "loại", subject="loại nước súc miệng của công ty"),
    fig("khoảng 45.000 điểm", "45.000", 45000, "count", "điểm bán", approx="about",
        subject="điểm bán phân phối sản phẩm của công ty", location="Việt Nam"),
    fig("tiêu thụ 17,2 triệu", "17,2", 17.2e6, "count", "tuýp", subject="kem đánh răng công ty tiêu thụ", period=M2),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="dòng kem đánh răng thảo dược SPN Herbal 5in1 trong sản lượng tiêu thụ", period=M2),
    fig("sản xuất 105 triệu", "105", 105e6, "count", "tuýp", status="target",
        subject="kem đánh răng công ty sản xuất", period=Y25),
    fig("từ 80 đến 100", "80", 80, "count", "lao động", value_max=100, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25),
    fig("tặng 12.000 bộ", "12.000", 12000, "count", "bộ",
        subject="bộ bàn chải và kem đánh răng trao tặng cho học sinh", period=T24),
    fig("của 35 trường", "35", 35, "count", "trường tiểu học",
        subject="trường tiểu học có học sinh được trao tặng bộ bàn chải và kem đánh răng", period=T24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, breadcrumb, '25/02/2025 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Khu công nghiệp Đức Hòa 1', product name 'SPN Herbal 5in1', 'quý IV/2024' in a link, 'Khu phố 3', phone 0272.3851.226, 08:40.",
    "Everything is the company's in huyện Đức Hòa (default location Đức Hòa); the distribution network 'trên cả nước' is located in Việt Nam.",
    "Headline and body repeat 96 triệu tuýp: two figures. 'vượt 3,3% kế hoạch' → change (increase 3,3%, baseline kế hoạch).",
    "'trong đó hai dây chuyền' → total 5; '512 lao động nữ' → total 860. 'gồm 14 loại ... và 6 loại' follows no whole: no total.",
    "'Hiện ...' and the wage sentence ('cao hơn 7% so với năm trước' = change) have no period phrase of their own.",
    "'trong đó ... chiếm khoảng 40%' is a percent figure of its own (a percent has no whole in tuýp).",
    "'phấn đấu' → target for 105 triệu tuýp; 'dự kiến tuyển thêm' has its own cue → forecast; 'Trong năm 2024' gives 2024 to the gift figures.",
]

if __name__ == "__main__":
    write("p1549-2", TEXT, NOTES, FIGS, published="2025-02-25", location="Đức Hòa")
