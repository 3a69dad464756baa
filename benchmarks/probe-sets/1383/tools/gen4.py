"""p1383-4: ministry site (Bộ NN&PTNT): national cashew exports 2023, markets, raw-nut imports, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Năm 2023, xuất khẩu hạt điều lập kỷ lục về khối lượng
16/01/2024 | 09:30 | Cục Chế biến và Phát triển thị trường nông sản

Theo số liệu của Tổng cục Thống kê, năm 2023 cả nước xuất khẩu 644 nghìn tấn hạt điều, trị giá 3,63 tỷ USD, tăng 23,9% về khối lượng và tăng 17,5% về giá trị so với năm 2022. Giá xuất khẩu bình quân đạt 5.636 USD/tấn, giảm 5,2%. Việt Nam tiếp tục đứng thứ nhất thế giới về xuất khẩu điều nhân, chiếm khoảng 80% lượng điều nhân giao dịch toàn cầu.

Về thị trường, kim ngạch xuất khẩu hạt điều sang Hoa Kỳ đạt 892 triệu USD, chiếm 24,6% tổng kim ngạch; tiếp đến là Trung Quốc (681 triệu USD) và Hà Lan (365 triệu USD).

Cùng năm, các doanh nghiệp nhập khẩu 2,7 triệu tấn điều thô, trị giá 3,2 tỷ USD, tăng 43,6% về lượng; trong đó nhập từ Campuchia 1,05 triệu tấn, Bờ Biển Ngà 0,84 triệu tấn. Do nguyên liệu trong nước chỉ đáp ứng chưa đến 15% công suất chế biến, ngành điều phụ thuộc lớn vào điều thô nhập khẩu.

Năm 2024, Hiệp hội Điều Việt Nam (Vinacas) đặt mục tiêu xuất khẩu khoảng 700 nghìn tấn, kim ngạch 3,8 tỷ USD. Theo Quyết định số 1235/QĐ-BNN-CBTTNS, đến năm 2030 diện tích điều cả nước duy trì khoảng 300.000 ha, năng suất bình quân đạt 1,8-2 tấn/ha; tỷ lệ chế biến sâu đạt trên 40%.

Bộ NN&PTNT đề nghị các địa phương vùng Đông Nam Bộ và Tây Nguyên đẩy mạnh ghép cải tạo, trồng mới bằng giống PN1, AB29.

Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
SAME = per("Cùng năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("xuất khẩu 644 nghìn", "644", 644e3, "measure", "tấn",
        change=chg("increase", 23.9, "%", "năm 2022"), subject="hạt điều xuất khẩu", period=Y23),
    fig("trị giá 3,63 tỷ", "3,63", 3.63e9, "money", "USD",
        change=chg("increase", 17.5, "%", "năm 2022"), subject="trị giá hạt điều xuất khẩu", period=Y23),
    fig("đạt 5.636 USD/tấn", "5.636", 5636, "money", "USD/tấn",
        change=chg("decrease", 5.2, "%"), subject="giá xuất khẩu bình quân", period=inh(Y23)),
    fig("thứ nhất thế giới", "nhất", 1, "rank", "hạng", subject="xuất khẩu điều nhân", period=inh(Y23)),
    fig("chiếm khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="điều nhân Việt Nam trong lượng điều nhân giao dịch toàn cầu", period=inh(Y23)),
    fig("đạt 892 triệu", "892", 892e6, "money", "USD", percent=24.6,
        subject="kim ngạch xuất khẩu hạt điều sang Hoa Kỳ", period=inh(Y23)),
    fig("(681 triệu USD)", "681", 681e6, "money", "USD",
        subject="kim ngạch xuất khẩu hạt điều sang Trung Quốc", period=inh(Y23)),
    fig("(365 triệu USD)", "365", 365e6, "money", "USD",
        subject="kim ngạch xuất khẩu hạt điều sang Hà Lan", period=inh(Y23)),
    fig("nhập khẩu 2,7 triệu", "2,7", 2.7e6, "measure", "tấn",
        change=chg("increase", 43.6, "%"), subject="điều thô nhập khẩu", period=SAME),
    fig("trị giá 3,2 tỷ", "3,2", 3.2e9, "money", "USD", subject="trị giá điều thô nhập khẩu", period=SAME),
    fig("Campuchia 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", total=2.7e6,
        subject="điều thô nhập từ Campuchia", period=SAME),
    fig("Ngà 0,84 triệu", "0,84", 0.84e6, "measure", "tấn", total=2.7e6,
        subject="điều thô nhập từ Bờ Biển Ngà", period=SAME),
    fig("chưa đến 15%", "15", 15, "percent", "%", approx="under",
        subject="nguyên liệu trong nước đáp ứng công suất chế biến"),
    fig("khoảng 700 nghìn", "700", 700e3, "measure", "tấn", approx="about", status="target",
        subject="khối lượng hạt điều xuất khẩu", period=Y24),
    fig("kim ngạch 3,8 tỷ", "3,8", 3.8e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu hạt điều", period=Y24),
    fig("khoảng 300.000 ha", "300.000", 300000, "measure", "ha", approx="about", status="target",
        subject="diện tích điều cả nước", period=TO30),
    fig("đạt 1,8-2 tấn/ha", "1,8", 1.8, "measure", "tấn/ha", value_max=2, status="target",
        subject="năng suất điều bình quân", period=TO30),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ chế biến sâu", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '16/01/2024 | 09:30 | Cục ...' under the headline, address and phone footer. National: location Việt Nam.",
    "Distractors: 09:30, Quyết định số 1235/QĐ-BNN-CBTTNS, variety names PN1, AB29, 'Số 2 Ngọc Hà', phone 024.3846.8161; 'Năm 2023' in the headline is a period only.",
    "'644 nghìn tấn ..., trị giá 3,63 tỷ USD, tăng 23,9% về khối lượng và tăng 17,5% về giá trị': each change goes to its own figure.",
    "'Giá ... 5.636 USD/tấn, giảm 5,2%' (no baseline written): change without baseline; period inherited from the first sentence.",
    "'đứng thứ nhất thế giới' → rank 1 (number word), location Việt Nam; 'chiếm khoảng 80% ...' has no base amount: percent figure.",
    "Markets are trade partners, not places: location Việt Nam; 'chiếm 24,6% tổng kim ngạch' is the 892 triệu's percent; bracketed list items share the indicator.",
    "'Cùng năm' = the year just named (2023), stated in the sentence: scored. 'tăng 43,6% về lượng' belongs to the volume 2,7 triệu tấn, not the value 3,2 tỷ.",
    "'trong đó nhập từ Campuchia 1,05 triệu tấn, Bờ Biển Ngà 0,84 triệu tấn': parts of 2,7 triệu tấn (same thing, same period); partners are not places.",
    "'Vinacas đặt mục tiêu ... khoảng 700 nghìn tấn, kim ngạch 3,8 tỷ USD' → target; 'đến năm 2030 ... duy trì ..., đạt ...; ... đạt trên 40%' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1383-4", TEXT, NOTES, FIGS, published="2024-01-16", location="Việt Nam")
