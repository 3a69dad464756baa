from lib import write, F, P, C, T
Y = P("năm 2023", "2023-01-01", "2023-12-31")
YI = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
E = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
EI = P("Tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
T24 = P("Năm 2024", "2024-01-01", "2024-12-31")
text = """Kết quả cấp phép hoạt động bến thủy nội địa năm 2023
Ngày đăng: 05/03/2024 | Lượt xem: 1.158

Thực hiện Thông tư số 50/2014/TT-BGTVT và Nghị định số 08/2021/NĐ-CP về quản lý hoạt động đường thủy nội địa, năm 2023 Sở Giao thông vận tải Cà Mau đã tiếp nhận 214 hồ sơ đề nghị cấp phép bến thủy nội địa và bến khách ngang sông, tăng 18 hồ sơ so với năm 2022. Sở đã cấp 196 giấy phép, trong đó cấp mới 71 giấy phép, cấp lại 125 giấy phép; 100% hồ sơ được giải quyết đúng hạn, trên 82% hồ sơ được nộp trực tuyến.

Tính đến ngày 31/12/2023, toàn tỉnh có 1.036 bến đã được cấp phép trên tổng số 1.188 bến, đạt 87,2%. Kết quả theo địa bàn như sau (Đơn vị tính: bến):

Địa bàn | Tổng số bến | Đã cấp phép | Tỷ lệ cấp phép (%)
TP Cà Mau | 164 | 158 | 96,3
Huyện Trần Văn Thời | 231 | 204 | 88,3
Huyện U Minh | 187 | 152 | 81,3
Huyện Ngọc Hiển | 146 | 119 | 81,5
Huyện Đầm Dơi | 209 | 177 | 84,7

Nhìn chung, các bến chưa được cấp phép chủ yếu là bến nhỏ lẻ của hộ dân, nằm trên các tuyến kênh nội đồng. Trong năm, Sở đã kiểm tra 312 bến, đình chỉ 17 bến không bảo đảm điều kiện an toàn; có 23 bến bị thu hồi giấy phép do hết thời hạn sử dụng đất.

Năm 2024, Sở phấn đấu nâng tỷ lệ bến được cấp phép lên ít nhất 92%, xóa bỏ hoàn toàn bến hoạt động không phép trên các tuyến sông Ông Đốc, sông Gành Hào. Mọi chi tiết xin liên hệ Phòng Quản lý vận tải, phương tiện và người lái, ĐT: 0290.3831.226.
"""
rows = [("TP Cà Mau", "Cà Mau", "164", "158", "96,3"), ("Huyện Trần Văn Thời", "Trần Văn Thời", "231", "204", "88,3"),
        ("Huyện U Minh", "U Minh", "187", "152", "81,3"), ("Huyện Ngọc Hiển", "Ngọc Hiển", "146", "119", "81,5"),
        ("Huyện Đầm Dơi", "Đầm Dơi", "209", "177", "84,7")]
figs = [
    F("tiếp nhận 214 hồ sơ", "214", 214, "count", "hồ sơ", "hồ sơ đề nghị cấp phép bến thủy nội địa và bến khách ngang sông",
      change=C("increase", 18, "hồ sơ", "năm 2022"), period=Y),
    F("đã cấp 196 giấy phép", "196", 196, "count", "giấy phép", "giấy phép bến thủy nội địa được cấp", period=YI),
    F("cấp mới 71 giấy phép", "71", 71, "count", "giấy phép", "giấy phép cấp mới", total=196, period=YI),
    F("cấp lại 125 giấy phép", "125", 125, "count", "giấy phép", "giấy phép cấp lại", total=196, period=YI),
    F("; 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", period=YI),
    F("trên 82% hồ sơ", "82", 82, "percent", "%", "hồ sơ được nộp trực tuyến", approx="over", period=YI),
    F("có 1.036 bến", "1.036", 1036, "count", "bến", "bến đã được cấp phép", total=1188, percent=87.2, period=E),
    F("tổng số 1.188 bến", "1.188", 1188, "count", "bến", "tổng số bến", period=E, optional=True),
]
for label, loc, tot, lic, rate in rows:
    figs += [
        F(f"{label} | {tot}", tot, int(tot), "count", "bến", "Tổng số bến", location=loc, period=EI),
        F(f"{tot} | {lic} |", lic, int(lic), "count", "bến", "Đã cấp phép", location=loc, period=EI),
        F(f"{lic} | {rate}", rate, float(rate.replace(",", ".")), "percent", "%", "Tỷ lệ cấp phép", location=loc, period=EI),
    ]
figs += [
    F("kiểm tra 312 bến", "312", 312, "count", "bến", "bến được kiểm tra", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("đình chỉ 17 bến", "17", 17, "count", "bến", "bến bị đình chỉ do không bảo đảm điều kiện an toàn", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("có 23 bến", "23", 23, "count", "bến", "bến bị thu hồi giấy phép", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("ít nhất 92%", "92", 92, "percent", "%", "tỷ lệ bến được cấp phép", approx="at_least", status="target", period=T24),
]
write("p400-3", text, figs, published="2024-03-05", location="Cà Mau", comments=[
    "Sở GTVT Cà Mau (department site): licensing of inland-waterway wharves in 2023, with a flattened '|' table by district.",
    "Dateline 'Ngày đăng: 05/03/2024 | Lượt xem: 1.158'. Distractors: Thông tư 50/2014/TT-BGTVT, Nghị định 08/2021/NĐ-CP, phone, river names.",
    "'1.036 bến … trên tổng số 1.188 bến, đạt 87,2%': total 1188 and percent 87.2; 1.188 itself optional (it is the total attribute).",
    "Table: every numeric cell a figure; subject = column label, district = location (TP Cà Mau is the province capital: 'Cà Mau');",
    "unit 'bến' from the 'Đơn vị tính' line, '%' from the '(%)' column; period inherited from 'Tính đến ngày 31/12/2023' above the table.",
    "'Trong năm' (a year-end report on 2023) is 2023 stated in its own sentence. 'tăng 18 hồ sơ so với năm 2022' is the change of 214.",
])
