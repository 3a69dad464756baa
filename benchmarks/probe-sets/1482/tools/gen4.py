"""p1482-4: provincial newspaper (Báo Bình Định, tag (BĐ)): nylon rope for fishing boats in thị xã Hoài Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Thể thao | Văn hóa

Thứ Ba, 14/05/2024 | 07:45

Hoài Nhơn: Nghề se dây nilon vào mùa

(BĐ) - Những tháng đầu năm, các hộ se dây ở phường Tam Quan Bắc, thị xã Hoài Nhơn tất bật chạy đơn hàng dây kéo lưới, dây neo cho đội tàu khai thác xa bờ. Từ đầu năm đến nay, các cơ sở đã tiêu thụ gần 900 tấn dây, tăng khoảng 15% so với cùng kỳ.

Theo UBND thị xã Hoài Nhơn, toàn thị xã có 146 cơ sở se dây nilon với khoảng 1.100 lao động, trong đó lao động nữ chiếm 62%. Ông Nguyễn Văn Tư (58 tuổi), chủ cơ sở se dây Tư Hạnh ở khu phố Trường Xuân Tây, cho biết cơ sở có 4 máy se, mỗi ngày làm ra 600-700 kg dây. "Mỗi tàu cá xa bờ cần từ 3 đến 5 tấn dây các loại, nên đơn hàng đầu năm luôn kín", ông Tư nói.

Giá hạt nhựa PP tăng khiến giá dây thành phẩm hiện ở mức 42.000-45.000 đồng/kg, tăng 3.000 đồng/kg so với cuối năm 2023.

Năm 2023, nghề se dây mang về cho thị xã khoảng 210 tỷ đồng doanh thu, gấp 1,5 lần năm 2020. Tuy nhiên, chưa đến 20% cơ sở đầu tư hệ thống xử lý bụi, tiếng ồn. Thị xã đặt mục tiêu đến năm 2025 có ít nhất 30 cơ sở đạt chuẩn an toàn lao động và đưa dây se Tam Quan vào danh mục sản phẩm OCOP.

HOÀI THU

Tin cùng chuyên mục:
- Phù Cát: Khởi công Quốc lộ 19B đoạn qua xã Cát Hanh
- Hội nghị ngư dân các tỉnh Nam Trung Bộ năm 2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 900 tấn", "900", 900, "measure", "tấn", approx="nearly",
        change=chg("increase", 15, "%", "cùng kỳ", approx="about"),
        subject="dây các cơ sở đã tiêu thụ", period=YTD),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở se dây nilon"),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động các cơ sở se dây nilon"),
    fig("chiếm 62%", "62", 62, "percent", "%", subject="tỷ lệ lao động nữ trong lao động se dây"),
    fig("(58 tuổi)", "58", 58, "measure", "tuổi", subject="tuổi ông Nguyễn Văn Tư", optional=True),
    fig("có 4 máy se", "4", 4, "count", "máy se", subject="máy se của cơ sở Tư Hạnh"),
    fig("làm ra 600-700 kg", "600", 600, "measure", "kg/ngày", value_max=700,
        subject="dây cơ sở Tư Hạnh làm ra mỗi ngày"),
    fig("từ 3 đến 5 tấn", "3", 3, "measure", "tấn/tàu", value_max=5,
        subject="dây các loại mỗi tàu cá xa bờ cần"),
    fig("mức 42.000-45.000", "42.000", 42000, "money", "đồng/kg", value_max=45000,
        change=chg("increase", 3000, "đồng/kg", "cuối năm 2023"),
        subject="giá dây thành phẩm"),
    fig("khoảng 210 tỷ", "210", 210e9, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2020"),
        subject="doanh thu nghề se dây mang về cho thị xã", period=Y23),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="cơ sở đầu tư hệ thống xử lý bụi, tiếng ồn"),
    fig("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở đạt chuẩn an toàn lao động", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Bình Định): menu, 'Thứ Ba, 14/05/2024 | 07:45', tag '(BĐ) -', byline HOÀI THU, related links.",
    "Distractors: 07:45, '(BĐ)', 'khu phố Trường Xuân Tây', 'Quốc lộ 19B', 'năm 2024' in a link title, 'cuối năm 2023' (a baseline).",
    "Location: thị xã Hoài Nhơn (district level) for all figures; Tam Quan Bắc is a ward.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-05-14; 'Những tháng đầu năm' is too vague to be a period.",
    "'trong đó lao động nữ chiếm 62%' has no amount of its own: a percent figure (not the percent of 1.100 lao động).",
    "Age '(58 tuổi)' optional, as in the shared gold. 'mỗi ngày làm ra 600-700 kg' → kg/ngày; 'Mỗi tàu cá ... 3 đến 5 tấn' → tấn/tàu.",
    "Price range 42.000-45.000 đồng/kg carries the change 'tăng 3.000 đồng/kg so với cuối năm 2023'; 'hiện' gives no period.",
    "'khoảng 210 tỷ đồng ..., gấp 1,5 lần năm 2020' → change 1,5 lần (increase) of the revenue.",
    "'mục tiêu đến năm 2025 ... ít nhất 30 cơ sở' → target, at_least, start null.",
]

if __name__ == "__main__":
    write("p1482-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Hoài Nhơn")
