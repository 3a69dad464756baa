from lib import F, P, Y, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
BAN CHỈ ĐẠO ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở GIỮA KỲ NĂM 2024
Số: 187/BC-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 10 tháng 5 năm 2024

BÁO CÁO
Kết quả thu thập thông tin Điều tra dân số và nhà ở giữa kỳ năm 2024

Thực hiện Kế hoạch số 356/KH-UBND ngày 22/02/2024 của UBND tỉnh, từ ngày 01/4 đến ngày 30/4/2024, Ban Chỉ đạo tỉnh đã tổ chức thu thập thông tin tại 8 huyện, thị xã, thành phố. Kết quả như sau:

I. TIẾN ĐỘ THU THẬP THÔNG TIN
Toàn tỉnh đã hoàn thành điều tra 562/562 địa bàn mẫu, đạt 100% kế hoạch; tổng số hộ đã điều tra là 22.418 hộ với 80.126 nhân khẩu. Số phiếu đã được Cục Thống kê nghiệm thu là 22.305 phiếu, đạt 99,5%.

Bảng 1. Kết quả thu thập thông tin theo đơn vị hành chính cấp huyện
Đơn vị hành chính | Số địa bàn | Số hộ đã điều tra (hộ) | Tỷ lệ phiếu nghiệm thu (%)
TP Đồng Hới | 86 | 3.512 | 99,8
TX Ba Đồn | 58 | 2.295 | 99,6
Huyện Bố Trạch | 104 | 4.108 | 99,4
Huyện Quảng Trạch | 72 | 2.846 | 99,1
Huyện Lệ Thủy | 98 | 3.957 | 99,7
Huyện Quảng Ninh | 61 | 2.436 | 99,3
Huyện Tuyên Hóa | 45 | 1.782 | 99,5
Huyện Minh Hóa | 38 | 1.482 | 99,2

II. CHẤT LƯỢNG THÔNG TIN
Qua kiểm tra, phúc tra tại 56 địa bàn (chiếm 10% tổng số địa bàn), tỷ lệ sai sót thông tin bình quân là 0,42%, giảm 0,31 điểm phần trăm so với Tổng điều tra năm 2019. Có 3 điều tra viên phải thu thập lại thông tin của 47 hộ.

III. KINH PHÍ
Tổng kinh phí thực hiện là 3.684 triệu đồng, trong đó ngân sách trung ương 2.950 triệu đồng, ngân sách tỉnh 734 triệu đồng; đã giải ngân 3.412 triệu đồng, đạt 92,6%.

Nơi nhận:
- Tổng cục Thống kê;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CTK.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
PHÓ CHỦ TỊCH UBND TỈNH
Phan Mạnh Hùng
"""

TK = P("từ ngày 01/4 đến ngày 30/4/2024", "2024-04-01", "2024-04-30", inh=True)

ROWS = [("TP Đồng Hới", "Đồng Hới", "86", "3.512", "99,8"),
        ("TX Ba Đồn", "Ba Đồn", "58", "2.295", "99,6"),
        ("Huyện Bố Trạch", "Bố Trạch", "104", "4.108", "99,4"),
        ("Huyện Quảng Trạch", "Quảng Trạch", "72", "2.846", "99,1"),
        ("Huyện Lệ Thủy", "Lệ Thủy", "98", "3.957", "99,7"),
        ("Huyện Quảng Ninh", "Quảng Ninh", "61", "2.436", "99,3"),
        ("Huyện Tuyên Hóa", "Tuyên Hóa", "45", "1.782", "99,5"),
        ("Huyện Minh Hóa", "Minh Hóa", "38", "1.482", "99,2")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("tại 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố", optional=True),
    F("điều tra 562/562 địa bàn", "562", 562, "count", "địa bàn", "địa bàn mẫu hoàn thành điều tra", TK,
      total=562, percent=100),
    F("là 22.418 hộ", "22.418", 22418, "count", "hộ", "tổng số hộ đã điều tra", TK),
    F("với 80.126 nhân khẩu", "80.126", 80126, "count", "nhân khẩu", "nhân khẩu đã điều tra", TK),
    F("là 22.305 phiếu", "22.305", 22305, "count", "phiếu", "phiếu đã được Cục Thống kê nghiệm thu", TK, percent=99.5),
]
for label, loc, a, h, r in ROWS:
    FIGS.append(F(f"{label} | {a}", a, num(a), "count", "địa bàn", "Số địa bàn", TK, location=loc))
    FIGS.append(F(f"| {a} | {h}", h, num(h), "count", "hộ", "Số hộ đã điều tra", TK, location=loc))
    FIGS.append(F(f"| {h} | {r}", r, num(r), "percent", "%", "Tỷ lệ phiếu nghiệm thu", TK, location=loc))
FIGS += [
    F("tại 56 địa bàn", "56", 56, "count", "địa bàn", "địa bàn được kiểm tra, phúc tra", TK, percent=10),
    F("bình quân là 0,42%", "0,42", 0.42, "percent", "%", "tỷ lệ sai sót thông tin bình quân", TK,
      change=CH("-", 0.31, "điểm phần trăm", "Tổng điều tra năm 2019")),
    F("Có 3 điều tra viên", "3", 3, "count", "điều tra viên", "điều tra viên phải thu thập lại thông tin", TK),
    F("của 47 hộ", "47", 47, "count", "hộ", "hộ phải thu thập lại thông tin", TK),
    F("là 3.684 triệu đồng", "3.684", 3684000000, "money", "đồng", "tổng kinh phí thực hiện"),
    F("trung ương 2.950 triệu đồng", "2.950", 2950000000, "money", "đồng", "kinh phí ngân sách trung ương",
      total=3684000000),
    F("tỉnh 734 triệu đồng", "734", 734000000, "money", "đồng", "kinh phí ngân sách tỉnh", total=3684000000),
    F("giải ngân 3.412 triệu đồng", "3.412", 3412000000, "money", "đồng", "kinh phí đã giải ngân", percent=92.6),
]

COMMENTS = [
    "Formal report (letterhead, 'Số: 187/BC-BCĐ', 'Quảng Bình, ngày 10 tháng 5 năm 2024' = published) of the provincial steering committee:",
    "fieldwork results of the 2024 mid-term population survey, with a '|'-flattened table by district (8 rows x 3 numeric columns).",
    "Distractors: Số: 187/BC-BCĐ, Kế hoạch số 356/KH-UBND ngày 22/02/2024, section numbers I./II./III., 'Bảng 1', 'Lưu: VT, CTK', names.",
    "'562/562 địa bàn, đạt 100% kế hoạch': total 562, percent 100. '8 huyện, thị xã, thành phố' is structure (optional).",
    "Table cells: subject = column label, the row's district/town/city goes to location ('Huyện Quảng Ninh' is a district of Quảng Bình,",
    "not the province Quảng Ninh); unit from the column header; period = the fieldwork dates stated above (inherited).",
    "'(chiếm 10% tổng số địa bàn)' is the percent of 56 (no number for the whole in that sentence, so no total).",
    "Budget: 'trong đó' parts 2.950 + 734 = 3.684 triệu đồng (total); '3.412 triệu đồng, đạt 92,6%' has a percent, no total (not a part).",
    "Budget figures have no period of their own (none stated).",
]

emit("p418-3", TEXT, COMMENTS, FIGS, published="2024-05-10", location="Quảng Bình")
