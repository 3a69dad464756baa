"""p1505-2: district portal (huyện Đức Hòa, Long An): a plastic-tank factory opens a new workshop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Nhà máy bồn nhựa Phước Thành mở rộng sản xuất
15/05/2024 - 08:45

Ngày 14/5, Công ty cổ phần Nhựa Phước Thành (Khu công nghiệp Đức Hòa 1, xã Đức Hòa Hạ) khánh thành nhà xưởng mới rộng 12.000 m2, tổng vốn đầu tư gần 85 tỷ đồng. Nhà xưởng lắp đặt bốn máy đúc quay và một dây chuyền thổi téc nước, nâng công suất nhà máy lên khoảng 180.000 sản phẩm/năm, gấp đôi năm 2021.

Năm 2023, công ty tiêu thụ 126.400 sản phẩm, trong đó bồn nhựa chiếm 71%, téc nước và bể tự hoại chiếm 29%; doanh thu đạt 214 tỷ đồng, tăng 18% so với năm 2022; nộp ngân sách 9,6 tỷ đồng. Sản phẩm được giao đến đại lý trong khu vực trong thời gian không quá 3 ngày.

Công ty hiện có 265 lao động, trong đó 187 người là lao động địa phương, thu nhập từ 7,5 đến 9 triệu đồng/người/tháng. Năm 2024, công ty phấn đấu doanh thu đạt 260 tỷ đồng và dự kiến tuyển thêm khoảng 60 lao động.

Phát biểu tại buổi lễ, ông Trần Văn Bảy, Phó Chủ tịch UBND huyện cho biết, trên địa bàn huyện hiện có 7 doanh nghiệp sản xuất bồn nhựa, bồn inox, gồm 4 doanh nghiệp trong khu công nghiệp và 3 doanh nghiệp ngoài khu công nghiệp, giải quyết việc làm cho hơn 900 lao động.

Nguồn: Phòng Văn hóa và Thông tin huyện
Tin khác:
- Đức Hòa: Ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị sơ kết công tác quý I/2024

Cổng thông tin điện tử huyện Đức Hòa
Địa chỉ: Số 5 đường Hùng Vương, khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa
Điện thoại: 0272.3850.216
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
PT = "Công ty cổ phần Nhựa Phước Thành"

FIGS = [
    fig("rộng 12.000 m2", "12.000", 12000, "measure", "m2", subject="diện tích nhà xưởng mới"),
    fig("gần 85 tỷ", "85", 85e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư nhà xưởng mới"),
    fig("bốn máy đúc quay", "bốn", 4, "count", "máy đúc quay", subject="máy đúc quay nhà xưởng lắp đặt"),
    fig("một dây chuyền thổi", "một", 1, "count", "dây chuyền", subject="dây chuyền thổi téc nước"),
    fig("khoảng 180.000 sản phẩm", "180.000", 180000, "measure", "sản phẩm/năm", approx="about",
        change=chg("increase", 2, "lần", "năm 2021"), subject="công suất nhà máy"),
    fig("tiêu thụ 126.400 sản phẩm", "126.400", 126400, "count", "sản phẩm",
        subject=f"sản phẩm {PT} tiêu thụ", period=Y23),
    fig("bồn nhựa chiếm 71%", "71", 71, "percent", "%", subject="tỷ trọng bồn nhựa trong sản phẩm tiêu thụ",
        period=Y23),
    fig("hoại chiếm 29%", "29", 29, "percent", "%",
        subject="tỷ trọng téc nước và bể tự hoại trong sản phẩm tiêu thụ", period=Y23),
    fig("đạt 214 tỷ", "214", 214e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject=f"doanh thu {PT}", period=Y23),
    fig("ngân sách 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject=f"nộp ngân sách của {PT}", period=Y23),
    fig("không quá 3 ngày", "3", 3, "measure", "ngày", approx="at_most",
        subject="thời gian giao sản phẩm đến đại lý trong khu vực"),
    fig("có 265 lao động", "265", 265, "count", "lao động", subject=f"lao động {PT}"),
    fig("187 người", "187", 187, "count", "người", total=265, subject="lao động địa phương"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập lao động công ty"),
    fig("đạt 260 tỷ", "260", 260e9, "money", "đồng", status="target", subject="doanh thu công ty", period=Y24),
    fig("khoảng 60 lao động", "60", 60, "count", "lao động", approx="about", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bồn nhựa, bồn inox trên địa bàn huyện"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7, subject="doanh nghiệp trong khu công nghiệp"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp ngoài khu công nghiệp"),
    fig("hơn 900 lao động", "900", 900, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất bồn giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '15/05/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Ngày 14/5', 'Khu công nghiệp Đức Hòa 1', 'ông Trần Văn Bảy' (a name that is a number word), 'quý I/2024',",
    "'Số 5', 'khu phố 3', phone 0272.3850.216, '08:45'.",
    "Everything is in huyện Đức Hòa (the factory stands in KCN Đức Hòa 1): location Đức Hòa throughout.",
    "'gấp đôi năm 2021' is the change of the capacity (increase 2 lần, as 'tăng 2,8 lần so với' in FIGURES.md).",
    "'trong đó bồn nhựa chiếm 71%' and '29%' are percent figures of their own (no base amount after 'chiếm').",
    "'không quá 3 ngày' is a delivery time stated as a fact (measure, at_most), not a period locating a figure.",
    "'Năm 2024, ... phấn đấu ... và dự kiến tuyển thêm': 260 tỷ target; 60 lao động forecast ('dự kiến' governs its own clause).",
]

if __name__ == "__main__":
    write("p1505-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Đức Hòa")
