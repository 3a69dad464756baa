from lib import F, P, build

TEXT = """BỘ CÔNG THƯƠNG - Thị trường trong nước

Nhập khẩu xăng dầu 10 tháng năm 2024 đạt 8,66 triệu tấn
Cập nhật: 18/11/2024

Theo số liệu thống kê sơ bộ của Tổng cục Hải quan, trong tháng 10/2024 cả nước nhập khẩu 862 nghìn tấn xăng dầu các loại, giảm 7,4% so với tháng trước, trị giá 615 triệu USD, giảm 18,2%.

Tính chung 10 tháng năm 2024, lượng xăng dầu nhập khẩu đạt 8,66 triệu tấn, trị giá 6,84 tỷ USD, tăng 3,1% về lượng nhưng giảm 4,6% về trị giá so với cùng kỳ năm 2023. Giá nhập khẩu bình quân ở mức 790 USD/tấn, giảm 7,5%.

Xăng dầu nhập khẩu chủ yếu từ Hàn Quốc với 2,87 triệu tấn (chiếm 33,1%), Singapore 2,15 triệu tấn, Malaysia 1,46 triệu tấn và Trung Quốc 0,98 triệu tấn.

Nhập khẩu xăng dầu theo chủng loại 10 tháng năm 2024

Chủng loại

Lượng (nghìn tấn)

Trị giá (triệu USD)

So với cùng kỳ về lượng (%)

Dầu diesel

4.312

3.406

105,8

Xăng

2.295

2.010

98,7

Nhiên liệu bay

1.104

856

112,4

Dầu mazut

949

568

91,2

Bên cạnh đó, nhập khẩu dầu thô đạt 10,2 triệu tấn, tăng 1,6 lần so với cùng kỳ, trị giá 6,12 tỷ USD; nhập khẩu khí hóa lỏng (LPG) đạt 1,92 triệu tấn, trị giá 1,21 tỷ USD.

Theo Quyết định số 3650/QĐ-BCT, chỉ tiêu tổng nguồn xăng dầu năm 2024 phân giao cho 32 thương nhân đầu mối tối thiểu là 28,4 triệu tấn. Tại kỳ điều hành 15 giờ ngày 14/11/2024, liên Bộ Công Thương - Tài chính tiếp tục không trích lập Quỹ bình ổn giá xăng dầu.
"""

T10 = lambda t="tháng 10/2024", inh=False: P(t, "2024-10-01", "2024-10-31", inh)
M10 = lambda t="10 tháng năm 2024", inh=False: P(t, "2024-01-01", "2024-10-31", inh)

