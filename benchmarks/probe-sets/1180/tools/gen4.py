"""p1180-4: ministry site (Bộ NN&PTNT, Cục Chăn nuôi) - national feed maize: imports, domestic maize, silage maize, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng thông tin điện tử
Trang chủ » Tin hoạt động » Chăn nuôi - Thú y

Phát triển vùng nguyên liệu ngô trong nước, giảm phụ thuộc nhập khẩu

Ngày đăng: 14/03/2024 | Nguồn: Cục Chăn nuôi

Theo Cục Chăn nuôi, năm 2023 sản lượng thức ăn chăn nuôi công nghiệp của Việt Nam đạt khoảng 20,9 triệu tấn, đứng đầu khu vực Đông Nam Á và xếp thứ 10 thế giới. Ngô chiếm khoảng 45% khối lượng nguyên liệu phối trộn.

Cũng trong năm 2023, cả nước nhập khẩu 9,06 triệu tấn ngô, trị giá gần 2,6 tỷ USD, tăng 11,4% về lượng so với năm 2022. Brazil và Argentina là hai thị trường cung cấp lớn nhất, lần lượt đạt 4,8 triệu tấn và 2,3 triệu tấn.

Trong khi đó, diện tích ngô trong nước năm 2023 chỉ còn khoảng 880.000 ha, giảm hơn 10.000 ha so với năm trước; năng suất bình quân 48,6 tạ/ha, sản lượng gần 4,3 triệu tấn, mới đáp ứng khoảng 35% nhu cầu ngô làm thức ăn chăn nuôi.

Diện tích ngô sinh khối toàn quốc hiện khoảng 62.000 ha, tập trung ở Sơn La, Nghệ An, Tuyên Quang, Lâm Đồng, Hà Nam. Có 18 tỉnh đã ban hành chính sách hỗ trợ trồng ngô sinh khối, trong đó 7 tỉnh hỗ trợ giống và phân bón.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 sản lượng thức ăn chăn nuôi công nghiệp đạt từ 25 đến 26 triệu tấn; tỷ lệ nguyên liệu nhập khẩu giảm xuống dưới 50%. Bộ đề nghị các địa phương phấn đấu đến năm 2025 đưa diện tích ngô sinh khối lên 100.000 ha.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3843.5127
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 20,9 triệu", "20,9", 20900000, "measure", "tấn", approx="about",
        subject="sản lượng thức ăn chăn nuôi công nghiệp", period=Y23),
    fig("xếp thứ 10", "10", 10, "rank", "hạng",
        subject="xếp hạng sản lượng thức ăn chăn nuôi công nghiệp thế giới", period=Y23),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng ngô trong khối lượng nguyên liệu phối trộn", period=inh(Y23)),
    fig("khẩu 9,06 triệu", "9,06", 9060000, "measure", "tấn",
        change=chg("increase", 11.4, "%", "năm 2022"), subject="ngô nhập khẩu", period=Y23b),
    fig("gần 2,6 tỷ", "2,6", 2600000000, "money", "USD", approx="nearly",
        subject="trị giá ngô nhập khẩu", period=Y23b),
    fig("là hai thị trường", "hai", 2, "count", "thị trường", optional=True,
        subject="thị trường cung cấp ngô lớn nhất"),
    fig("đạt 4,8 triệu", "4,8", 4800000, "measure", "tấn",
        subject="ngô nhập khẩu từ thị trường cung cấp lớn nhất", period=inh(Y23b)),
    fig("và 2,3 triệu", "2,3", 2300000, "measure", "tấn",
        subject="ngô nhập khẩu từ thị trường cung cấp lớn nhất", period=inh(Y23b)),
    fig("khoảng 880.000 ha", "880.000", 880000, "measure", "ha", approx="about",
        change=chg("decrease", 10000, "ha", "năm trước", approx="over"),
        subject="diện tích ngô trong nước", period=Y23),
    fig("quân 48,6 tạ/ha", "48,6", 48.6, "measure", "tạ/ha", subject="năng suất ngô bình quân", period=Y23),
    fig("gần 4,3 triệu", "4,3", 4300000, "measure", "tấn", approx="nearly",
        subject="sản lượng ngô trong nước", period=Y23),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ đáp ứng nhu cầu ngô làm thức ăn chăn nuôi", period=Y23),
    fig("khoảng 62.000 ha", "62.000", 62000, "measure", "ha", approx="about",
        subject="diện tích ngô sinh khối toàn quốc"),
    fig("Có 18 tỉnh", "18", 18, "count", "tỉnh",
        subject="tỉnh đã ban hành chính sách hỗ trợ trồng ngô sinh khối"),
    fig("7 tỉnh", "7", 7, "count", "tỉnh", total=18, subject="tỉnh hỗ trợ giống và phân bón cho trồng ngô sinh khối"),
    fig("từ 25 đến 26", "25", 25000000, "measure", "tấn", value_max=26000000, status="target",
        subject="sản lượng thức ăn chăn nuôi công nghiệp", period=T30),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under", status="target",
        subject="tỷ lệ nguyên liệu thức ăn chăn nuôi nhập khẩu", period=T30),
    fig("lên 100.000 ha", "100.000", 100000, "measure", "ha", status="target",
        subject="diện tích ngô sinh khối", period=T25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national figures, location Việt Nam. 'Ngày đăng: 14/03/2024 | Nguồn: …' is the dateline.",
    "Distractors: 'giai đoạn 2021-2030', 'tầm nhìn 2045', 'Quyết định số 1520/QĐ-TTg', address 'Số 2 Ngọc Hà', phone 024.3843.5127.",
    "'tăng 11,4% về lượng' is the change of the tonnage 9,06 triệu tấn, not of the value in USD that stands between them ('về lượng').",
    "Brazil/Argentina are trade partners, not places: the list items keep location Việt Nam. 'hai thị trường' restates the list (optional).",
    "'đứng đầu khu vực' has no number (no figure). 'giảm xuống dưới 50%' states the target level (under 50), not a change.",
    "The provinces after 'tập trung ở' follow a national figure and do not make it provincial. 'trong đó 7 tỉnh' → total 18.",
]

if __name__ == "__main__":
    write("p1180-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
