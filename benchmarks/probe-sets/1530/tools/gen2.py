"""p1530-2: district portal (huyện Văn Lâm, Hưng Yên): a zip-bag maker in KCN Phố Nối A, the district's film-packaging firms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Thủ tục hành chính

Doanh nghiệp túi zip thực phẩm tăng tốc đầu năm

Ngày đăng: 05/03/2024 | Tác giả: Thu Hà

Những ngày đầu tháng 3, nhà xưởng của Công ty TNHH Bao bì Minh Tâm tại Khu công nghiệp Phố Nối A (xã Lạc Hồng) luôn chạy hết công suất. Công ty hiện có 6 máy thổi màng và 14 máy cắt dán túi, mỗi ngày xuất xưởng khoảng 2,5 tấn túi zip, túi đựng thực phẩm cho các cơ sở làm bánh, giò chả, thực phẩm đông lạnh.

Theo bà Nguyễn Thị Lan, Giám đốc công ty, 2 tháng đầu năm 2024, doanh thu của công ty đạt 18,6 tỷ đồng, tăng 22% so với cùng kỳ; riêng tháng 2 tiêu thụ hơn 9 triệu chiếc túi zip. Công ty có 126 lao động, trong đó 85 lao động nữ, thu nhập bình quân 8,5 triệu đồng/người/tháng. Năm nay, công ty phấn đấu doanh thu đạt 120 tỷ đồng và dự kiến tuyển thêm từ 20 đến 25 công nhân.

Toàn huyện hiện có 11 doanh nghiệp sản xuất bao bì màng mỏng, gồm 4 doanh nghiệp sản xuất màng bọc thực phẩm và 7 doanh nghiệp sản xuất túi zip, túi nilon. Năm 2023, giá trị sản xuất của nhóm doanh nghiệp này đạt khoảng 1.350 tỷ đồng, chiếm 4,2% giá trị sản xuất công nghiệp toàn huyện.

Huyện đặt mục tiêu đến năm 2025 có ít nhất 3 doanh nghiệp bao bì được cấp chứng nhận ISO 22000 về an toàn thực phẩm.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm tổ chức Hội nghị đối thoại với doanh nghiệp năm 2024
- Hướng dẫn kê khai thuế quý I cho hộ kinh doanh

UBND HUYỆN VĂN LÂM
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.112
"""

M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
FEB = per("tháng 2", "2024-02-01", "2024-02-29")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 6 máy", "6", 6, "count", "máy", subject="máy thổi màng của công ty"),
    fig("và 14 máy", "14", 14, "count", "máy", subject="máy cắt dán túi của công ty"),
    fig("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn/ngày", approx="about",
        subject="túi zip, túi đựng thực phẩm xuất xưởng mỗi ngày"),
    fig("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", change=chg("increase", 22, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=M2),
    fig("hơn 9 triệu", "9", 9e6, "count", "chiếc", approx="over",
        subject="túi zip công ty tiêu thụ", period=FEB),
    fig("có 126 lao động", "126", 126, "count", "lao động", subject="lao động của công ty"),
    fig("85 lao động nữ", "85", 85, "count", "lao động nữ", total=126, subject="lao động nữ của công ty"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty"),
    fig("đạt 120 tỷ", "120", 120e9, "money", "đồng", status="target", subject="doanh thu của công ty", period=NOW),
    fig("từ 20 đến 25", "20", 20, "count", "công nhân", value_max=25, status="forecast",
        subject="công nhân công ty tuyển thêm", period=NOW),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì màng mỏng"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp sản xuất màng bọc thực phẩm"),
    fig("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp sản xuất túi zip, túi nilon"),
    fig("khoảng 1.350 tỷ", "1.350", 1350e9, "money", "đồng", approx="about", percent=4.2,
        subject="giá trị sản xuất của nhóm doanh nghiệp bao bì màng mỏng", period=Y23),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp bao bì được cấp chứng nhận ISO 22000", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, 'Ngày đăng: 05/03/2024 | Tác giả', 'Nguồn', 'Tin khác', footer.",
    "Distractors: 'đầu tháng 3' (a date), 'Phố Nối A', 'ISO 22000', 'quý I' and 'năm 2024' in link titles, phone 0221.3985.112.",
    "The company stands in KCN Phố Nối A, xã Lạc Hồng (huyện Văn Lâm): every figure is located in Văn Lâm (the district).",
    "'mỗi ngày xuất xưởng khoảng 2,5 tấn' is a daily rate (tấn/ngày). '2 tháng đầu năm 2024' ends 2024-02-29 (leap year);",
    "'riêng tháng 2' takes 2024 from the previous phrase; 'riêng' is no part-of cue, and chiếc ≠ đồng, so no total.",
    "'Năm nay' (= 2024, published) governs both clauses: 'phấn đấu ... 120 tỷ' → target; 'dự kiến tuyển thêm từ 20 đến 25' → forecast.",
    "'gồm 4 ... và 7 ...' after 11 doanh nghiệp: total 11. 'chiếm 4,2%' is the percent attribute of 1.350 tỷ.",
    "'mục tiêu đến năm 2025 có ít nhất 3 doanh nghiệp' → target, at_least, period end 2025-12-31 (start null).",
]

if __name__ == "__main__":
    write("p1530-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Văn Lâm")
