"""p1572-4: ministry site (Bộ Công Thương): national market for shoe polish and shoe-care products, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Công nghiệp

Thị trường sản phẩm chăm sóc giày: doanh nghiệp trong nước nắm khoảng 35% thị phần

22/03/2024 | 14:10 | Cục Công nghiệp

Theo số liệu của Tổng cục Hải quan, năm 2023 Việt Nam nhập khẩu xi, kem đánh giày và chế phẩm chăm sóc giày (mã HS 3405.10) đạt 18,6 triệu USD, giảm 7,2% so với năm 2022. Trung Quốc là thị trường cung cấp lớn nhất với 46%, tiếp đến là Thái Lan (21%) và Đức (9%).

Ở chiều ngược lại, kim ngạch xuất khẩu nhóm hàng này đạt 9,4 triệu USD, tăng 15,3%, sang 12 thị trường, chủ yếu là Campuchia, Lào và Nhật Bản. Với kết quả này, Việt Nam đứng thứ 3 trong khu vực ASEAN về xuất khẩu sản phẩm chăm sóc giày.

Cả nước hiện có khoảng 40 doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày, tập trung tại TP Hồ Chí Minh (14 doanh nghiệp), Bình Dương (8 doanh nghiệp) và Hà Nội (6 doanh nghiệp). Quy mô thị trường trong nước năm 2023 ước khoảng 1.150 tỷ đồng. Doanh nghiệp trong nước chiếm khoảng 35% thị phần, phần còn lại thuộc về hàng nhập khẩu và các thương hiệu nước ngoài sản xuất tại Việt Nam.

Theo Cục Công nghiệp, nguyên liệu chính như sáp, dung môi và phẩm màu vẫn phụ thuộc nhập khẩu, tỷ lệ nội địa hóa mới đạt khoảng 25%. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa nguyên liệu của ngành đạt 50%, giá trị xuất khẩu đạt 30 triệu USD.

Bộ Công Thương sẽ tiếp tục triển khai Chương trình phát triển công nghiệp hỗ trợ theo Quyết định số 68/QĐ-TTg và hỗ trợ doanh nghiệp tham gia Hội chợ Vietnam Expo 2024.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    fig("nắm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="thị phần của doanh nghiệp trong nước"),
    fig("đạt 18,6 triệu", "18,6", 18.6e6, "money", "USD", change=chg("decrease", 7.2, "%", "năm 2022"),
        subject="nhập khẩu xi, kem đánh giày và chế phẩm chăm sóc giày", period=Y23),
    fig("lớn nhất với 46%", "46", 46, "percent", "%",
        subject="tỷ trọng thị trường Trung Quốc trong nhập khẩu xi, kem đánh giày", period=inh(Y23)),
    fig("Thái Lan (21%)", "21", 21, "percent", "%",
        subject="tỷ trọng thị trường Thái Lan trong nhập khẩu xi, kem đánh giày", period=inh(Y23)),
    fig("Đức (9%)", "9", 9, "percent", "%",
        subject="tỷ trọng thị trường Đức trong nhập khẩu xi, kem đánh giày", period=inh(Y23)),
    fig("đạt 9,4 triệu", "9,4", 9.4e6, "money", "USD", change=chg("increase", 15.3, "%"),
        subject="kim ngạch xuất khẩu nhóm hàng này", period=inh(Y23)),
    fig("sang 12 thị trường", "12", 12, "count", "thị trường", subject="thị trường xuất khẩu", period=inh(Y23)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="xuất khẩu sản phẩm chăm sóc giày trong khu vực ASEAN", period=inh(Y23)),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày"),
    fig("(14 doanh nghiệp)", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày", location="TP Hồ Chí Minh"),
    fig("(8 doanh nghiệp)", "8", 8, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày", location="Bình Dương"),
    fig("(6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày", location="Hà Nội"),
    fig("ước khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường trong nước", period=Y23),
    fig("chiếm khoảng 35% thị phần", "35", 35, "percent", "%", approx="about",
        subject="thị phần của doanh nghiệp trong nước", period=inh(Y23)),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa nguyên liệu"),
    fig("đạt 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu của ngành", period=T30),
    fig("đạt 30 triệu", "30", 30e6, "money", "USD", status="target", subject="giá trị xuất khẩu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/03/2024 | 14:10 | Cục Công nghiệp' (published), address footer.",
    "Distractors: 14:10, 'mã HS 3405.10', Quyết định số 68/QĐ-TTg, 'Vietnam Expo 2024', '54 Hai Bà Trưng'.",
    "National figures: location Việt Nam; the list 'TP Hồ Chí Minh (14 doanh nghiệp), Bình Dương (8 ...), Hà Nội (6 ...)' gives each item its place.",
    "  'tập trung tại' is not a part-of-whole cue in the spec and the parts add up to 28, not 40: no total.",
    "Import partners (Trung Quốc, Thái Lan, Đức) are trade partners, not places: location Việt Nam; each share is a percent figure of the list's indicator.",
    "'xuất khẩu ... đạt 9,4 triệu USD, tăng 15,3%' takes năm 2023 from the previous sentence (inherited); so do the shares and the rank.",
    "The headline 'nắm khoảng 35% thị phần' repeats the body share: optional (a headline restating a body figure with no period).",
    "'ước khoảng 1.150 tỷ đồng. Doanh nghiệp trong nước chiếm khoảng 35%' → the estimate cue continues over the ';' clause; 35% is its own percent figure",
    "  (a share of the market, not a share of the 1.150 tỷ stated as an attribute: the subject changes).",
    "'Mục tiêu đến năm 2030' governs both clauses: target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1572-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
