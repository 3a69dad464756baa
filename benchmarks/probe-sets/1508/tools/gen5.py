"""p1508-5: provincial newspaper (Báo Bình Định): a plastics firm in Quy Nhơn making bins, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Thùng rác nhựa "made in Bình Định" tăng tốc

Thứ Ba, 16/07/2024 - 07:30

Nhu cầu thùng rác phân loại tăng mạnh trước thời điểm Luật Bảo vệ môi trường bắt buộc phân loại rác tại nguồn, giúp doanh nghiệp nhựa trong tỉnh có thêm nhiều đơn hàng.

(BĐO) - 6 tháng đầu năm 2024, Công ty CP Nhựa Tân Phú Tài (KCN Phú Tài, TP Quy Nhơn) sản xuất hơn 185.000 thùng rác nhựa các loại, tăng 27% so với cùng kỳ; doanh thu ước đạt 86 tỷ đồng, bằng 52% kế hoạch năm. Trong đó, xuất khẩu 42.000 thùng sang Nhật Bản và Hàn Quốc, chiếm 22,7% sản lượng.

Ông Trần Minh Khoa, Giám đốc công ty, cho biết sản phẩm chủ lực là dòng thùng rác có bánh xe TPT-120 và TPT-240, giá bán từ 380.000 đến 650.000 đồng/chiếc tùy dung tích. Khoảng 30% nguyên liệu đầu vào là nhựa tái chế. Công ty vừa đầu tư thêm hai máy ép phun với tổng vốn gần 12 tỷ đồng, nâng công suất lên 420.000 sản phẩm/năm, tạo việc làm cho 230 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Theo Sở Công Thương, toàn tỉnh hiện có 14 doanh nghiệp sản xuất sản phẩm nhựa gia dụng, trong đó 5 doanh nghiệp sản xuất thùng rác. Năm 2023, giá trị sản xuất ngành nhựa của tỉnh đạt 1.920 tỷ đồng, tăng 9,3% so với năm 2022.

Năm nay, Công ty CP Nhựa Tân Phú Tài phấn đấu đạt sản lượng 380.000 thùng rác, doanh thu 165 tỷ đồng.

HOÀI THU
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
QN = "Quy Nhơn"

FIGS = [
    F("hơn 185.000 thùng", "185.000", 185000, "count", "thùng rác", approx="over",
      change=C("increase", 27, "%", "cùng kỳ"),
      subject="thùng rác nhựa các loại Công ty CP Nhựa Tân Phú Tài sản xuất", period=H1, location=QN),
    F("ước đạt 86 tỷ", "86", 86e9, "money", "đồng", status="estimate", percent=52,
      subject="doanh thu của Công ty CP Nhựa Tân Phú Tài", period=H1, location=QN),
    F("xuất khẩu 42.000 thùng", "42.000", 42000, "count", "thùng", total=185000, percent=22.7,
      subject="thùng rác xuất khẩu sang Nhật Bản và Hàn Quốc", period=I(H1), location=QN),
    F("từ 380.000 đến 650.000", "380.000", 380000, "money", "đồng/chiếc", value_max=650000,
      subject="giá bán thùng rác có bánh xe", location=QN),
    F("Khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="nguyên liệu đầu vào là nhựa tái chế", location=QN),
    F("thêm hai máy", "hai", 2, "count", "máy ép phun", subject="máy ép phun công ty đầu tư thêm", location=QN),
    F("gần 12 tỷ", "12", 12e9, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư hai máy ép phun", location=QN),
    F("lên 420.000 sản phẩm", "420.000", 420000, "measure", "sản phẩm/năm",
      subject="công suất của công ty", location=QN),
    F("cho 230 lao động", "230", 230, "count", "lao động", subject="lao động công ty tạo việc làm", location=QN),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động", location=QN),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất sản phẩm nhựa gia dụng"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp sản xuất thùng rác"),
    F("đạt 1.920 tỷ", "1.920", 1920e9, "money", "đồng", change=C("increase", 9.3, "%", "năm 2022"),
      subject="giá trị sản xuất ngành nhựa", period=Y23),
    F("lượng 380.000 thùng", "380.000", 380000, "count", "thùng rác", status="target",
      subject="sản lượng thùng rác của Công ty CP Nhựa Tân Phú Tài", period=NOW, location=QN),
    F("doanh thu 165 tỷ", "165", 165e9, "money", "đồng", status="target",
      subject="doanh thu của Công ty CP Nhựa Tân Phú Tài", period=NOW, location=QN),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): headline, 'Thứ Ba, 16/07/2024 - 07:30', sapo, tag '(BĐO) -', byline at the end.",
    "Distractors: 07:30, product names 'TPT-120', 'TPT-240' (model codes, not capacities), 'KCN Phú Tài'.",
    "The firm is in TP Quy Nhơn: its figures are located in Quy Nhơn; the Sở Công Thương figures of the province stay Bình Định (default).",
    "'Trong đó, xuất khẩu 42.000 thùng' follows a revenue figure, but the whole it belongs to is 185.000 thùng (same thing, same period):",
    "total 185.000; it is a production figure, so the 'ước đạt' of the revenue clause does not reach it (actual); 'chiếm 22,7%' is its percent.",
    "'bằng 52% kế hoạch năm' → percent 52 of the revenue (86/165 = 52%). 'hai máy ép phun' is a number word.",
    "revised after the first run: 1.920 tỷ subject '... ngành nhựa của tỉnh' → 'giá trị sản xuất ngành nhựa' (the province is the location).",
    "'Năm nay ... phấn đấu' → target, year of the dateline (2024). 'hiện có 14 doanh nghiệp' has no period.",
]

if __name__ == "__main__":
    write("p1508-5", TEXT, NOTES, FIGS, published="2024-07-16", location="Bình Định")
