"""p758-3: UBND tỉnh Cao Bằng formal report, 6 months 2024, with a flattened '|' table."""
from lib import emit, fig, per, inh, year, chg

TEXT = """UBND TỈNH CAO BẰNG
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển chăn nuôi ngựa 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến 30/6/2024, tổng đàn ngựa toàn tỉnh ước đạt 8.640 con, tăng 2,4% so với cùng kỳ, đạt 97,1% kế hoạch năm; trong đó ngựa bạch 865 con, ngựa thồ và ngựa sinh sản 7.775 con.

Bảng 1. Một số chỉ tiêu chăn nuôi ngựa chủ yếu
TT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Kế hoạch năm 2024 | Ước 6 tháng 2024
1 | Tổng đàn ngựa | con | 8.430 | 8.900 | 8.640
2 | Ngựa cái sinh sản | con | 3.120 | 3.300 | 3.210
3 | Sản lượng thịt ngựa hơi xuất chuồng | tấn | 412,5 | 430 | 198,6
4 | Hộ nuôi ngựa quy mô từ 5 con trở lên | hộ | 236 | 260 | 251

2. Kinh phí hỗ trợ
6 tháng đầu năm, ngân sách tỉnh đã giải ngân 4.350 triệu đồng hỗ trợ phát triển chăn nuôi ngựa, bằng 54,4% dự toán năm; hỗ trợ 145 hộ tại các huyện Bảo Lạc (58 hộ), Hà Quảng (47 hộ), Bảo Lâm (40 hộ) mua ngựa giống.

3. Phòng, chống dịch bệnh
Đã tiêm phòng 4.620 lượt con ngựa, đạt 52,9% kế hoạch; xử lý 3 ổ dịch tụ huyết trùng nhỏ lẻ với 17 con mắc bệnh, 2 con chết.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến 31/12/2024 tổng đàn ngựa đạt 8.900 con; tỷ lệ tiêm phòng đạt trên 90% tổng đàn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NLN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến 30/6/2024", None, "2024-06-30")
Y23 = year("Năm 2023", 2023)
KH24 = year("Kế hoạch năm 2024", 2024)
U6 = per("Ước 6 tháng 2024", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
END24 = per("đến 31/12/2024", None, "2024-12-31")


def cells(anchors, label, unit, kind):
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = anchors
    return [
        fig(a1, n1, v1, kind, unit, f"{label} năm 2023", Y23),
        fig(a2, n2, v2, kind, unit, f"{label} kế hoạch năm 2024", KH24, status="target"),
        fig(a3, n3, v3, kind, unit, f"{label} ước 6 tháng 2024", U6, status="estimate"),
    ]


FIGS = [
    fig("ước đạt 8.640 con", "8.640", 8640, "count", "con", "tổng đàn ngựa toàn tỉnh", ASOF,
        percent=97.1, change=chg("increase", 2.4, "%", "cùng kỳ"), status="estimate"),
    fig("ngựa bạch 865 con", "865", 865, "count", "con", "ngựa bạch", ASOF, total=8640, status="estimate"),
    fig("ngựa sinh sản 7.775 con", "7.775", 7775, "count", "con", "ngựa thồ và ngựa sinh sản", ASOF,
        total=8640, status="estimate"),
    *cells([("| 8.430 |", "8.430", 8430), ("| 8.900 |", "8.900", 8900), ("| 8.640\n", "8.640", 8640)],
           "Tổng đàn ngựa", "con", "count"),
    *cells([("| 3.120 |", "3.120", 3120), ("| 3.300 |", "3.300", 3300), ("| 3.210\n", "3.210", 3210)],
           "Ngựa cái sinh sản", "con", "count"),
    *cells([("| 412,5 |", "412,5", 412.5), ("| 430 |", "430", 430), ("| 198,6\n", "198,6", 198.6)],
           "Sản lượng thịt ngựa hơi xuất chuồng", "tấn", "measure"),
    fig("từ 5 con trở lên", "5", 5, "count", "con", "quy mô hộ nuôi ngựa", approx="at_least", optional=True),
    *cells([("| 236 |", "236", 236), ("| 260 |", "260", 260), ("| 251\n", "251", 251)],
           "Hộ nuôi ngựa quy mô từ 5 con trở lên", "hộ", "count"),
    fig("giải ngân 4.350 triệu đồng", "4.350", 4350e6, "money", "đồng",
        "ngân sách tỉnh giải ngân hỗ trợ phát triển chăn nuôi ngựa", H1, percent=54.4),
    fig("hỗ trợ 145 hộ", "145", 145, "count", "hộ", "hộ được hỗ trợ mua ngựa giống", H1),
    fig("Bảo Lạc (58 hộ)", "58", 58, "count", "hộ", "hộ được hỗ trợ mua ngựa giống", H1, total=145,
        location="Bảo Lạc"),
    fig("Hà Quảng (47 hộ)", "47", 47, "count", "hộ", "hộ được hỗ trợ mua ngựa giống", H1, total=145,
        location="Hà Quảng"),
    fig("Bảo Lâm (40 hộ)", "40", 40, "count", "hộ", "hộ được hỗ trợ mua ngựa giống", H1, total=145,
        location="Bảo Lâm"),
    fig("tiêm phòng 4.620 lượt", "4.620", 4620, "count", "lượt con", "ngựa được tiêm phòng", inh(H1), percent=52.9),
    fig("xử lý 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch tụ huyết trùng nhỏ lẻ được xử lý", inh(H1)),
    fig("với 17 con", "17", 17, "count", "con", "ngựa mắc bệnh", inh(H1)),
    fig("2 con chết", "2", 2, "count", "con", "ngựa chết", inh(H1)),
    fig("đạt 8.900 con", "8.900", 8900, "count", "con", "tổng đàn ngựa", END24, status="target"),
    fig("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ tiêm phòng trên tổng đàn", END24,
        approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Cao Bằng, Số: 214/BC-UBND, 'Cao Bằng, ngày 08 tháng 7 năm 2024': horse-breeding scheme, first half of 2024.",
    "Flattened '|' table (Năm 2023 | Kế hoạch năm 2024 | Ước 6 tháng 2024): every numeric cell is a figure; plan cells target,",
    "'Ước' cells estimate; periods from the column headers (scored, as shared h23); units from the 'Đơn vị tính' column.",
    "'từ 5 con trở lên' in a row label is a threshold: optional. Row numbers 1-4, 'Bảng 1', section numbers I./II./1./2./3. are not figures.",
    "'ước đạt' governs the 'trong đó' parts (865 + 7.775 = 8.640, estimate). 'bằng 54,4% dự toán năm', 'đạt 52,9% kế hoạch' are percent attributes.",
    "145 hộ: the district items in brackets add up (58+47+40) and follow it, so total 145; districts are their locations.",
    "Distractors: Số: 214/BC-UBND, the place-and-date line, 'Lưu: VT, NLN'.",
]

if __name__ == "__main__":
    emit("p758-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Cao Bằng")
