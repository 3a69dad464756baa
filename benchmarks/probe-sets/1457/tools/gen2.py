"""p1457-2: district portal (huyện Thanh Oai, Hà Nội): the Thanh Thùy metalwork village (đinh, ốc vít, bu lông)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề | Thủ tục hành chính

Làng nghề cơ khí Thanh Thùy giữ nhịp sản xuất đinh, ốc vít

28/06/2024 - 10:45

Xã Thanh Thùy hiện có khoảng 1.150 hộ làm nghề cơ khí, trong đó gần 400 hộ chuyên sản xuất đinh, ốc vít, bu lông và bản lề. Nghề thu hút trên hai nghìn lao động thường xuyên, phần lớn là người địa phương.

Theo UBND xã, năm 2023 tổng sản lượng đinh, ốc vít, bu lông của làng nghề đạt khoảng 21.000 tấn; doanh thu ước 630 tỷ đồng, tăng 8% so với năm 2022. 6 tháng đầu năm 2024, sản lượng ước đạt 11.200 tấn, bằng 52% kế hoạch năm; giá đinh thành phẩm dao động 17.000-19.500 đồng/kg, tăng khoảng 1.000 đồng/kg so với cuối năm 2023.

Ông Nguyễn Văn Thược, chủ xưởng cơ khí Thược Hà ở thôn Quang Minh, cho biết xưởng có 3 máy dập đầu đinh và 2 máy cán ren, mỗi ngày sản xuất từ 4 đến 5 tấn đinh, ốc các loại, tạo việc làm cho ba chục lao động với mức lương 7-9 triệu đồng/người/tháng. "Đơn hàng đinh bê tông, vít M6, M8 cho các công trình ổn định quanh năm", ông Thược nói.

Năm 2024, xã phấn đấu sản lượng đạt 23.000 tấn; đến năm 2025 có ít nhất 80% cơ sở sản xuất vào cụm công nghiệp làng nghề hoặc đầu tư hệ thống xử lý nước thải. Dự kiến trong quý III, huyện sẽ hỗ trợ 15 hộ chuyển sang lò nhiệt luyện dùng điện, kinh phí khoảng 1,8 tỷ đồng.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện

Tin khác:
- Thanh Oai tổ chức Hội chợ sản phẩm làng nghề lần thứ 2
- Hội nghị sơ kết 6 tháng đầu năm của Đảng ủy xã Thanh Thùy

UBND HUYỆN THANH OAI
Địa chỉ: Thị trấn Kim Bài, huyện Thanh Oai, TP Hà Nội | Điện thoại: 024.3387.3012
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ", approx="about", subject="hộ làm nghề cơ khí"),
    fig("gần 400 hộ", "400", 400, "count", "hộ", approx="nearly", total=1150,
        subject="hộ chuyên sản xuất đinh, ốc vít, bu lông và bản lề"),
    fig("trên hai nghìn", "hai", 2000, "count", "lao động", approx="over", subject="lao động thường xuyên của nghề"),
    fig("đạt khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        subject="tổng sản lượng đinh, ốc vít, bu lông của làng nghề", period=Y23),
    fig("ước 630 tỷ", "630", 630e9, "money", "đồng", status="estimate", change=chg("increase", 8, "%", "năm 2022"),
        subject="doanh thu của làng nghề", period=Y23),
    fig("ước đạt 11.200 tấn", "11.200", 11200, "measure", "tấn", status="estimate", percent=52,
        subject="sản lượng của làng nghề", period=H1),
    fig("17.000-19.500", "17.000", 17000, "money", "đồng/kg", value_max=19500,
        change=chg("increase", 1000, "đồng/kg", "cuối năm 2023", approx="about"),
        subject="giá đinh thành phẩm", period=H1),
    fig("có 3 máy", "3", 3, "count", "máy", subject="máy dập đầu đinh của xưởng"),
    fig("và 2 máy", "2", 2, "count", "máy", subject="máy cán ren của xưởng"),
    fig("từ 4 đến 5 tấn", "4", 4, "measure", "tấn/ngày", value_max=5,
        subject="đinh, ốc các loại xưởng sản xuất mỗi ngày"),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động xưởng tạo việc làm"),
    fig("lương 7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="mức lương lao động của xưởng"),
    fig("đạt 23.000 tấn", "23.000", 23000, "measure", "tấn", status="target", subject="sản lượng của xã",
        period=Y24),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="cơ sở sản xuất vào cụm công nghiệp làng nghề hoặc đầu tư hệ thống xử lý nước thải", period=T25),
    fig("hỗ trợ 15 hộ", "15", 15, "count", "hộ", status="forecast",
        subject="hộ được hỗ trợ chuyển sang lò nhiệt luyện dùng điện", period=Q3),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ chuyển sang lò nhiệt luyện dùng điện", period=Q3),
]

NOTES = [
    "District portal (huyện Thanh Oai): banner with the district, menu, '28/06/2024 - 10:45' under the headline (published), Nguồn, Tin khác, address footer.",
    "Location: the commune Thanh Thùy is below district level, so the district Thanh Oai (default) for all figures.",
    "'trên hai nghìn lao động': number word 'hai' × nghìn = 2000, over. 'ba chục lao động' = 30 (number words).",
    "'doanh thu ước 630 tỷ đồng, tăng 8%' → estimate with change; '21.000 tấn' in the clause before has its own 'đạt khoảng' → actual.",
    "'gần 400 hộ' after 'trong đó' → total 1.150 (same thing, hộ). Price range 17.000-19.500 đồng/kg with change +1.000 đồng/kg (about).",
    "The 6-month clause ('6 tháng đầu năm 2024, sản lượng …; giá đinh …') covers the price clause too (same sentence).",
    "Workshop figures are present-tense (no period); 'mỗi ngày … từ 4 đến 5 tấn' is a rate: tấn/ngày.",
    "'quý III' (no year) takes 2024 from 'Năm 2024' just before. 'Dự kiến' → forecast for both clauses.",
    "Distractors: 28/06/2024 - 10:45, 'vít M6, M8', 'lần thứ 2', '6 tháng đầu năm' in a link title, phone 024.3387.3012, baseline 'năm 2022', 'cuối năm 2023'.",
]

if __name__ == "__main__":
    write("p1457-2", TEXT, NOTES, FIGS, published="2024-06-28", location="Thanh Oai")
