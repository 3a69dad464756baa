"""p1537-1: province portal (Hải Dương): exports of leather wallets and belts, 9 months 2024; a company in Gia Lộc."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Kinh tế > Công nghiệp - Thương mại

Xuất khẩu ví da, thắt lưng da 9 tháng tăng gần 12%

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu ví da, thắt lưng da và phụ kiện da của tỉnh Hải Dương ước đạt 86,4 triệu USD, tăng 11,8% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Trong đó, ví da ước đạt 47,2 triệu USD, thắt lưng da 29,5 triệu USD. Đồ da hiện đứng thứ 5 trong nhóm hàng xuất khẩu chủ lực của tỉnh.

Toàn tỉnh có 146 doanh nghiệp và cơ sở sản xuất đồ da, tập trung ở huyện Gia Lộc, huyện Cẩm Giàng và TP Hải Dương, giải quyết việc làm cho khoảng 21.500 lao động, thu nhập bình quân 8,6 triệu đồng/người/tháng.

Tại Cụm công nghiệp Gia Lộc 2 (huyện Gia Lộc), Công ty TNHH Đồ da Hưng Phát vận hành 6 dây chuyền may ví và thắt lưng, mỗi ngày xuất xưởng khoảng 9.000 sản phẩm. Từ đầu năm đến nay, công ty đã xuất khẩu hơn 1,9 triệu sản phẩm sang hai thị trường chính là Nhật Bản và Hàn Quốc, doanh thu xuất khẩu đạt 8,7 triệu USD, chiếm hơn 10% kim ngạch xuất khẩu đồ da của tỉnh.

Quý IV, ngành công thương phấn đấu kim ngạch xuất khẩu đồ da đạt thêm 34 triệu USD, đưa cả năm 2024 lên khoảng 120 triệu USD, tăng 15% so với năm 2023. Thực hiện Kế hoạch số 2150/KH-UBND, Sở Công Thương sẽ tổ chức Hội nghị kết nối doanh nghiệp ngành da lần thứ 3; doanh nghiệp đăng ký qua số điện thoại 0220.3852.614.

Tin liên quan:
- Hội nghị xúc tiến thương mại ngành da giày - túi xách (ngày 25/9/2024)
- Gia Lộc: Khánh thành nhà xưởng mới tại Cụm công nghiệp Gia Lộc 2
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm 2024", "2024-01-01", "2024-12-31")
GL = "Gia Lộc"

FIGS = [
    F("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="xuất khẩu ví da, thắt lưng da", period=NINE_H),
    F("ước đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", status="estimate", percent=72,
      change=change("increase", 11.8, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu ví da, thắt lưng da và phụ kiện da", period=NINE),
    F("ước đạt 47,2 triệu", "47,2", 47.2e6, "money", "USD", status="estimate", total=86.4e6,
      subject="kim ngạch xuất khẩu ví da", period=inherit(NINE)),
    F("thắt lưng da 29,5 triệu", "29,5", 29.5e6, "money", "USD", status="estimate", total=86.4e6,
      subject="kim ngạch xuất khẩu thắt lưng da", period=inherit(NINE)),
    F("đứng thứ 5", "5", 5, "rank", "hạng",
      subject="đồ da trong nhóm hàng xuất khẩu chủ lực của tỉnh"),
    F("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp",
      subject="doanh nghiệp và cơ sở sản xuất đồ da"),
    F("khoảng 21.500 lao động", "21.500", 21500, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm"),
    F("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân"),
    F("vận hành 6 dây chuyền", "6", 6, "count", "dây chuyền",
      subject="dây chuyền may ví và thắt lưng", location=GL),
    F("khoảng 9.000 sản phẩm", "9.000", 9000, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm xuất xưởng mỗi ngày", location=GL),
    F("hơn 1,9 triệu", "1,9", 1.9e6, "count", "sản phẩm", approx="over",
      subject="sản phẩm công ty xuất khẩu", period=YTD, location=GL),
    F("sang hai thị trường", "hai", 2, "count", "thị trường",
      subject="thị trường chính", period=YTD, location=GL),
    F("đạt 8,7 triệu", "8,7", 8.7e6, "money", "USD", percent=10,
      subject="doanh thu xuất khẩu của công ty", period=YTD, location=GL),
    F("thêm 34 triệu", "34", 34e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu đồ da đạt thêm", period=Q4),
    F("khoảng 120 triệu", "120", 120e6, "money", "USD", approx="about", status="target",
      change=change("increase", 15, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu đồ da cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hải Dương): leather wallet and belt exports, 9 months 2024. Breadcrumb, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Cụm công nghiệp Gia Lộc 2' (twice), Kế hoạch số 2150/KH-UBND, 'lần thứ 3', phone 0220.3852.614, 25/9/2024.",
    "'Trong đó, ví da ước đạt ...' after a sentence break: total 86,4 triệu; its own 'ước đạt' makes it an estimate, the belt figure continues that clause.",
    "Company passage in huyện Gia Lộc: location Gia Lộc. 'Từ đầu năm đến nay' ends at the dateline 2024-10-10.",
    "'mỗi ngày ... khoảng 9.000 sản phẩm' is a rate: measure, unit 'sản phẩm/ngày'. 'chiếm hơn 10%' is the percent attribute of 8,7 triệu USD.",
    "'phấn đấu' governs the whole Quý IV sentence (target); the 15% is the change of 120 triệu USD.",
]

if __name__ == "__main__":
    write("p1537-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Hải Dương")
