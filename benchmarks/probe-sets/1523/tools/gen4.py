"""p1523-4: provincial Party newspaper (Báo Hà Nam): an FDI pencil exporter in KCN Đồng Văn II, thị xã Duy Tiên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hà Nam điện tử > Kinh tế

Nhà máy bút chì xuất khẩu 30 triệu USD mỗi năm

Thứ Hai, 15/07/2024 | 07:20

(BHN) - Sau 5 năm đi vào hoạt động tại Khu công nghiệp Đồng Văn II, thị xã Duy Tiên, Công ty TNHH Hikari Stationery Việt Nam đã trở thành một trong những nhà xuất khẩu bút chì lớn của cả nước, tạo việc làm ổn định cho hơn 1.100 lao động địa phương.

Nhà máy có tổng vốn đầu tư 48 triệu USD, diện tích 6,2 ha, công suất thiết kế 350 triệu bút chì/năm. Năm 2023, công ty sản xuất 286 triệu chiếc bút chì gỗ và 45 triệu cục tẩy, kim ngạch xuất khẩu đạt 31,5 triệu USD, tăng 12,5% so với năm 2022. Sản phẩm được xuất sang 27 quốc gia và vùng lãnh thổ, trong đó thị trường Nhật Bản chiếm khoảng 40%.

6 tháng đầu năm 2024, công ty xuất xưởng 152 triệu chiếc bút chì, bằng 51% kế hoạch năm; doanh thu ước đạt 412 tỷ đồng. Ông Tanaka Hiroshi, Tổng Giám đốc công ty cho biết: "Trong quý IV năm nay, chúng tôi dự kiến đưa vào vận hành dây chuyền thứ 4, nâng công suất lên 420 triệu bút chì/năm".

Công ty hiện có 1.160 lao động, trong đó 85% là nữ; thu nhập bình quân 9,5 triệu đồng/người/tháng, cao hơn 8% so với năm trước. Mỗi năm, công ty nộp ngân sách khoảng 35 tỷ đồng.

Theo Ban Quản lý các khu công nghiệp tỉnh, Hà Nam hiện có 3 doanh nghiệp FDI sản xuất văn phòng phẩm, tổng vốn đăng ký gần 95 triệu USD. Năm 2024, tỉnh phấn đấu thu hút thêm 1-2 dự án trong lĩnh vực này.

MINH HẰNG
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HN = "Hà Nam"

FIGS = [
    fig("xuất khẩu 30 triệu", "30", 30e6, "money", "USD/năm", subject="xuất khẩu của nhà máy bút chì"),
    fig("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", approx="over",
        subject="lao động địa phương có việc làm ổn định"),
    fig("tư 48 triệu", "48", 48e6, "money", "USD", subject="tổng vốn đầu tư nhà máy"),
    fig("tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy"),
    fig("kế 350 triệu", "350", 350e6, "measure", "bút chì/năm", subject="công suất thiết kế"),
    fig("xuất 286 triệu", "286", 286e6, "count", "chiếc", subject="bút chì gỗ công ty sản xuất", period=Y23),
    fig("và 45 triệu cục", "45", 45e6, "count", "cục tẩy", subject="tẩy công ty sản xuất", period=Y23),
    fig("đạt 31,5 triệu", "31,5", 31.5e6, "money", "USD", change=chg("increase", 12.5, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu", period=Y23),
    fig("sang 27 quốc gia", "27", 27, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ nhập khẩu sản phẩm"),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", subject="thị trường Nhật Bản"),
    fig("xưởng 152 triệu", "152", 152e6, "count", "chiếc", percent=51,
        subject="bút chì công ty xuất xưởng", period=H1),
    fig("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", subject="doanh thu", period=H1),
    fig("lên 420 triệu", "420", 420e6, "measure", "bút chì/năm", status="forecast",
        subject="công suất nhà máy", period=Q4),
    fig("có 1.160 lao động", "1.160", 1160, "count", "lao động", subject="lao động của công ty"),
    fig("85% là nữ", "85", 85, "percent", "%", subject="lao động nữ"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 8, "%", "năm trước"), subject="thu nhập bình quân"),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng/năm", approx="about", subject="nộp ngân sách"),
    fig("có 3 doanh nghiệp FDI", "3", 3, "count", "doanh nghiệp FDI",
        subject="doanh nghiệp FDI sản xuất văn phòng phẩm", location=HN),
    fig("gần 95 triệu", "95", 95e6, "money", "USD", approx="nearly", subject="tổng vốn đăng ký", location=HN),
    fig("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án thu hút thêm", period=Y24, location=HN),
]

NOTES = [
    "Provincial Party newspaper online (Báo Hà Nam): breadcrumb, 'Thứ Hai, 15/07/2024 | 07:20', tag '(BHN) -', sapo, byline at the end.",
    "Distractors: 'Sau 5 năm đi vào hoạt động' (a duration that only locates the story in time), 'Khu công nghiệp Đồng Văn II', 'dây chuyền thứ 4' (ordinal), 07:20.",
    "Company figures are located in thị xã Duy Tiên (article default); the last paragraph (Ban Quản lý các KCN, 'Hà Nam hiện có') is the province.",
    "'trong đó thị trường Nhật Bản chiếm khoảng 40%' and 'trong đó 85% là nữ' are percent figures of their own (no count). Nhật Bản is a buyer: location stays Duy Tiên.",
    "'bằng 51% kế hoạch năm' is the percent attribute of 152 triệu; 'cao hơn 8% so với năm trước' is the change of the wage.",
    "Headline '30 triệu USD mỗi năm' and 'Mỗi năm ... khoảng 35 tỷ đồng' keep the time denominator (USD/năm, đồng/năm). Standing facts (investment, area, capacity, staff) have no period.",
    "'Trong quý IV năm nay ... dự kiến ... nâng công suất lên 420 triệu bút chì/năm': forecast, period quý IV 2024 (year of the dateline).",
]

if __name__ == "__main__":
    write("p1523-4", TEXT, NOTES, FIGS, published="2024-07-15", location="Duy Tiên")