FIGS = [
    F("đạt 8,66 triệu tấn\n", "8,66", 8660000, "measure", "tấn", "nhập khẩu xăng dầu", M10()),
    F("khẩu 862 nghìn tấn", "862", 862000, "measure", "tấn", "xăng dầu các loại nhập khẩu", T10(),
      change={"direction": "decrease", "value": 7.4, "unit": "%", "baseline": "tháng trước"}),
    F("trị giá 615 triệu USD", "615", 615e6, "money", "USD", "trị giá xăng dầu nhập khẩu", T10(),
      change={"direction": "decrease", "value": 18.2, "unit": "%"}),
    F("đạt 8,66 triệu tấn,", "8,66", 8660000, "measure", "tấn", "lượng xăng dầu nhập khẩu", M10(),
      change={"direction": "increase", "value": 3.1, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("trị giá 6,84 tỷ USD", "6,84", 6.84e9, "money", "USD", "trị giá xăng dầu nhập khẩu", M10(),
      change={"direction": "decrease", "value": 4.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("mức 790 USD/tấn", "790", 790, "money", "USD/tấn", "giá nhập khẩu bình quân", M10(inh=True),
      change={"direction": "decrease", "value": 7.5, "unit": "%"}),
    F("với 2,87 triệu tấn", "2,87", 2870000, "measure", "tấn", "xăng dầu nhập khẩu từ Hàn Quốc", M10(inh=True),
      percent=33.1),
    F("Singapore 2,15 triệu tấn", "2,15", 2150000, "measure", "tấn", "xăng dầu nhập khẩu từ Singapore", M10(inh=True)),
    F("Malaysia 1,46 triệu tấn", "1,46", 1460000, "measure", "tấn", "xăng dầu nhập khẩu từ Malaysia", M10(inh=True)),
    F("Trung Quốc 0,98 triệu tấn", "0,98", 980000, "measure", "tấn", "xăng dầu nhập khẩu từ Trung Quốc", M10(inh=True)),
]
rows = [
    ("Dầu diesel", "4.312", 4312, "3.406", 3406, "105,8", 105.8),
    ("Xăng", "2.295", 2295, "2.010", 2010, "98,7", 98.7),
    ("Nhiên liệu bay", "1.104", 1104, "856", 856, "112,4", 112.4),
    ("Dầu mazut", "949", 949, "568", 568, "91,2", 91.2),
]
for label, a, av, b, bv, c, cv in rows:
    FIGS.append(F(f"{label}\n\n{a}", a, av * 1000, "measure", "tấn", f"lượng nhập khẩu {label}", M10(inh=True)))
    FIGS.append(F(f"{a}\n\n{b}", b, bv * 1e6, "money", "USD", f"trị giá nhập khẩu {label}", M10(inh=True)))
    FIGS.append(F(f"{b}\n\n{c}", c, cv, "percent", "%", f"{label} so với cùng kỳ về lượng", M10(inh=True)))
FIGS += [
    F("đạt 10,2 triệu tấn", "10,2", 10200000, "measure", "tấn", "nhập khẩu dầu thô", M10(inh=True),
      change={"direction": "increase", "value": 1.6, "unit": "lần", "baseline": "cùng kỳ"}),
    F("trị giá 6,12 tỷ USD", "6,12", 6.12e9, "money", "USD", "trị giá nhập khẩu dầu thô", M10(inh=True)),
    F("đạt 1,92 triệu tấn", "1,92", 1920000, "measure", "tấn", "nhập khẩu khí hóa lỏng (LPG)", M10(inh=True)),
    F("trị giá 1,21 tỷ USD", "1,21", 1.21e9, "money", "USD", "trị giá nhập khẩu khí hóa lỏng (LPG)", M10(inh=True)),
    F("cho 32 thương nhân", "32", 32, "count", "thương nhân đầu mối", "thương nhân đầu mối được phân giao tổng nguồn xăng dầu",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tối thiểu là 28,4 triệu tấn", "28,4", 28400000, "measure", "tấn", "chỉ tiêu tổng nguồn xăng dầu",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): fuel imports, tháng 10 and 10 months of 2024, from customs data. 'Cập nhật: 18/11/2024' without time.",
    "One-cell-per-line table (as h23): Lượng (nghìn tấn) x1000 tấn, Trị giá (triệu USD) x10^6 USD, '(%)' column percent; period only in the table title (inherited).",
    "Distractors: 'Quyết định số 3650/QĐ-BCT', 'kỳ điều hành 15 giờ ngày 14/11/2024', 'tháng 10/2024' (period), 'Bộ Công Thương - Tài chính'.",
    "Location Việt Nam for all figures (cả nước; trade partners Hàn Quốc, Singapore, Malaysia, Trung Quốc are not places of the figures: subject names them).",
    "'giảm 7,4% so với tháng trước, trị giá 615 triệu USD, giảm 18,2%': each change follows its own figure. 'tăng 3,1% về lượng nhưng giảm 4,6% về trị giá' split by 'về lượng/về trị giá'.",
    "Partner list: no part-of cue ('chủ yếu từ'), so no total; '(chiếm 33,1%)' is Hàn Quốc's percent. 'tăng 1,6 lần so với cùng kỳ' is the change of the crude quantity.",
    "'chỉ tiêu tổng nguồn ... tối thiểu là 28,4 triệu tấn': target, approx at_least. Title '8,66 triệu tấn' is a figure (period from the title's '10 tháng năm 2024').",
]

build(5, TEXT, FIGS, COMMENTS, published="2024-11-18", location="Việt Nam")
