"""p965-3: UBND tỉnh Đồng Tháp formal report, rice drying and storage, flattened '|' table."""
from lib import F, P, I, C, write_set

TEXT = """UBND TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Đồng Tháp, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả sấy, bảo quản lúa sau thu hoạch 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Năng lực sấy, bảo quản
Tính đến ngày 30/9/2024, toàn tỉnh có 1.146 lò sấy lúa với tổng công suất khoảng 41.300 tấn/ngày, đáp ứng 78% nhu cầu sấy trong cao điểm thu hoạch; kho chứa lúa của doanh nghiệp có sức chứa trên 1,2 triệu tấn.

2. Sản lượng lúa được sấy theo địa bàn
Đơn vị tính: nghìn tấn
Huyện, thành phố | Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Tháp Mười | 412,5 | 338,2 | 430
Tam Nông | 296,8 | 251,4 | 310
Cao Lãnh | 264,1 | 219,7 | 275
Thanh Bình | 187,3 | 160,9 | 195
Tổng cộng | 1.160,7 | 970,2 | 1.210

9 tháng năm 2024, sản lượng lúa được sấy đạt 970,2 nghìn tấn, đạt 80,2% kế hoạch năm; tỷ lệ lúa được sấy đạt 71,5%, tăng 3,4 điểm phần trăm so với cùng kỳ. Tổn thất sau thu hoạch lúa ước còn 8,6%, giảm 1,1 điểm phần trăm so với năm 2023.

3. Hỗ trợ đầu tư
Từ đầu năm đến nay, các ngân hàng đã giải ngân 186 tỷ đồng cho 94 dự án đầu tư lò sấy, kho chứa theo Nghị định số 55/2015/NĐ-CP.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV, toàn tỉnh thu hoạch khoảng 52.000 ha lúa Thu Đông; phấn đấu tỷ lệ lúa được sấy cả năm đạt 75%.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
SUB = "sản lượng lúa được sấy"

FIGS = [
    F("có 1.146 lò sấy", "1.146", 1146, "count", "lò sấy", subject="lò sấy lúa", period=ASOF),
    F("khoảng 41.300 tấn/ngày", "41.300", 41300, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất lò sấy lúa", period=ASOF),
    F("đáp ứng 78%", "78", 78, "percent", "%", subject="tỷ lệ đáp ứng nhu cầu sấy trong cao điểm thu hoạch",
      period=ASOF),
    F("trên 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", approx="over",
      subject="sức chứa kho chứa lúa của doanh nghiệp", period=ASOF),
]

ROWS = [("Tháp Mười", "412,5", "338,2", "430"), ("Tam Nông", "296,8", "251,4", "310"),
        ("Cao Lãnh", "264,1", "219,7", "275"), ("Thanh Bình", "187,3", "160,9", "195"),
        ("Tổng cộng", "1.160,7", "970,2", "1.210")]
for place, a, b, c in ROWS:
    loc = "Đồng Tháp" if place == "Tổng cộng" else place
    pre = "tổng cộng " if place == "Tổng cộng" else ""
    line = f"{place} | {a} | {b} | {c}"
    for num, col, per, st in ((a, "năm 2023", Y23, None), (b, "9 tháng năm 2024", M9, None),
                              (c, "kế hoạch năm 2024", K24, "target")):
        i = line.index(num, len(place))
        anc = line[:i + len(num)] if num == a else line[line.index("|", len(place)) + 1 if num == b else line.index(b):i + len(num)]
        kw = {"status": st} if st else {}
        FIGS.append(F(anc.strip(), num, round(float(num.replace(".", "").replace(",", ".")) * 1000, 6), "measure", "tấn",
                      subject=f"{pre}{SUB} {col}", period=per, location=loc, **kw))

FIGS += [
    F("đạt 970,2 nghìn tấn", "970,2", 970200, "measure", "tấn", percent=80.2, subject=SUB, period=M9),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", change=C("increase", 3.4, "điểm phần trăm", "cùng kỳ"),
      subject="tỷ lệ lúa được sấy", period=M9),
    F("ước còn 8,6%", "8,6", 8.6, "percent", "%", status="estimate",
      change=C("decrease", 1.1, "điểm phần trăm", "năm 2023"), subject="tổn thất sau thu hoạch lúa", period=I(M9)),
    F("giải ngân 186 tỷ đồng", "186", 186e9, "money", "đồng", subject="vốn ngân hàng giải ngân đầu tư lò sấy, kho chứa",
      period=YTD),
    F("cho 94 dự án", "94", 94, "count", "dự án", subject="dự án đầu tư lò sấy, kho chứa được giải ngân", period=YTD),
    F("khoảng 52.000 ha", "52.000", 52000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích lúa Thu Đông thu hoạch", period=Q4),
    F("cả năm đạt 75%", "75", 75, "percent", "%", status="target", subject="tỷ lệ lúa được sấy", period=YR),
]

NOTES = [
    "Formal report of UBND tỉnh Đồng Tháp (Số: 287/BC-UBND, 15/10/2024): drying capacity as of 30/9, flattened table of dried rice",
    "by district (Đơn vị tính: nghìn tấn -> x1000 tấn; columns Năm 2023 / 9 tháng năm 2024 / Kế hoạch năm 2024 = target), text results.",
    "Table cells: subject = indicator of section 2 + column label, district row -> location, Tổng cộng row -> Đồng Tháp; no totals.",
    "Table periods come from the column headers (scored, as in the shared table golds).",
    "'đáp ứng 78% nhu cầu sấy' is not a đạt/chiếm/bằng share of the capacity: a percent figure of its own.",
    "'đạt 80,2% kế hoạch năm' -> percent of 970,2 nghìn tấn; 'tăng 3,4 điểm phần trăm' -> change of the 71,5% rate.",
    "Distractors: Số: 287/BC-UBND, Nghị định số 55/2015/NĐ-CP, section numbers I./II./1.-3., heading 'QUÝ IV/2024', KT. CHỦ TỊCH.",
]

write_set(3, TEXT, FIGS, NOTES, published="2024-10-15", location="Đồng Tháp")
