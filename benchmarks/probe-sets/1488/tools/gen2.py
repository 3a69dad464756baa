"""p1488-2: district portal (huyện Đức Hòa, Long An): a pen factory, 2023 results and 2024 plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Kinh tế

Công ty Bút viết Phương Nam Mới: doanh thu năm 2023 tăng 11%
15/05/2024 - 08:40

Sáng 14/5, Phó Chủ tịch UBND huyện Lê Văn Thành dẫn đoàn công tác đến làm việc với Công ty cổ phần Bút viết Phương Nam Mới tại Khu công nghiệp Tân Đức 2, xã Đức Hòa Hạ.

Năm 2023, công ty sản xuất 86 triệu cây bút bi và 14,5 triệu cây bút mực, doanh thu đạt 268 tỷ đồng, tăng 11% so với năm 2022, vượt mục tiêu đề ra là 250 tỷ đồng; nộp ngân sách hơn 19 tỷ đồng. Công ty hiện có 620 công nhân, trong đó 410 lao động nữ; thu nhập bình quân từ 7,5 đến 9 triệu đồng/người/tháng.

Nhà máy vận hành hai dây chuyền lắp ráp bút bi và một dây chuyền bút máy học sinh, tổng công suất khoảng 120 triệu cây/năm. Trong 4 tháng đầu năm 2024, sản lượng đạt 31,2 triệu cây, bằng 34% kế hoạch năm; riêng bút máy luyện chữ tiêu thụ tăng gấp đôi cùng kỳ nhờ đơn hàng mùa tựu trường về sớm.

Năm 2024, công ty phấn đấu doanh thu 300 tỷ đồng và dự kiến tuyển thêm từ 120 đến 150 lao động phổ thông, ưu tiên người địa phương.

Theo ông Lê Văn Thành, toàn huyện hiện có 7 cơ sở sản xuất văn phòng phẩm, gồm 3 doanh nghiệp sản xuất bút và 4 cơ sở in vở học sinh. Huyện sẽ hỗ trợ doanh nghiệp về mặt bằng, đào tạo nghề và kết nối tiêu thụ sản phẩm.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Đức Hòa

Tin khác:
- Đức Hòa tổ chức Ngày hội việc làm năm 2024 lần thứ nhất
- Hội nghị đối thoại doanh nghiệp quý I/2024

UBND HUYỆN ĐỨC HÒA
Địa chỉ: Số 28 Hoàng Hoa Thám, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.216
"""

P = "2024-05-15"
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H23 = per("năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("năm 2023 tăng 11%", "11", 11, "percent", "%", subject="doanh thu", period=H23),
    fig("sản xuất 86 triệu", "86", 86e6, "count", "cây", subject="bút bi công ty sản xuất", period=Y23),
    fig("14,5 triệu cây", "14,5", 14.5e6, "count", "cây", subject="bút mực công ty sản xuất", period=Y23),
    fig("đạt 268 tỷ", "268", 268e9, "money", "đồng", change=chg("increase", 11, "%", "năm 2022"),
        target=tgt(250e9, "đồng", met=True), subject="doanh thu", period=Y23),
    fig("hơn 19 tỷ", "19", 19e9, "money", "đồng", approx="over", subject="nộp ngân sách", period=Y23),
    fig("có 620 công nhân", "620", 620, "count", "công nhân", subject="công nhân của công ty"),
    fig("410 lao động nữ", "410", 410, "count", "lao động", total=620, subject="lao động nữ"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền lắp ráp bút bi"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền bút máy học sinh"),
    fig("khoảng 120 triệu cây/năm", "120", 120e6, "measure", "cây/năm", approx="about",
        subject="tổng công suất nhà máy"),
    fig("đạt 31,2 triệu", "31,2", 31.2e6, "count", "cây", percent=34, subject="sản lượng", period=M4),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="bút máy luyện chữ tiêu thụ", period=M4),
    fig("doanh thu 300 tỷ", "300", 300e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("từ 120 đến 150 lao động", "120", 120, "count", "lao động", value_max=150, status="forecast",
        subject="lao động phổ thông tuyển thêm", period=Y24),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở sản xuất văn phòng phẩm"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp sản xuất bút"),
    fig("và 4 cơ sở", "4", 4, "count", "cơ sở", total=7, subject="cơ sở in vở học sinh"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, breadcrumb, '15/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "All figures are the firm's or the district's: location Đức Hòa (a district implies its province).",
    "Headline growth 'doanh thu năm 2023 tăng 11%' is a percent figure; in the body the same 11% is the change of 268 tỷ.",
    "'tăng gấp đôi cùng kỳ' with no base amount: a multiple figure 2 lần (number word 'đôi'), period of its sentence (4 tháng đầu năm 2024).",
    "'vượt mục tiêu đề ra là 250 tỷ đồng' -> target 250 tỷ (met) of 268 tỷ, not a figure. 'bằng 34% kế hoạch năm' -> percent attribute. 'phấn đấu' -> target; 'dự kiến tuyển thêm' -> forecast (own clause after 'và').",
    "'7 cơ sở ..., gồm 3 doanh nghiệp ... và 4 cơ sở ...': parts after 'gồm' take total 7.",
    "Distractors: 'Sáng 14/5', 'Tân Đức 2', 'lần thứ nhất', 'quý I/2024' in a link, 'Số 28', phone, time 08:40.",
]

if __name__ == "__main__":
    write("p1488-2", TEXT, NOTES, FIGS, published=P, location="Đức Hòa")
