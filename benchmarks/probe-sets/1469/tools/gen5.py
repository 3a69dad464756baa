"""p1469-5: Party newspaper (Báo Thanh Hóa): a chalk cooperative in huyện Hà Trung before the school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO THANH HÓA
Kinh tế > Công nghiệp - Làng nghề

Nghề làm phấn ở Hà Trung vào mùa tựu trường

Cập nhật lúc 09:12 ngày 27/08/2024

Mỗi năm, Hợp tác xã Phấn viết Hà Lĩnh (huyện Hà Trung) cung cấp ra thị trường khoảng 4,5 triệu hộp phấn, phục vụ học sinh các tỉnh Bắc Trung Bộ.

(BTH) - Từ 7 thành viên ban đầu, đến nay hợp tác xã đã có 46 lao động, phần lớn là phụ nữ trong xã. Ông Lê Văn Thắng, Giám đốc HTX cho biết, nguyên liệu chính là bột thạch cao, mỗi tháng HTX sử dụng khoảng 35 tấn. Năm 2021, HTX đầu tư 2 máy ép phấn bán tự động trị giá gần 800 triệu đồng. Nhờ đó, năng suất lao động tăng gấp 3 lần so với làm thủ công.

Hiện mỗi ngày HTX sản xuất khoảng 15.000 hộp phấn gồm 3 dòng sản phẩm: phấn trắng, phấn màu và phấn không bụi, giá bán buôn từ 6.500 đến 9.000 đồng/hộp. Năm 2023, doanh thu của HTX đạt 3,8 tỷ đồng, lợi nhuận khoảng 420 triệu đồng; thu nhập của người lao động bình quân 6,5 triệu đồng/tháng. 8 tháng đầu năm nay, HTX đã tiêu thụ gần 3 triệu hộp, đạt 67% kế hoạch năm.

Theo UBND huyện Hà Trung, toàn huyện hiện có 5 cơ sở sản xuất phấn viết bảng với khoảng 120 lao động. Năm 2024, huyện phấn đấu đưa sản phẩm phấn không bụi của HTX đạt chứng nhận OCOP 3 sao; hỗ trợ 150 triệu đồng từ nguồn khuyến công để HTX mua thêm một máy ép.

Bài và ảnh: MINH HẰNG

Tin liên quan:
- Thanh Hóa trao chứng nhận sản phẩm OCOP năm 2024
- Làng nghề chiếu cói Nga Sơn vào vụ
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 4,5 triệu hộp", "4,5", 4.5e6, "measure", "hộp/năm", approx="about",
        subject="hộp phấn Hợp tác xã Phấn viết Hà Lĩnh cung cấp ra thị trường mỗi năm"),
    fig("Từ 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên ban đầu của hợp tác xã"),
    fig("có 46 lao động", "46", 46, "count", "lao động", subject="lao động của hợp tác xã"),
    fig("khoảng 35 tấn", "35", 35, "measure", "tấn/tháng", approx="about",
        subject="bột thạch cao HTX sử dụng mỗi tháng"),
    fig("đầu tư 2 máy", "2", 2, "count", "máy", subject="máy ép phấn bán tự động HTX đầu tư", period=Y21),
    fig("gần 800 triệu", "800", 800e6, "money", "đồng", approx="nearly",
        subject="trị giá máy ép phấn bán tự động", period=Y21),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="năng suất lao động"),
    fig("khoảng 15.000 hộp", "15.000", 15000, "measure", "hộp/ngày", approx="about",
        subject="hộp phấn HTX sản xuất mỗi ngày"),
    fig("gồm 3 dòng", "3", 3, "count", "dòng sản phẩm", subject="dòng sản phẩm phấn"),
    fig("từ 6.500 đến 9.000", "6.500", 6500, "money", "đồng/hộp", value_max=9000, subject="giá bán buôn"),
    fig("đạt 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", approx="about", subject="lợi nhuận của HTX",
        period=Y23),
    fig("6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", subject="thu nhập bình quân của người lao động",
        period=Y23),
    fig("gần 3 triệu hộp", "3", 3e6, "count", "hộp", approx="nearly", percent=67,
        subject="hộp phấn HTX đã tiêu thụ", period=M8),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất phấn viết bảng"),
    fig("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about",
        subject="lao động của các cơ sở sản xuất phấn"),
    fig("hỗ trợ 150 triệu", "150", 150e6, "money", "đồng", status="target",
        subject="hỗ trợ từ nguồn khuyến công để HTX mua thêm máy ép", period=Y24),
    fig("thêm một máy", "một", 1, "count", "máy", status="target", subject="máy ép HTX mua thêm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Thanh Hóa): section line, headline, 'Cập nhật lúc 09:12 ngày 27/08/2024', sapo, tag '(BTH) -', byline, related links.",
    "The cooperative and the district count are in huyện Hà Trung: location Hà Trung for all figures.",
    "'Mỗi năm ... khoảng 4,5 triệu hộp', 'mỗi tháng ... khoảng 35 tấn', 'mỗi ngày ... khoảng 15.000 hộp' are rates: hộp/năm, tấn/tháng, hộp/ngày.",
    "'năng suất lao động tăng gấp 3 lần so với làm thủ công' stands alone as the claim (own sentence, no base amount): kind multiple.",
    "'gồm 3 dòng sản phẩm' follows 15.000 hộp (a different thing), so it has no total.",
    "'8 tháng đầu năm nay' = Jan-Aug 2024 (published year); 'đạt 67% kế hoạch năm' is the percent attribute of 3 triệu hộp.",
    "'Năm 2024, huyện phấn đấu ...; hỗ trợ 150 triệu đồng ... một máy ép': the 'phấn đấu' clause continues after ';' → target.",
    "Present-tense counts ('đến nay', 'Hiện', 'hiện') and standing prices get no period.",
    "Distractors: 09:12, 'OCOP 3 sao', 'năm 2024' in a related-link title, byline.",
]

if __name__ == "__main__":
    write("p1469-5", TEXT, NOTES, FIGS, published="2024-08-27", location="Hà Trung")
