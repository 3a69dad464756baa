"""p746-4: ministry site (Bộ NN&PTNT) — national pineapple area, processed-pineapple exports 2023 by product and market, plants, 2030 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Chế biến - Thương mại
Ngày đăng: 12/03/2024 | Lượt xem: 2.705

Xuất khẩu dứa chế biến năm 2023 đạt 187 triệu USD

Theo Cục Chế biến và Phát triển thị trường nông sản, năm 2023 cả nước có khoảng 46.800 ha dứa, sản lượng đạt gần 745.000 tấn, tập trung ở Tiền Giang, Kiên Giang, Ninh Bình, Nghệ An, Thanh Hóa và Hậu Giang. Kim ngạch xuất khẩu các sản phẩm dứa chế biến đạt 187,4 triệu USD, tăng 8,6% so với năm 2022. Trong đó, dứa đóng hộp đạt 98,2 triệu USD, chiếm 52,4%; nước dứa ép và nước dứa cô đặc đạt 64,5 triệu USD; dứa đông lạnh đạt 24,7 triệu USD.

Các thị trường nhập khẩu lớn nhất lần lượt là Hoa Kỳ (52,1 triệu USD), Hà Lan (31,6 triệu USD) và Nga (22,8 triệu USD).

Cả nước hiện có 27 nhà máy chế biến dứa với tổng công suất khoảng 320.000 tấn nguyên liệu/năm, song mới hoạt động ở mức 60-65% công suất do thiếu nguyên liệu đạt chuẩn. Diện tích dứa đã được cấp mã số vùng trồng đạt 3.150 ha, chỉ chiếm 6,7% tổng diện tích.

Theo Đề án phát triển cây ăn quả chủ lực đến năm 2030 (Quyết định số 1742/QĐ-BNN-TT), phấn đấu diện tích dứa cả nước đạt 55.000-60.000 ha, sản lượng 1,1 triệu tấn, trong đó 50% sản lượng được chế biến; kim ngạch xuất khẩu dứa đạt 350 triệu USD.

Cục Chế biến và Phát triển thị trường nông sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = 187400000

FIGS = [
    fig("đạt 187 triệu USD", "187", 187000000, "money", "USD", "xuất khẩu dứa chế biến",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 46.800 ha", "46.800", 46800, "measure", "ha", "diện tích dứa", Y23, approx="about"),
    fig("gần 745.000 tấn", "745.000", 745000, "measure", "tấn", "sản lượng dứa", Y23, approx="nearly"),
    fig("đạt 187,4 triệu USD", "187,4", EXP, "money", "USD", "kim ngạch xuất khẩu các sản phẩm dứa chế biến",
        inh(Y23), change=chg("increase", 8.6, "%", "năm 2022")),
    fig("đạt 98,2 triệu USD", "98,2", 98200000, "money", "USD", "kim ngạch xuất khẩu dứa đóng hộp", inh(Y23),
        total=EXP, percent=52.4),
    fig("đạt 64,5 triệu USD", "64,5", 64500000, "money", "USD", "kim ngạch xuất khẩu nước dứa ép và nước dứa cô đặc",
        inh(Y23), total=EXP),
    fig("đạt 24,7 triệu USD", "24,7", 24700000, "money", "USD", "kim ngạch xuất khẩu dứa đông lạnh", inh(Y23),
        total=EXP),
    fig("Hoa Kỳ (52,1 triệu USD)", "52,1", 52100000, "money", "USD", "kim ngạch xuất khẩu dứa chế biến sang Hoa Kỳ", inh(Y23)),
    fig("Hà Lan (31,6 triệu USD)", "31,6", 31600000, "money", "USD", "kim ngạch xuất khẩu dứa chế biến sang Hà Lan", inh(Y23)),
    fig("Nga (22,8 triệu USD)", "22,8", 22800000, "money", "USD", "kim ngạch xuất khẩu dứa chế biến sang Nga", inh(Y23)),
    fig("có 27 nhà máy", "27", 27, "count", "nhà máy", "nhà máy chế biến dứa"),
    fig("khoảng 320.000 tấn", "320.000", 320000, "measure", "tấn/năm", "tổng công suất nhà máy chế biến dứa",
        approx="about"),
    fig("mức 60-65%", "60", 60, "percent", "%", "mức hoạt động so với công suất của nhà máy chế biến dứa", value_max=65),
    fig("đạt 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích dứa đã được cấp mã số vùng trồng", percent=6.7),
    fig("đạt 55.000-60.000 ha", "55.000", 55000, "measure", "ha", "diện tích dứa", T30,
        value_max=60000, status="target"),
    fig("sản lượng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản lượng dứa", T30, status="target"),
    fig("50% sản lượng", "50", 50, "percent", "%", "tỷ lệ sản lượng dứa được chế biến", T30, status="target"),
    fig("đạt 350 triệu USD", "350", 350000000, "money", "USD", "kim ngạch xuất khẩu dứa", T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT ministry site ('Ngày đăng: 12/03/2024 | Lượt xem: 2.705'): national pineapple area and output 2023, processed-pineapple",
    "exports by product (trong đó, adds up to 187,4 triệu USD) and by market (lần lượt), processing plants, 2030 targets.",
    "National figures: location Việt Nam; the province list after the national area does not make it provincial; import markets are",
    "trade partners, not places (location Việt Nam, partner in the subject). Market items have no part-of cue: no total.",
    "'trong đó 50% sản lượng được chế biến' is a percent figure (target), not a part with a total.",
    "revised after the first run: market items' subject 'thị trường nhập khẩu lớn nhất <X>' → 'kim ngạch xuất khẩu dứa chế biến sang <X>'",
    "(the subject is the indicator measured, as shared h26 gives 'vốn đăng ký cấp mới của Trung Quốc' for 'Trung Quốc là nhà đầu tư lớn nhất');",
    "unit of 320.000 tấn nguyên liệu/năm → 'tấn/năm' (shortest noun phrase, as for every other 'tấn <material>' in this set); subject unchanged.",
    "Distractors: Quyết định số 1742/QĐ-BNN-TT, address 'Số 10 Nguyễn Công Hoan', Lượt xem 2.705, 'đến năm 2030' in the plan's name.",
]

if __name__ == "__main__":
    emit("p746-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
