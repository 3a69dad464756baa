"""p1549-5: provincial Party newspaper (Báo Hòa Bình, tag HBĐT): a bamboo-toothbrush cooperative in huyện Lạc Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÒA BÌNH ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn

Bàn chải tre Lạc Sơn vươn ra thị trường quốc tế

15/08/2024 07:05

Từ cây tre quen thuộc của núi rừng, một hợp tác xã ở huyện Lạc Sơn đã làm ra những chiếc bàn chải đánh răng thân thiện với môi trường, xuất khẩu sang nhiều nước.

(HBĐT) - Thành lập năm 2020 với 7 thành viên, đến nay Hợp tác xã Tre xanh Mường Vang (xã Vân Sơn) đã có 23 thành viên, tạo việc làm thường xuyên cho 46 lao động, trong đó hơn 30 lao động là phụ nữ dân tộc Mường. Thu nhập của người lao động từ 5,5 đến 7 triệu đồng/tháng.

HTX có 2 xưởng sơ chế và một xưởng hoàn thiện với tổng diện tích khoảng 1.200 m2, công suất đạt 150.000 chiếc bàn chải mỗi tháng. Mỗi năm, HTX thu mua khoảng 300 tấn tre của ba chục hộ dân trong vùng với giá 1.500 đồng/kg.

Năm 2023, HTX tiêu thụ 1,4 triệu chiếc bàn chải tre, doanh thu đạt 5,6 tỷ đồng, trong đó khoảng 70% sản phẩm được xuất khẩu sang Nhật Bản, Hàn Quốc và Australia. 7 tháng đầu năm 2024, HTX đã xuất khẩu 9 container, gấp đôi cùng kỳ năm trước. Giá bán tại xưởng dao động từ 6.000 đến 9.000 đồng/chiếc tùy loại.

Ông Bùi Văn Thắng, Giám đốc HTX cho biết, năm nay HTX phấn đấu doanh thu đạt trên 7 tỷ đồng và mở rộng vùng nguyên liệu thêm 20 ha. Sản phẩm bàn chải tre Mường Vang đã được công nhận sản phẩm OCOP 4 sao năm 2023.

BÙI MINH
"""

F20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập hợp tác xã", period=F20),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên Hợp tác xã Tre xanh Mường Vang"),
    fig("cho 46 lao động", "46", 46, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("hơn 30 lao động", "30", 30, "count", "lao động", approx="over", total=46,
        subject="lao động là phụ nữ dân tộc Mường"),
    fig("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/tháng", value_max=7e6,
        subject="thu nhập của người lao động"),
    fig("có 2 xưởng", "2", 2, "count", "xưởng", subject="xưởng sơ chế"),
    fig("một xưởng hoàn thiện", "một", 1, "count", "xưởng", subject="xưởng hoàn thiện"),
    fig("khoảng 1.200 m2", "1.200", 1200, "measure", "m2", approx="about", subject="tổng diện tích các xưởng"),
    fig("đạt 150.000 chiếc", "150.000", 150000, "measure", "chiếc/tháng", subject="công suất bàn chải của HTX"),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn/năm", approx="about", subject="tre HTX thu mua mỗi năm"),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ dân trong vùng bán tre cho HTX"),
    fig("giá 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", subject="giá thu mua tre"),
    fig("tiêu thụ 1,4 triệu", "1,4", 1.4e6, "count", "chiếc", subject="bàn chải tre HTX tiêu thụ", period=Y23),
    fig("đạt 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="sản phẩm được xuất khẩu", period=Y23),
    fig("xuất khẩu 9 container", "9", 9, "count", "container", change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="container bàn chải HTX xuất khẩu", period=M7),
    fig("từ 6.000 đến 9.000", "6.000", 6000, "money", "đồng/chiếc", value_max=9000, subject="giá bán tại xưởng"),
    fig("trên 7 tỷ", "7", 7e9, "money", "đồng", approx="over", status="target", subject="doanh thu của HTX",
        period=NOW),
    fig("thêm 20 ha", "20", 20, "measure", "ha", status="target", subject="vùng nguyên liệu mở rộng thêm", period=NOW),
]

NOTES = [
    "Provincial Party newspaper (Báo Hòa Bình): section breadcrumb, '15/08/2024 07:05' under the headline, sapo, tag '(HBĐT) -', byline.",
    "Distractors: 07:05, founding year 'năm 2020' (a period, not a figure), 'OCOP 4 sao năm 2023', 'xã Vân Sơn'.",
    "The cooperative is in huyện Lạc Sơn: location Lạc Sơn for every figure (the tag HBĐT would only imply the province).",
    "'Thành lập năm 2020 với 7 thành viên' → period 2020 for the 7 founding members; 'đến nay ... 23 thành viên' has no period (present).",
    "'trong đó hơn 30 lao động' → total 46, approx over. 'ba chục hộ' = 30 (number word with 'chục').",
    "Rates: 'mỗi tháng' → chiếc/tháng (capacity, measure); 'Mỗi năm ... khoảng 300 tấn' → tấn/năm. Standing prices have no period.",
    "'trong đó khoảng 70% sản phẩm được xuất khẩu' after a revenue amount: a percent figure of its own (share of products, not of revenue).",
    "'gấp đôi cùng kỳ năm trước' after 9 container → change increase 2 lần (đôi = 2).",
    "'năm nay ... phấn đấu' → target, year 2024 from the dateline; it governs both clauses.",
]

if __name__ == "__main__":
    write("p1549-5", TEXT, NOTES, FIGS, published="2024-08-15", location="Lạc Sơn")
