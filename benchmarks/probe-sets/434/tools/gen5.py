from lib import F, P, C, T, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC GIANG
Ngày đăng: 08/11/2024 | Lượt xem: 2.371

Bắc Giang đẩy mạnh phát triển công dân số

Theo số liệu của Công an tỉnh, tính đến ngày 31/10/2024, toàn tỉnh có 1.126.540 tài khoản định danh điện tử được kích hoạt, đạt 81,4% dân số từ 14 tuổi trở lên; trong đó có 968.300 tài khoản mức độ 2. Tỷ lệ người trưởng thành có điện thoại thông minh ước đạt 86,7%, cao hơn 2,9 điểm phần trăm so với năm 2023; tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt 78,2%.

Tỷ lệ công dân số theo đơn vị cấp huyện (tính đến 31/10/2024)
Đơn vị tính: %
Đơn vị
Tài khoản định danh điện tử
Thanh toán điện tử
TP Bắc Giang
92,6
89,1
Thị xã Việt Yên
88,3
84,7
Huyện Lục Ngạn
74,9
68,5
Huyện Sơn Động
69,2
61,3

Toàn tỉnh đã thành lập 2.312 tổ công nghệ số cộng đồng ở thôn, tổ dân phố với 11.860 thành viên. Năm 2024, Sở đã phối hợp với Viettel Bắc Giang, VNPT Bắc Giang tổ chức 9 lớp tập huấn cho 1.240 thành viên tổ công nghệ số cộng đồng; triển khai mô hình "Chợ 4.0" tại 45 chợ, với hơn 3.800 tiểu thương sử dụng thanh toán qua mã QR.

Kế hoạch năm 2025 của tỉnh đặt chỉ tiêu 90% người trưởng thành có điện thoại thông minh và ít nhất 80% dân số trưởng thành có tài khoản thanh toán điện tử.

Địa chỉ: Số 45 đường Nguyễn Văn Cừ, TP Bắc Giang. Điện thoại: 0204.3856.218.
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
ASOF_I = P("tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
TAB = P("tính đến 31/10/2024", None, "2024-10-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 1.126.540 tài khoản", "1.126.540", 1126540, "count", "tài khoản", "tài khoản định danh điện tử được kích hoạt",
      ASOF, percent=81.4),
    F("từ 14 tuổi", "14", 14, "measure", "tuổi", optional=True),
    F("có 968.300 tài khoản", "968.300", 968300, "count", "tài khoản", "tài khoản định danh điện tử mức độ 2", ASOF,
      total=1126540),
    F("ước đạt 86,7%", "86,7", 86.7, "percent", "%", "tỷ lệ người trưởng thành có điện thoại thông minh", ASOF_I,
      change=C("increase", 2.9, "điểm phần trăm", "năm 2023"), status="estimate"),
    F("đạt 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử", ASOF_I),
]
for place, name, a, b in [("Bắc Giang", "TP Bắc Giang", "92,6", "89,1"), ("Việt Yên", "Thị xã Việt Yên", "88,3", "84,7"),
                          ("Lục Ngạn", "Huyện Lục Ngạn", "74,9", "68,5"), ("Sơn Động", "Huyện Sơn Động", "69,2", "61,3")]:
    FIGS.append(F(f"{name}\n{a}", a, float(a.replace(",", ".")), "percent", "%",
                  "tỷ lệ công dân số: tài khoản định danh điện tử", TAB, location=place))
    FIGS.append(F(f"{a}\n{b}", b, float(b.replace(",", ".")), "percent", "%",
                  "tỷ lệ công dân số: thanh toán điện tử", TAB, location=place))

FIGS += [
    F("thành lập 2.312 tổ", "2.312", 2312, "count", "tổ công nghệ số cộng đồng", "tổ công nghệ số cộng đồng ở thôn, tổ dân phố"),
    F("với 11.860 thành viên", "11.860", 11860, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng"),
    F("9 lớp tập huấn", "9", 9, "count", "lớp tập huấn", "lớp tập huấn cho thành viên tổ công nghệ số cộng đồng", Y24),
    F("cho 1.240 thành viên", "1.240", 1240, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng được tập huấn", Y24),
    F("tại 45 chợ", "45", 45, "count", "chợ", "chợ triển khai mô hình \"Chợ 4.0\"", Y24),
    F("hơn 3.800 tiểu thương", "3.800", 3800, "count", "tiểu thương", "tiểu thương sử dụng thanh toán qua mã QR", Y24,
      approx="over"),
    F("chỉ tiêu 90%", "90", 90, "percent", "%", "người trưởng thành có điện thoại thông minh", Y25, status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "dân số trưởng thành có tài khoản thanh toán điện tử", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Sở TT&TT Bắc Giang): digital citizens (VNeID accounts, smartphones, e-payment), as of 31/10/2024.",
    "Dateline 'Ngày đăng: 08/11/2024' without time; 'Lượt xem: 2.371' is a view counter (page furniture).",
    "'đạt 81,4% dân số' is the share of 1.126.540 accounts; 'trong đó có 968.300 tài khoản mức độ 2' a part (total 1126540). 'mức độ 2' is a level.",
    "'cao hơn 2,9 điểm phần trăm so với năm 2023' is the change of 86,7% (a level, not a growth rate). The next sentence inherits the as-of date.",
    "One-cell-per-line table with caption '(tính đến 31/10/2024)' and 'Đơn vị tính: %': every cell a figure, row label (district/town/city) as location",
    "('TP Bắc Giang' -> Bắc Giang), column label as subject; the period comes from the caption line (inherited).",
    "The 2.312 teams sentence has no period of its own (none given). 'Năm 2024' governs the training sentence. 'Chợ 4.0' is a name;",
    "'Viettel Bắc Giang', 'VNPT Bắc Giang' are names. 'từ 14 tuổi' criterion optional. 'Kế hoạch năm 2025 … chỉ tiêu' makes targets.",
    "Distractors: address 'Số 45 đường Nguyễn Văn Cừ', phone 0204.3856.218.",
]

emit("p434-5", TEXT, COMMENTS, FIGS, published="2024-11-08", location="Bắc Giang")
