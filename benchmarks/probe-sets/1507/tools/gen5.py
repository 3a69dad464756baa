"""p1507-5: provincial newspaper (Báo Bình Dương, tag '(BDO) -'): metal household goods exports H1 2024; a firm in Tân Uyên."""
from lib import F, P, inherit, C, T, write

TEXT = """BÁO BÌNH DƯƠNG ONLINE
Kinh tế > Công nghiệp

Doanh nghiệp kệ sắt xuất khẩu tăng tốc nửa cuối năm

Thứ Tư, 10/07/2024 | 14:25

Sau giai đoạn khó khăn, nhiều doanh nghiệp sản xuất kệ sắt, kệ giày và giá để đồ trên địa bàn tỉnh đã có đơn hàng đến hết quý I/2025.

(BDO) - 6 tháng đầu năm, kim ngạch xuất khẩu nhóm hàng đồ gia dụng kim loại của tỉnh ước đạt 312 triệu USD, tăng 18,6% so với cùng kỳ, riêng tháng 6 đạt 61 triệu USD.

Tại Công ty TNHH Thép Gia Dụng Phú Tân (KCN Nam Tân Uyên, TP Tân Uyên), gần 400 công nhân đang làm việc 3 ca để kịp giao hàng. Ông Trần Quốc Bảo, Phó Giám đốc công ty cho biết, mỗi tháng công ty xuất khoảng 60 container kệ kho và kệ giày sang Mỹ, Canada. Doanh thu 6 tháng đạt 14,5 triệu USD, bằng 55% kế hoạch năm.

Công ty đang xây dựng nhà xưởng mới rộng 2,5 ha, dự kiến hoạt động từ tháng 11, nâng công suất lên 1,2 triệu bộ kệ/năm, gấp 1,5 lần hiện nay. Để đáp ứng yêu cầu của khách hàng, toàn bộ tôn thép đầu vào được truy xuất nguồn gốc, khoảng 70% mua từ các nhà máy trong nước.

Theo Sở Công Thương, toàn tỉnh có 58 doanh nghiệp sản xuất kệ và đồ gia dụng kim loại, trong đó 41 doanh nghiệp có vốn đầu tư nước ngoài, tổng vốn đăng ký khoảng 870 triệu USD. Tuy nhiên, chi phí vận tải biển tuyến đi bờ Tây Hoa Kỳ đã tăng gấp 3 lần so với đầu năm, lên 6.000-7.000 USD/container, khiến lợi nhuận của doanh nghiệp giảm từ 3 đến 5 điểm phần trăm.

MINH HÒA

Tin cùng chuyên mục:
- Bình Dương: Thu hút vốn FDI tăng mạnh trong 7 tháng
- Hội chợ Quốc tế đồ gỗ và mỹ nghệ xuất khẩu lần thứ 17
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
JUN = P("tháng 6", "2024-06-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
TU = "Tân Uyên"

FIGS = [
    F("ước đạt 312 triệu", "312", 312e6, "money", "USD", status="estimate",
      change=C("increase", 18.6, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu nhóm hàng đồ gia dụng kim loại của tỉnh", period=H1),
    F("đạt 61 triệu", "61", 61e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu nhóm hàng đồ gia dụng kim loại", period=JUN),
    F("gần 400 công nhân", "400", 400, "count", "công nhân", approx="nearly",
      subject="công nhân đang làm việc", location=TU),
    F("làm việc 3 ca", "3", 3, "count", "ca", subject="ca làm việc", location=TU),
    F("khoảng 60 container", "60", 60, "measure", "container/tháng", approx="about",
      subject="container kệ kho và kệ giày công ty xuất mỗi tháng", location=TU),
    F("đạt 14,5 triệu", "14,5", 14.5e6, "money", "USD", percent=55, subject="doanh thu của công ty",
      period=H1b, location=TU),
    F("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích nhà xưởng mới", location=TU),
    F("lên 1,2 triệu", "1,2", 1.2e6, "measure", "bộ kệ/năm", status="forecast",
      change=C("increase", 1.5, "lần", "hiện nay"), subject="công suất", location=TU),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ tôn thép đầu vào mua từ các nhà máy trong nước", location=TU),
    F("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất kệ và đồ gia dụng kim loại"),
    F("41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=58,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("khoảng 870 triệu", "870", 870e6, "money", "USD", approx="about",
      subject="tổng vốn đăng ký của doanh nghiệp có vốn đầu tư nước ngoài"),
    F("6.000-7.000", "6.000", 6000, "money", "USD/container", value_max=7000,
      change=C("increase", 3, "lần", "đầu năm"), subject="chi phí vận tải biển tuyến đi bờ Tây Hoa Kỳ"),
    F("từ 3 đến 5 điểm", "3", 3, "measure", "điểm phần trăm", value_max=5,
      subject="lợi nhuận của doanh nghiệp"),
]

NOTES = [
    "Provincial newspaper (Báo Bình Dương online): section, headline, 'Thứ Tư, 10/07/2024 | 14:25', sapo, tag '(BDO) -',",
    "byline MINH HÒA, related links. Default location Bình Dương (the BDO tag and 'tỉnh' imply it).",
    "Distractors: 14:25, 'quý I/2025' (a date: orders run to it), 'KCN Nam Tân Uyên', 'từ tháng 11', link titles with",
    "'7 tháng' and 'lần thứ 17', 'bờ Tây'.",
    "Year-less '6 tháng đầu năm', 'tháng 6', '6 tháng' take 2024 from the dateline.",
    "'riêng tháng 6 đạt 61 triệu USD' continues the 'ước đạt' clause → estimate; 'riêng' is no part-of cue, so no total.",
    "The firm in TP Tân Uyên: its figures are located in Tân Uyên. 'mỗi tháng ... khoảng 60 container' is a rate (container/tháng).",
    "'làm việc 3 ca' counts shifts (a figure). 'bằng 55% kế hoạch năm' → percent attribute 55.",
    "'dự kiến hoạt động từ tháng 11, nâng công suất lên 1,2 triệu bộ kệ/năm, gấp 1,5 lần hiện nay' → forecast, change ×1,5.",
    "'toàn bộ' is a word, not a number; 'khoảng 70% mua từ ...' is a percent figure.",
    "'41 doanh nghiệp' after 'trong đó' → total 58. '870 triệu USD' is the FDI firms' capital: no total.",
    "Freight '6.000-7.000 USD/container' with 'tăng gấp 3 lần so với đầu năm' → change ×3 (baseline 'đầu năm'); it is the",
    "rate the province's exporters pay, kept in Bình Dương. 'giảm từ 3 đến 5 điểm phần trăm' is a measure range in",
    "'điểm phần trăm' (a fall is stated as the claim: the value is the amount, no change object).",
]

if __name__ == "__main__":
    write("p1507-5", TEXT, NOTES, FIGS, published="2024-07-10", location="Bình Dương")
