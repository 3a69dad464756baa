"""p549-7: NHNN chi nhánh tỉnh Bến Tre (department site, no dateline), ATM/POS network, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM - CHI NHÁNH TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản

Mạng lưới ATM, POS trên địa bàn tỉnh Bến Tre tiếp tục được mở rộng

Tính đến ngày 30/6/2024, trên địa bàn tỉnh Bến Tre có 168 máy ATM và 2.946 máy POS, tăng lần lượt 6 máy và 412 máy so với cuối năm 2023.

Số giao dịch qua mã QR trong 6 tháng đầu năm 2024 đạt 4,6 triệu giao dịch, tăng gấp 2,3 lần so với cùng kỳ. Tỷ lệ người trưởng thành có tài khoản đạt 78,4%; 100% bệnh viện công lập (12/12 bệnh viện) đã thu viện phí không dùng tiền mặt.

Hiện toàn tỉnh có 26 chi nhánh tổ chức tín dụng với 87 phòng giao dịch; 9/9 huyện, thành phố đều có máy ATM. Giá trị giao dịch qua POS 6 tháng đầu năm 2024 đạt 3.215,7 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023.

Bảng: Số lượng máy ATM, POS theo huyện, thành phố
Đơn vị tính: máy
Huyện, thành phố
ATM 31/12/2023
ATM 30/6/2024
POS 30/6/2024
Thành phố Bến Tre
52
54
1.120
Châu Thành
21
22
384
Mỏ Cày Nam
18
19
296
Ba Tri
17
17
251
Giồng Trôm
15
16
238

Thời gian tới, chi nhánh phấn đấu đến cuối năm 2024 tỷ lệ người trưởng thành có tài khoản đạt trên 80% và 100% trường học thu học phí không dùng tiền mặt.

Địa chỉ: Số 8 đường 30 Tháng 4, Phường 3, thành phố Bến Tre
Điện thoại: 0275.3822.319
Tổng lượt truy cập: 1.204.556 | Đang trực tuyến: 37
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("31/12/2023", None, "2023-12-31")
C24 = P("30/6/2024", None, "2024-06-30")
TGT = P("đến cuối năm 2024", None, "2024-12-31")

ROWS = [
    ("Thành phố Bến Tre", "Bến Tre", [("Tre\n52\n", "52", 52), ("52\n54\n", "54", 54), ("1.120", "1.120", 1120)]),
    ("Châu Thành", "Châu Thành", [("Thành\n21\n", "21", 21), ("21\n22\n", "22", 22), ("\n384\n", "384", 384)]),
    ("Mỏ Cày Nam", "Mỏ Cày Nam", [("Nam\n18\n", "18", 18), ("18\n19\n", "19", 19), ("\n296\n", "296", 296)]),
    ("Ba Tri", "Ba Tri", [("Tri\n17\n", "17", 17), ("\n17\n251", "17", 17), ("\n251\n", "251", 251)]),
    ("Giồng Trôm", "Giồng Trôm", [("Trôm\n15\n", "15", 15), ("15\n16\n", "16", 16), ("\n238\n", "238", 238)]),
]

FIGS = [
    F("có 168 máy ATM", "168", 168, "count", "máy ATM", "máy ATM", ASOF,
      change=CH("increase", 6, "máy", "cuối năm 2023")),
    F("và 2.946 máy POS", "2.946", 2946, "count", "máy POS", "máy POS", ASOF,
      change=CH("increase", 412, "máy", "cuối năm 2023")),
    F("đạt 4,6 triệu giao dịch", "4,6", 4_600_000, "count", "giao dịch", "giao dịch qua mã QR", H1,
      change=CH("increase", 2.3, "lần", "cùng kỳ")),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", I(ASOF)),
    F("; 100% bệnh viện", "100", 100, "percent", "%", "bệnh viện công lập thu viện phí không dùng tiền mặt", I(ASOF)),
    F("(12/12 bệnh viện)", "12", 12, "count", "bệnh viện", "bệnh viện công lập thu viện phí không dùng tiền mặt",
      I(ASOF), total=12),
    F("có 26 chi nhánh", "26", 26, "count", "chi nhánh", "chi nhánh tổ chức tín dụng"),
    F("với 87 phòng", "87", 87, "count", "phòng giao dịch", "phòng giao dịch"),
    F("9/9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố có máy ATM", total=9),
    F("đạt 3.215,7 tỷ đồng", "3.215,7", 3_215_700_000_000, "money", "đồng", "giá trị giao dịch qua POS", H1,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
]
for label, loc, cells in ROWS:
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    FIGS.append(F(a1, n1, v1, "count", "máy", "máy ATM 31/12/2023", C23, location=loc))
    FIGS.append(F(a2, n2, v2, "count", "máy", "máy ATM 30/6/2024", C24, location=loc))
    FIGS.append(F(a3, n3, v3, "count", "máy", "máy POS 30/6/2024", C24, location=loc))
FIGS += [
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ người trưởng thành có tài khoản", TGT, approx="over", status="target"),
    F("và 100% trường học", "100", 100, "percent", "%", "trường học thu học phí không dùng tiền mặt", TGT,
      status="target"),
]

COMMENTS = [
    "NHNN chi nhánh tỉnh Bến Tre (department site, no dateline): mạng lưới ATM, POS đến 30/6/2024 (invented, probe set 549).",
    "No date of its own, so no published. Not figures: 'Số 8 đường 30 Tháng 4, Phường 3' (address; the road is named for a date),",
    "phone 0275.3822.319, 'Tổng lượt truy cập: 1.204.556', 'Đang trực tuyến: 37' (page furniture), 'Bảng'.",
    "'tăng lần lượt 6 máy và 412 máy' are the changes of 168 ATM and 2.946 POS; 'tăng gấp 2,3 lần so với cùng kỳ' is a change in lần.",
    "'100% bệnh viện công lập (12/12 bệnh viện)': the percent is a figure, and 12/12 a count with total 12.",
    "One-cell-per-line table, 'Đơn vị tính: máy': every numeric cell is a figure (the 17/17 repeat too); row labels are districts",
    "(location; 'Thành phố Bến Tre' -> Bến Tre), subject = indicator + column; periods from the column headers (as-of, scored).",
    "'9/9 huyện, thành phố' is a count with total 9; 'Hiện toàn tỉnh có ...' counts get no period.",
    "'phấn đấu đến cuối năm 2024 ... trên 80% và 100% ...' are targets.",
]

if __name__ == "__main__":
    emit("p549-7", TEXT, COMMENTS, FIGS, location="Bến Tre")
