"""p1422-5: Party newspaper (Báo Bình Định): crushed stone for two highway projects, prices of đá 1x2."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Kinh tế > Xây dựng

Thứ Tư, 11/09/2024 | 07:30

Bảo đảm đá xây dựng cho 2 dự án cao tốc qua tỉnh

Các dự án cao tốc Quảng Ngãi - Hoài Nhơn và Hoài Nhơn - Quy Nhơn đoạn qua tỉnh cần khoảng 3,1 triệu m3 đá các loại. Nhiều mỏ đá đã đầu tư nâng công suất để đáp ứng tiến độ.

(BĐ) - Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có 68 mỏ đá xây dựng được cấp phép, tổng công suất khai thác khoảng 4,5 triệu m3/năm; trong đó 14 mỏ được giao cung ứng cho các dự án cao tốc. Sản lượng đá xây dựng của tỉnh đứng thứ hai khu vực Nam Trung Bộ, sau Khánh Hòa.

8 tháng đầu năm, các mỏ đã cung ứng cho các dự án khoảng 1,62 triệu m3 đá, đạt 52% nhu cầu. Riêng cao tốc Hoài Nhơn - Quy Nhơn dài 69,5 km đã nhận 980.000 m3.

Do nhu cầu tăng mạnh, giá đá 1x2 tại mỏ đã tăng từ 260.000 đồng/m3 hồi đầu năm lên 310.000 đồng/m3; một số mỏ bán với giá 350.000 đồng/m3. Từ đầu năm đến nay, Sở Xây dựng đã 3 lần điều chỉnh công bố giá vật liệu.

Ông Lê Minh Tâm, Phó Giám đốc Công ty TNHH Đá Phước Lộc (thị xã Hoài Nhơn) cho biết, công ty có 2 mỏ với tổng công suất 350.000 m3/năm. Năm nay, công ty đầu tư thêm một dây chuyền nghiền sàng trị giá khoảng 18 tỷ đồng, nâng công suất thêm 30%.

Theo UBND tỉnh, đến cuối năm 2024 phấn đấu cung ứng đủ 2,4 triệu m3 đá, bằng 77% tổng nhu cầu của các dự án; đồng thời kiểm tra 100% mỏ đá đang hoạt động theo Quyết định số 2815/QĐ-UBND.

HOÀI THU
"""

M8 = period("8 tháng đầu năm", "2024-01-01", "2024-08-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-09-11")
NN = period("Năm nay", "2024-01-01", "2024-12-31")
END = period("đến cuối năm 2024", None, "2024-12-31")
HN = "Hoài Nhơn"

FIGS = [
    F("cho 2 dự án", "2", 2, "count", "dự án", subject="dự án cao tốc qua tỉnh"),
    F("khoảng 3,1 triệu", "3,1", 3.1e6, "measure", "m3", approx="about",
      subject="đá các loại các dự án cao tốc đoạn qua tỉnh cần"),
    F("có 68 mỏ", "68", 68, "count", "mỏ đá", subject="mỏ đá xây dựng được cấp phép"),
    F("khoảng 4,5 triệu", "4,5", 4.5e6, "measure", "m3/năm", approx="about",
      subject="tổng công suất khai thác các mỏ đá"),
    F("trong đó 14 mỏ", "14", 14, "count", "mỏ", total=68,
      subject="mỏ được giao cung ứng cho các dự án cao tốc"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng đá xây dựng của tỉnh"),
    F("khoảng 1,62 triệu", "1,62", 1.62e6, "measure", "m3", approx="about", percent=52,
      subject="đá các mỏ đã cung ứng cho các dự án", per=M8),
    F("dài 69,5 km", "69,5", 69.5, "measure", "km", subject="chiều dài cao tốc Hoài Nhơn - Quy Nhơn"),
    F("nhận 980.000 m3", "980.000", 980000, "measure", "m3", subject="đá cao tốc Hoài Nhơn - Quy Nhơn đã nhận",
      per=inherit(M8)),
    F("từ 260.000 đồng", "260.000", 260000, "money", "đồng/m3", subject="giá đá 1x2 tại mỏ hồi đầu năm"),
    F("lên 310.000 đồng", "310.000", 310000, "money", "đồng/m3", subject="giá đá 1x2 tại mỏ"),
    F("giá 350.000 đồng", "350.000", 350000, "money", "đồng/m3", subject="giá đá một số mỏ bán"),
    F("đã 3 lần", "3", 3, "count", "lần", subject="lần Sở Xây dựng điều chỉnh công bố giá vật liệu", per=YTD),
    F("có 2 mỏ", "2", 2, "count", "mỏ", subject="mỏ của Công ty TNHH Đá Phước Lộc", location=HN),
    F("suất 350.000 m3", "350.000", 350000, "measure", "m3/năm", subject="tổng công suất các mỏ của công ty",
      location=HN),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền nghiền sàng công ty đầu tư thêm",
      per=NN, location=HN),
    F("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", subject="giá trị dây chuyền nghiền sàng",
      per=NN, location=HN),
    F("thêm 30%", "30", 30, "percent", "%", subject="công suất nâng thêm", per=NN, location=HN),
    F("đủ 2,4 triệu", "2,4", 2.4e6, "measure", "m3", status="target", percent=77,
      subject="đá cung ứng cho các dự án", per=END),
    F("kiểm tra 100%", "100", 100, "percent", "%", status="target", subject="mỏ đá đang hoạt động được kiểm tra",
      per=END),
]

NOTES = [
    "Party newspaper (Báo Bình Định): section path, 'Thứ Tư, 11/09/2024 | 07:30', headline, sapo, tag '(BĐ) -', byline at the end.",
    "Distractors: 07:30, 'đá 1x2' (product name, twice), 'Quyết định số 2815/QĐ-UBND', project names with places only.",
    "'68 mỏ đá ..., tổng công suất khoảng 4,5 triệu m3/năm; trong đó 14 mỏ' → the whole is 68 mỏ (same thing counted), not the capacity.",
    "'đứng thứ hai khu vực Nam Trung Bộ, sau Khánh Hòa' → rank 2 of Bình Định (Khánh Hòa is the one ahead, not the place).",
    "'8 tháng đầu năm' takes 2024 from the dateline. 'Riêng' is not a part-of cue: 980.000 m3 has no total; its period is inherited.",
    "'tăng từ 260.000 ... lên 310.000 đồng/m3' → two prices, no range and no change. 'hồi đầu năm' is too vague for a period.",
    "The Phước Lộc company (thị xã Hoài Nhơn): location Hoài Nhơn; 'Năm nay' → 2024. 'nâng công suất thêm 30%' → percent figure.",
    "'đến cuối năm 2024 phấn đấu ... 2,4 triệu m3 đá, bằng 77% tổng nhu cầu; đồng thời kiểm tra 100%' → target, as-of end 2024.",
]

if __name__ == "__main__":
    write("p1422-5", TEXT, NOTES, FIGS, published="2024-09-11", location="Bình Định")
