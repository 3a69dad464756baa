"""p1289-5: provincial Party newspaper (Báo Bắc Giang điện tử, tag BGĐT): a cooperative in Lục Nam makes herbal feed additives."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế > Nông nghiệp
Thứ Hai, 11/11/2024 07:30

HTX ở Lục Nam làm chế phẩm thảo dược bổ sung thức ăn chăn nuôi

Từ cây sả, gừng, tỏi và lá ổi sẵn có ở địa phương, HTX Dược liệu Xanh Cẩm Lý đã chế biến thành chế phẩm bổ sung thức ăn giúp đàn gà, lợn giảm dùng kháng sinh. Sản phẩm được công nhận OCOP 3 sao năm 2023.

(BGĐT) - HTX Dược liệu Xanh Cẩm Lý (xã Cẩm Lý, huyện Lục Nam) thành lập năm 2019 với 9 thành viên. Hiện HTX có 27 thành viên, liên kết trồng hơn 15 ha sả, gừng và tỏi với 40 hộ dân.

Mỗi tháng, HTX sản xuất khoảng 4 tấn chế phẩm dạng bột và 1.500 lít dạng dung dịch, giá bán từ 85.000 đến 120.000 đồng/kg. Theo Giám đốc HTX Lương Văn Tình, bổ sung chế phẩm với tỷ lệ 0,5% vào khẩu phần giúp tỷ lệ nuôi sống của gà tăng từ 92% lên 96%, chi phí thuốc thú y giảm 30-40%.

Năm 2023, HTX tiêu thụ gần 42 tấn sản phẩm, doanh thu đạt 3,6 tỷ đồng, lợi nhuận khoảng 650 triệu đồng. 10 tháng đầu năm nay, doanh thu đã đạt 3,9 tỷ đồng, vượt 8% so với cả năm trước. Năm 2025, HTX phấn đấu mở rộng vùng nguyên liệu lên 25 ha, doanh thu trên 5 tỷ đồng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có 6 cơ sở sản xuất chế phẩm sinh học, thảo dược dùng trong chăn nuôi; tổng đàn gia cầm khoảng 19,5 triệu con, đứng thứ 2 cả nước.

Ngọc Ánh

Tin cùng chuyên mục:
- Lục Nam: Hội nghị tổng kết 5 năm thực hiện Chương trình OCOP
- Bắc Giang chủ động phòng dịch cúm gia cầm vụ đông
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LN = "Lục Nam"
HTX = "HTX Dược liệu Xanh Cẩm Lý"

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject=f"thành viên {HTX} khi thành lập", period=Y19,
        location=LN),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên HTX", location=LN),
    fig("hơn 15 ha", "15", 15, "measure", "ha", approx="over", subject="diện tích liên kết trồng sả, gừng và tỏi",
        location=LN),
    fig("với 40 hộ", "40", 40, "count", "hộ", subject="hộ dân liên kết trồng", location=LN),
    fig("khoảng 4 tấn", "4", 4, "measure", "tấn/tháng", approx="about", subject="chế phẩm dạng bột HTX sản xuất",
        location=LN),
    fig("và 1.500 lít", "1.500", 1500.0, "measure", "lít/tháng", subject="chế phẩm dạng dung dịch HTX sản xuất",
        location=LN),
    fig("từ 85.000 đến 120.000", "85.000", 85000.0, "money", "đồng/kg", value_max=120000.0,
        subject="giá bán chế phẩm", location=LN),
    fig("tỷ lệ 0,5%", "0,5", 0.5, "percent", "%", subject="tỷ lệ bổ sung chế phẩm vào khẩu phần", location=LN),
    fig("từ 92%", "92", 92, "percent", "%", subject="tỷ lệ nuôi sống của gà", location=LN, optional=True),
    fig("lên 96%", "96", 96, "percent", "%", subject="tỷ lệ nuôi sống của gà", location=LN),
    fig("giảm 30-40%", "30", 30, "percent", "%", value_max=40, subject="chi phí thuốc thú y", location=LN),
    fig("gần 42 tấn", "42", 42, "measure", "tấn", approx="nearly", subject="sản phẩm HTX tiêu thụ", period=Y23,
        location=LN),
    fig("đạt 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="doanh thu HTX", period=Y23, location=LN),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about", subject="lợi nhuận HTX", period=Y23,
        location=LN),
    fig("đạt 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", change=chg("increase", 8, "%", "cả năm trước"),
        subject="doanh thu HTX", period=M10, location=LN),
    fig("lên 25 ha", "25", 25, "measure", "ha", status="target", subject="vùng nguyên liệu", period=Y25,
        location=LN),
    fig("trên 5 tỷ", "5", 5e9, "money", "đồng", approx="over", status="target", subject="doanh thu HTX",
        period=Y25, location=LN),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở sản xuất chế phẩm sinh học, thảo dược dùng trong chăn nuôi"),
    fig("khoảng 19,5 triệu", "19,5", 19.5e6, "count", "con", approx="about", subject="tổng đàn gia cầm"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="tổng đàn gia cầm"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang điện tử): breadcrumb, 'Thứ Hai, 11/11/2024 07:30' (published), sapo, tag '(BGĐT) -',",
    "byline 'Ngọc Ánh', related links. The cooperative's figures are located in Lục Nam; the province's (last paragraph) in Bắc Giang.",
    "'thành lập năm 2019 với 9 thành viên' → period 2019; 'Hiện HTX có 27 thành viên' has no period (the founding year must not carry over).",
    "'Mỗi tháng' makes the output rates: 'tấn/tháng', 'lít/tháng'; 'khoảng' governs only 4 tấn.",
    "'tăng từ 92% lên 96%': 96% is the claim; the old value 92% is optional (a start value that may be read as a baseline).",
    "'chi phí thuốc thú y giảm 30-40%' and 'tỷ lệ 0,5%' are percent figures of their own. 'vượt 8% so với cả năm trước' is a change.",
    "'10 tháng đầu năm nay' takes the year of published (2024). 'Năm 2025, HTX phấn đấu ...' → target for both clauses.",
    "'đứng thứ 2 cả nước' → rank 2 of the province's poultry herd, location Bắc Giang.",
    "Distractors: 'OCOP 3 sao' and 'năm 2023' in the sapo, '07:30', '5 năm' in a link title (a duration in a headline link), 'lá ổi'.",
]

if __name__ == "__main__":
    write("p1289-5", TEXT, NOTES, FIGS, published="2024-11-11", location="Bắc Giang")
