"""p1312-6: ministry site (Bộ NN&PTNT): tamarind exports 2024, markets, area by province, national rank, 2030 target."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Xuất khẩu me và sản phẩm từ me năm 2024 tăng hơn 12%

20/02/2025 | 09:30 | Cục Chất lượng, Chế biến và Phát triển thị trường

Theo số liệu của Tổng cục Hải quan, năm 2024 kim ngạch xuất khẩu me và các sản phẩm chế biến từ me (mã HS 0813.40 và 2008.99) của Việt Nam đạt khoảng 38,6 triệu USD, tăng 12,4% so với năm 2023. Trong đó, Trung Quốc là thị trường lớn nhất với 15,2 triệu USD, chiếm 39,4%; tiếp đến là Hàn Quốc 6,8 triệu USD và Đài Loan (Trung Quốc) 4,1 triệu USD.

Giá xuất khẩu bình quân đạt 1.850 USD/tấn, tăng 95 USD/tấn so với năm trước. Năm 2024, Việt Nam cũng nhập khẩu khoảng 21 nghìn tấn me nguyên liệu, chủ yếu từ Thái Lan và Lào, để phục vụ chế biến.

Cả nước hiện có khoảng 4.200 ha me, trong đó An Giang 1.340 ha, Ninh Thuận 520 ha, Đắk Lắk 410 ha; sản lượng năm 2024 ước đạt 31.500 tấn. Việt Nam đứng thứ 3 Đông Nam Á về sản lượng me, sau Thái Lan và Indonesia. Ngoài me, các loại quả chua như sấu, chùm ruột, khế cũng được chế biến thành mứt, ô mai, nước cốt; cả nước có khoảng 85 doanh nghiệp và hơn 300 cơ sở chế biến các sản phẩm này.

Theo Đề án phát triển ngành chế biến rau quả giai đoạn 2021-2030 (Quyết định số 1748/QĐ-BNN-CBTTNS), mục tiêu đến năm 2030 kim ngạch xuất khẩu me và sản phẩm từ me đạt 60-70 triệu USD, trong đó sản phẩm chế biến sâu chiếm ít nhất 50%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8160
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu me"
TOT = 38.6e6

FIGS = [
    fig("tăng hơn 12%", "12", 12, "percent", "%", approx="over", subject="xuất khẩu me và sản phẩm từ me",
        period=Y24h),
    fig("khoảng 38,6 triệu", "38,6", 38.6e6, "money", "USD", approx="about",
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu me và các sản phẩm chế biến từ me", period=Y24),
    fig("với 15,2 triệu", "15,2", 15.2e6, "money", "USD", total=TOT, percent=39.4,
        subject=f"{KN} sang thị trường Trung Quốc", period=inh(Y24)),
    fig("Hàn Quốc 6,8 triệu", "6,8", 6.8e6, "money", "USD", total=TOT, subject=f"{KN} sang Hàn Quốc",
        period=inh(Y24)),
    fig("(Trung Quốc) 4,1 triệu", "4,1", 4.1e6, "money", "USD", total=TOT,
        subject=f"{KN} sang Đài Loan (Trung Quốc)", period=inh(Y24)),
    fig("đạt 1.850 USD/tấn", "1.850", 1850, "money", "USD/tấn", change=chg("increase", 95, "USD/tấn", "năm trước"),
        subject="giá xuất khẩu bình quân", period=inh(Y24)),
    fig("khoảng 21 nghìn tấn", "21", 21000, "measure", "tấn", approx="about", subject="me nguyên liệu nhập khẩu",
        period=Y24b),
    fig("khoảng 4.200 ha", "4.200", 4200, "measure", "ha", approx="about", subject="diện tích me"),
    fig("An Giang 1.340 ha", "1.340", 1340, "measure", "ha", total=4200, subject="diện tích me", location="An Giang"),
    fig("Ninh Thuận 520 ha", "520", 520, "measure", "ha", total=4200, subject="diện tích me", location="Ninh Thuận"),
    fig("Đắk Lắk 410 ha", "410", 410, "measure", "ha", total=4200, subject="diện tích me", location="Đắk Lắk"),
    fig("ước đạt 31.500 tấn", "31.500", 31500, "measure", "tấn", status="estimate", subject="sản lượng me",
        period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng me"),
    fig("khoảng 85 doanh nghiệp", "85", 85, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp chế biến các sản phẩm từ quả chua"),
    fig("hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over",
        subject="cơ sở chế biến các sản phẩm từ quả chua"),
    fig("đạt 60-70 triệu", "60", 60e6, "money", "USD", value_max=70e6, status="target",
        subject="kim ngạch xuất khẩu me và sản phẩm từ me", period=BY30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng sản phẩm chế biến sâu", period=BY30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, headline figure, '20/02/2025 | 09:30 | Cục ...' (published), address and phone footer.",
    "Distractors: 'mã HS 0813.40 và 2008.99' (product codes), 09:30, 'giai đoạn 2021-2030' in the plan's name, 'Quyết định số",
    "1748/QĐ-BNN-CBTTNS', 'Số 2 Ngọc Hà', 024.3846.8160.",
    "Default location Việt Nam (national figures). Trading partners (Trung Quốc, Hàn Quốc, Đài Loan) are not places of the figures;",
    "the provinces in 'trong đó An Giang 1.340 ha, ...' are the items' locations, the subject is the list's indicator.",
    "Headline 'năm 2024 tăng hơn 12%' → growth claim (percent, over), period 2024.",
    "'Trong đó, Trung Quốc ... 15,2 triệu USD, chiếm 39,4%; tiếp đến là ...' → parts after a sentence break take total 38,6 triệu USD;",
    "'chiếm 39,4%' is the percent attribute of 15,2 triệu. Their period 'năm 2024' stands in the previous sentence (inherited).",
    "'khoảng 21 nghìn tấn' → 21 000 (word multiplier). 'khoảng 4.200 ha, trong đó An Giang 1.340 ha ...' → total 4200; 'hiện': no period.",
    "'đứng thứ 3 Đông Nam Á về sản lượng me' → rank 3, location Việt Nam. 'mục tiêu đến năm 2030 ... 60-70 triệu USD, trong đó",
    "... chiếm ít nhất 50%' → both target, period end 2030-12-31; the 50% is a percent figure of its own (no base amount).",
]

if __name__ == "__main__":
    write("p1312-6", TEXT, NOTES, FIGS, published="2025-02-20", location="Việt Nam")
