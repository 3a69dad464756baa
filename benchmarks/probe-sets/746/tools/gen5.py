"""p746-5: Party newspaper (Báo Ninh Bình) — canning company in TP Tam Điệp, pineapple purchases, output, revenue, jobs, targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BÁO NINH BÌNH - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH NINH BÌNH
Kinh tế

Dứa Tam Điệp vào vụ, nhà máy đồ hộp tăng ca

Những ngày cuối tháng 5, tại Công ty CP Chế biến nông sản Tam Điệp (đường Quang Trung, phường Bắc Sơn, TP Tam Điệp), 4 dây chuyền đóng hộp hoạt động liên tục cả ngày đêm để kịp tiêu thụ dứa chính vụ.

Theo ông Lê Văn Thịnh, Giám đốc Công ty, 5 tháng đầu năm 2024, công ty đã thu mua hơn 14.600 tấn dứa quả, tăng 18% so với cùng kỳ; sản xuất 6.820 tấn sản phẩm các loại, trong đó dứa khoanh đóng hộp 4.150 tấn. Doanh thu đạt 212,5 tỷ đồng, bằng 46% kế hoạch năm; kim ngạch xuất khẩu đạt 7,8 triệu USD. Công ty hiện giải quyết việc làm cho 1.240 lao động với thu nhập bình quân 8,2 triệu đồng/người/tháng.

Toàn thành phố hiện có 1.870 ha dứa, chủ yếu là giống Cayen và MD2, năng suất bình quân 42 tấn/ha; toàn tỉnh Ninh Bình có khoảng 2.350 ha. Công ty đã ký hợp đồng bao tiêu với 960 hộ, diện tích liên kết 1.120 ha, chiếm gần 60% diện tích dứa của thành phố.

Năm 2024, công ty đặt mục tiêu thu mua 32.000 tấn dứa, doanh thu 460 tỷ đồng. Dự kiến đến năm 2026, công ty sẽ đầu tư thêm hai dây chuyền nước dứa cô đặc, công suất 15 tấn nguyên liệu/giờ, tổng vốn khoảng 85 tỷ đồng; khi đi vào hoạt động sẽ tạo việc làm cho thêm 200 lao động.

Đức Lam
28/5/2024
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("4 dây chuyền", "4", 4, "count", "dây chuyền", "dây chuyền đóng hộp hoạt động liên tục"),
    fig("hơn 14.600 tấn", "14.600", 14600, "measure", "tấn", "dứa quả công ty thu mua", M5,
        approx="over", change=chg("increase", 18, "%", "cùng kỳ")),
    fig("sản xuất 6.820 tấn", "6.820", 6820, "measure", "tấn", "sản phẩm các loại", M5),
    fig("đóng hộp 4.150 tấn", "4.150", 4150, "measure", "tấn", "dứa khoanh đóng hộp", M5, total=6820),
    fig("đạt 212,5 tỷ đồng", "212,5", 212500000000, "money", "đồng", "doanh thu", inh(M5), percent=46),
    fig("đạt 7,8 triệu USD", "7,8", 7800000, "money", "USD", "kim ngạch xuất khẩu", inh(M5)),
    fig("cho 1.240 lao động", "1.240", 1240, "count", "lao động", "lao động được giải quyết việc làm"),
    fig("8,2 triệu đồng/người/tháng", "8,2", 8200000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    fig("có 1.870 ha", "1.870", 1870, "measure", "ha", "diện tích dứa"),
    fig("42 tấn/ha", "42", 42, "measure", "tấn/ha", "năng suất dứa bình quân"),
    fig("khoảng 2.350 ha", "2.350", 2350, "measure", "ha", "diện tích dứa", approx="about", location="Ninh Bình"),
    fig("với 960 hộ", "960", 960, "count", "hộ", "hộ ký hợp đồng bao tiêu"),
    fig("liên kết 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích liên kết", percent=60),
    fig("thu mua 32.000 tấn", "32.000", 32000, "measure", "tấn", "dứa công ty thu mua", Y24, status="target"),
    fig("doanh thu 460 tỷ đồng", "460", 460000000000, "money", "đồng", "doanh thu", Y24, status="target"),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", "dây chuyền nước dứa cô đặc đầu tư thêm", T26,
        status="forecast"),
    fig("15 tấn nguyên liệu/giờ", "15", 15, "measure", "tấn/giờ", "công suất dây chuyền nước dứa cô đặc", T26,
        status="forecast"),
    fig("khoảng 85 tỷ đồng", "85", 85000000000, "money", "đồng", "tổng vốn đầu tư", T26,
        approx="about", status="forecast"),
    fig("thêm 200 lao động", "200", 200, "count", "lao động", "việc làm tạo thêm", T26, status="forecast"),
]

COMMENTS = [
    "Báo Ninh Bình (Party newspaper; byline and bare date '28/5/2024' at the end): a pineapple canning company in TP Tam Điệp.",
    "Location: the article is about Tam Điệp (company and city pineapple area); 'toàn tỉnh Ninh Bình có khoảng 2.350 ha' is Ninh Bình.",
    "'chiếm gần 60%' gives percent 60 on 1.120 ha (the 'gần' qualifies the share, the area itself is exact).",
    "'Dự kiến đến năm 2026' governs the whole sentence, also the clause after ';' (forecast). 'hai dây chuyền' is a number word.",
    "revised after the first run: unit of '15 tấn nguyên liệu/giờ' → 'tấn/giờ' (shortest noun phrase, as 'tấn' for '14.600 tấn dứa quả'); subject unchanged.",
    "'Những ngày cuối tháng 5' gives no period. Distractors: 'giống Cayen và MD2', 'đường Quang Trung, phường Bắc Sơn', the date line.",
]

if __name__ == "__main__":
    emit("p746-5", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Tam Điệp")
