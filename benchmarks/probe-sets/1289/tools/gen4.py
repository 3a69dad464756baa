"""p1289-4: ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national feed output 2023, imports of additives, premix self-supply."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y

Ngành thức ăn chăn nuôi: chủ động nguồn premix, giảm phụ thuộc nhập khẩu
22/03/2024 | 08:45 | Cục Chăn nuôi

Theo Cục Chăn nuôi, năm 2023 cả nước sản xuất khoảng 21,3 triệu tấn thức ăn chăn nuôi công nghiệp, giảm 1,8% so với năm 2022. Cả nước hiện có 269 nhà máy thức ăn chăn nuôi, trong đó 95 nhà máy của doanh nghiệp có vốn đầu tư nước ngoài. Khối doanh nghiệp FDI chiếm khoảng 60% sản lượng thức ăn chăn nuôi công nghiệp.

Về nguyên liệu bổ sung, năm 2023 các doanh nghiệp nhập khẩu gần 1,4 triệu tấn thức ăn bổ sung, premix và phụ gia với kim ngạch 1,85 tỷ USD, tăng 4,6% so với năm trước. Trong đó, vitamin và premix vitamin khoảng 135.000 tấn, axit amin (lysine, methionine, threonine) hơn 420.000 tấn. Các thị trường cung cấp chính lần lượt là Trung Quốc (chiếm 46,2%), EU (18,5%) và Hoa Kỳ (9,3%).

Trong nước, hiện có 38 doanh nghiệp sản xuất premix với tổng công suất khoảng 310.000 tấn/năm, nhưng mới đáp ứng 25-30% nhu cầu; hơn 90% nguyên liệu vitamin vẫn phải nhập khẩu.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045, mục tiêu đến năm 2030 sản lượng thức ăn chăn nuôi công nghiệp đạt 28-30 triệu tấn, trong đó tự chủ khoảng 50% nhu cầu premix và phụ gia. Năm 2024, Cục dự kiến phối hợp với các địa phương lấy ít nhất 1.500 mẫu thức ăn chăn nuôi để giám sát chất lượng, tăng khoảng 300 mẫu so với năm 2023.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
IMP = "thức ăn bổ sung, premix và phụ gia nhập khẩu"
MK = "thị trường cung cấp chính"

FIGS = [
    fig("khoảng 21,3 triệu", "21,3", 21.3e6, "measure", "tấn", approx="about",
        change=chg("decrease", 1.8, "%", "năm 2022"), subject="thức ăn chăn nuôi công nghiệp cả nước sản xuất",
        period=Y23),
    fig("có 269 nhà máy", "269", 269, "count", "nhà máy", subject="nhà máy thức ăn chăn nuôi"),
    fig("đó 95 nhà máy", "95", 95, "count", "nhà máy", total=269,
        subject="nhà máy của doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng khối doanh nghiệp FDI trong sản lượng thức ăn chăn nuôi công nghiệp", period=inh(Y23)),
    fig("gần 1,4 triệu", "1,4", 1.4e6, "measure", "tấn", approx="nearly", subject=IMP, period=Y23),
    fig("kim ngạch 1,85 tỷ", "1,85", 1.85e9, "money", "USD", change=chg("increase", 4.6, "%", "năm trước"),
        subject="kim ngạch nhập khẩu thức ăn bổ sung, premix và phụ gia", period=Y23),
    fig("khoảng 135.000 tấn", "135.000", 135000.0, "measure", "tấn", approx="about", total=1.4e6,
        subject="vitamin và premix vitamin nhập khẩu", period=inh(Y23)),
    fig("hơn 420.000 tấn", "420.000", 420000.0, "measure", "tấn", approx="over", total=1.4e6,
        subject="axit amin nhập khẩu", period=inh(Y23)),
    fig("(chiếm 46,2%)", "46,2", 46.2, "percent", "%", subject=f"{MK} Trung Quốc", period=inh(Y23)),
    fig("(18,5%)", "18,5", 18.5, "percent", "%", subject=f"{MK} EU", period=inh(Y23)),
    fig("(9,3%)", "9,3", 9.3, "percent", "%", subject=f"{MK} Hoa Kỳ", period=inh(Y23)),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất premix trong nước"),
    fig("khoảng 310.000 tấn/năm", "310.000", 310000.0, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các doanh nghiệp sản xuất premix"),
    fig("đáp ứng 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="tỷ lệ đáp ứng nhu cầu premix của sản xuất trong nước"),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="nguyên liệu vitamin phải nhập khẩu"),
    fig("đạt 28-30 triệu", "28", 28e6, "measure", "tấn", value_max=30e6, status="target",
        subject="sản lượng thức ăn chăn nuôi công nghiệp", period=T30),
    fig("khoảng 50%", "50", 50, "percent", "%", approx="about", status="target",
        subject="tự chủ nhu cầu premix và phụ gia", period=T30),
    fig("ít nhất 1.500 mẫu", "1.500", 1500.0, "count", "mẫu", approx="at_least", status="forecast",
        change=chg("increase", 300, "mẫu", "năm 2023", approx="about"),
        subject="mẫu thức ăn chăn nuôi lấy để giám sát chất lượng", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 08:45 | Cục Chăn nuôi' (published), copyright and address footer.",
    "National figures: location Việt Nam. Trung Quốc, EU, Hoa Kỳ are supplying markets, not places of the figures.",
    "'Các thị trường cung cấp chính lần lượt là Trung Quốc (chiếm 46,2%), EU (18,5%) và Hoa Kỳ (9,3%)': a list of shares,",
    "each a percent figure; no base amount in the same clause, so no attribute.",
    "'kim ngạch 1,85 tỷ USD, tăng 4,6% so với năm trước': the money is its own figure (a value next to a tonnage) and takes the change.",
    "'Trong đó, vitamin ... khoảng 135.000 tấn, axit amin ... hơn 420.000 tấn' after a sentence break → total 1,4 triệu tấn.",
    "'mới đáp ứng 25-30% nhu cầu': 'đáp ứng' is no share cue of the spec, so the range is a percent figure of its own.",
    "'mục tiêu đến năm 2030 ... 28-30 triệu tấn, trong đó ... khoảng 50%' → target, period end 2030-12-31.",
    "'Năm 2024, Cục dự kiến ... ít nhất 1.500 mẫu ..., tăng khoảng 300 mẫu so với năm 2023' → forecast, at_least, change 300 mẫu.",
    "'hiện' figures (269, 95, 38, 310.000, 25-30%, 90%) have no period.",
    "Distractors: 'giai đoạn 2021-2030' and 'tầm nhìn 2045' inside the strategy's name, '08:45', 'Số 2 Ngọc Hà', phone.",
]

if __name__ == "__main__":
    write("p1289-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
